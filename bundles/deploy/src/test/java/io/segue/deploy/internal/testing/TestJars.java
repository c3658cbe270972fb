package io.segue.deploy.internal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Jar files for tests: bundles described by their manifest headers, with some content so that halves differ. */
public final class TestJars {

    private TestJars() {
    }

    /**
     * A bundle with the symbolic name, version and extra headers given.
     *
     * @param headers "Name: value" each, e.g. "Export-Package: org.foo;version=1.0"
     */
    public static byte[] bundle(String symbolicName, String version, String... headers) throws IOException {
        String[] all = new String[headers.length + 3];
        all[0] = "Bundle-ManifestVersion: 2";
        all[1] = "Bundle-SymbolicName: " + symbolicName;
        all[2] = "Bundle-Version: " + version;
        System.arraycopy(headers, 0, all, 3, headers.length);
        return jar(all);
    }

    /** A jar whose manifest has these headers only (none: a manifest with just its version). */
    public static byte[] jar(String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (String header : headers) {
            int colon = header.indexOf(':');
            main.putValue(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("data.bin"));
            byte[] data = new byte[32 * 1024];
            new Random(headers.length).nextBytes(data); // incompressible: the jar is tens of KB
            out.write(data);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * Writes {@code bytes} to {@code file}; when it replaces a file, its modification time moves 2 s past the old
     * one, so that a replacement of the same size is seen even where the clock or the file system is coarse.
     */
    public static Path write(Path file, byte[] bytes) throws IOException {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        Files.write(file, bytes);
        if (before != null) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        }
        return file;
    }
}
