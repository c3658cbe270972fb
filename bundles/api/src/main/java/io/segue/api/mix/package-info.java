/**
 * Next-track recommendations, mix sessions and the streaming integration that ties everything together.
 */
@Export
@Version("1.0.0")
package io.segue.api.mix;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
