package io.segue.deploy.internal.bundles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * What a jar says about itself before it is installed: read from its manifest, so that a file that is not a zip or
 * not a bundle is refused with a reason instead of the framework's generic error.
 *
 * @param symbolicName the Bundle-SymbolicName without its directives
 * @param version      the Bundle-Version (0.0.0 when absent)
 * @param fragment     whether it has a Fragment-Host: a fragment is installed but never started
 */
public record BundleJar(String symbolicName, Version version, boolean fragment) {

    /**
     * @throws DeployException "X.jar is not a jar (zip) file", "X.jar is not an OSGi bundle: ..." or "X.jar has an
     *                         invalid Bundle-Version ..."; also "no such file"
     */
    public static BundleJar read(Path file) throws DeployException {
        String name = String.valueOf(file.getFileName());
        Manifest manifest;
        try (JarFile jar = new JarFile(file.toFile())) {
            manifest = jar.getManifest();
        } catch (NoSuchFileException e) {
            throw new DeployException("no such file: " + file, e);
        } catch (IOException e) {
            if (!file.toFile().isFile()) {
                throw new DeployException("no such file: " + file, e);
            }
            throw new DeployException(name + " is not a jar (zip) file (" + e.getMessage() + ")", e);
        }
        if (manifest == null) {
            throw new DeployException(name + " is not an OSGi bundle: it has no META-INF/MANIFEST.MF");
        }
        Attributes headers = manifest.getMainAttributes();
        String symbolicName = headers.getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new DeployException(name + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        int directives = symbolicName.indexOf(';');
        String bare = (directives < 0 ? symbolicName : symbolicName.substring(0, directives)).strip();
        String versionText = headers.getValue(Constants.BUNDLE_VERSION);
        Version version;
        try {
            version = versionText == null ? Version.emptyVersion : Version.parseVersion(versionText.strip());
        } catch (IllegalArgumentException e) {
            throw new DeployException(name + " has an invalid Bundle-Version '" + versionText + "' (" + e.getMessage()
                    + ")", e);
        }
        return new BundleJar(bare, version, headers.getValue(Constants.FRAGMENT_HOST) != null);
    }

    /** "io.foo 1.2.0", as operators see bundles in lists. */
    public String label() {
        return symbolicName + " " + version;
    }
}
