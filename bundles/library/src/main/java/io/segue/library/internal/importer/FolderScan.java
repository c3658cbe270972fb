package io.segue.library.internal.importer;

import io.segue.api.library.ImportReport.ImportFailure;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the audio files under a folder: regular files whose extension a decoder reads, recursively.
 *
 * <p>Links are followed while they stay inside the folder; a link that leads outside is reported as not followed
 * (with where it leads) unless asked to follow. A file reached twice (through a link inside the folder) is listed
 * once; link loops are left out.
 */
final class FolderScan {

    /** What the scan found. */
    record Found(List<Path> files, List<ImportFailure> notRead) {
    }

    private FolderScan() {
    }

    static Found scan(Path root, Set<String> extensions, boolean followLinksOutside) throws IOException {
        Path start = root.toAbsolutePath().normalize();
        Path rootReal = start.toRealPath();
        List<Path> files = new ArrayList<>();
        List<ImportFailure> notRead = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                            throws IOException {
                        Path real = dir.toRealPath();
                        if (!followLinksOutside && !real.startsWith(rootReal)) {
                            notRead.add(outside(dir, real, rootReal));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return seen.add(real) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (attrs.isSymbolicLink() && extensions.contains(extension(file))) {
                            // the walk follows links: one it shows as a link leads nowhere
                            notRead.add(new ImportFailure(file.toString(), "cannot read: a link to "
                                    + Files.readSymbolicLink(file) + ", which does not exist"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!attrs.isRegularFile() || !extensions.contains(extension(file))) {
                            return FileVisitResult.CONTINUE;
                        }
                        Path real = file.toRealPath();
                        if (!followLinksOutside && !real.startsWith(rootReal)) {
                            notRead.add(outside(file, real, rootReal));
                        } else if (seen.add(real)) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (!(e instanceof FileSystemLoopException)) {
                            notRead.add(new ImportFailure(file.toString(),
                                    "cannot read: " + describe(e, file.toString())));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(null);
        return new Found(files, notRead);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Why reading {@code path} failed, for an import failure that already names the file: the decoder's message
     * without the path it starts with, and the exception's kind when that is news (access denied, no such file).
     */
    static String describe(IOException e, String path) {
        String type = e.getClass().getSimpleName().replace("Exception", "");
        String message = e.getMessage();
        if (message == null || message.equals(path)) {
            return type;
        }
        if (message.startsWith(path + ": ")) {
            message = message.substring(path.length() + 2);
        }
        return e.getClass() == IOException.class ? message : type + ": " + message;
    }

    private static ImportFailure outside(Path link, Path target, Path rootReal) {
        return new ImportFailure(link.toString(), "not followed: a link to " + target + ", outside " + rootReal
                + " (import with links followed to include it)");
    }
}
