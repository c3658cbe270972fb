/**
 * The music library: tracks and their stored analyses.
 */
@Export
@Version("1.0.0")
package io.segue.api.library;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
