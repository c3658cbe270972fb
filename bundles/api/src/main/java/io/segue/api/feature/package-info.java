/**
 * Feature extraction: the extractor SPI, analysis frames, feature frames and the streaming pipeline.
 */
@Export
@Version("1.1.0")
package io.segue.api.feature;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
