/**
 * Audio formats, devices, device providers, device inputs and outputs, and audio file decoders.
 */
@Export
@Version("1.0.0")
package io.segue.api.audio;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
