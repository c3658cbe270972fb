/**
 * Learning from the DJ's feedback on transitions.
 */
@Export
@Version("1.0.0")
package io.segue.api.learn;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
