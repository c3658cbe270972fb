/**
 * Checks of configuration before it is applied, so that an operator's bad value is refused with its reason at the
 * prompt rather than in a log line.
 */
@Export
@Version("1.0.0")
package io.segue.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
