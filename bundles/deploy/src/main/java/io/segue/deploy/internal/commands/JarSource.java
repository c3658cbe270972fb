package io.segue.deploy.internal.commands;

import io.segue.deploy.internal.bundles.DeployException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where {@code segue:install} takes a jar from: a path (relative to the working directory) or a URL, as the
 * bundle location and a local file to read. A URL other than {@code file:} is downloaded to a temporary file first,
 * so that the jar can be checked before the framework sees it; {@link #close()} deletes that copy.
 */
final class JarSource implements AutoCloseable {

    /** A scheme of two letters or more: {@code C:\x.jar} is a path. */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private final String location;
    private final Path file;
    private final Path download;

    private JarSource(String location, Path file, Path download) {
        this.location = location;
        this.file = file;
        this.download = download;
    }

    /** @throws DeployException "no such file", a folder, a malformed URL, or a download that failed */
    static JarSource of(String target) throws DeployException {
        String text = target == null ? "" : target.strip();
        if (text.isEmpty()) {
            throw new DeployException("give the path or URL of a jar file");
        }
        if (URL.matcher(text).matches()) {
            if (text.regionMatches(true, 0, "file:", 0, 5)) {
                try {
                    return local(Path.of(URI.create(text)));
                } catch (IllegalArgumentException e) {
                    throw new DeployException("not a valid file: URL: " + text + " (" + e.getMessage() + ")", e);
                }
            }
            return downloaded(text);
        }
        try {
            return local(Path.of(text));
        } catch (InvalidPathException e) {
            throw new DeployException("not a valid path: " + text + " (" + e.getReason() + ")", e);
        }
    }

    String location() {
        return location;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        if (download != null) {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(download);
            } catch (IOException e) {
                // a temporary file left behind; the system's temporary folder is cleaned elsewhere
            }
        }
    }

    private static JarSource local(Path path) throws DeployException {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new DeployException("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new DeployException(file + " is a folder, not a jar file");
        }
        return new JarSource(file.toUri().toString(), file, null);
    }

    private static JarSource downloaded(String text) throws DeployException {
        URL url;
        try {
            url = URI.create(text).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new DeployException("not a valid URL: " + text + " (" + e.getMessage() + ")", e);
        }
        String path = url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("segue-install");
            Path file = folder.resolve(name.isBlank() ? "download.jar" : name);
            try (InputStream in = url.openStream()) {
                Files.copy(in, file);
            }
            return new JarSource(text, file, folder);
        } catch (FileNotFoundException e) {
            deleteQuietly(folder);
            throw new DeployException("no such file: " + text, e);
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new DeployException("cannot download " + text + ": " + e, e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary file left behind
        }
    }
}
