/**
 * The live audio stream: its manager, states, metrics, chunks and listeners.
 */
@Export
@Version("1.0.0")
package io.segue.api.stream;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
