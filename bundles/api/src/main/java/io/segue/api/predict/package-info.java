/**
 * Predictions of what comes next in the stream: beats, energy transitions, harmony.
 */
@Export
@Version("1.1.0")
package io.segue.api.predict;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
