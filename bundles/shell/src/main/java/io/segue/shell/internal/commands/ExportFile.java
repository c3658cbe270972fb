package io.segue.shell.internal.commands;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file {@code analyze} writes for other tools. It is written beside its target under a hidden temporary name and
 * moved over the target only by {@link #commit()}, so a failed analysis leaves an existing file as it was; closing
 * without a commit deletes the temporary file. A target that exists but is not a regular file (a pipe, or
 * {@code /dev/stdout}) is written directly.
 */
final class ExportFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;

    private ExportFile(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /**
     * @param option the command option that named the file, for messages ({@code --csv})
     * @param audio  the file being analysed, which must not be overwritten
     * @throws IOException naming the option and the file: a directory, a missing directory, the audio file itself
     */
    static ExportFile open(String option, Path target, Path audio) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(option + " " + target + ": is a directory; give a file name");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(option + " " + target + ": no such directory " + dir);
        }
        if (Files.exists(target) && Files.exists(audio) && Files.isSameFile(target, audio)) {
            throw new IOException(option + " " + target + ": is the audio file being analysed; give another name");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return new ExportFile(target, null, Files.newBufferedWriter(target, StandardCharsets.UTF_8,
                    StandardOpenOption.WRITE));
        }
        Path temporary = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong()) + ".tmp");
        return new ExportFile(target, temporary, Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    Writer writer() {
        return writer;
    }

    Path target() {
        return target;
    }

    /** Finishes the file and puts it in place of the target. */
    void commit() throws IOException {
        writer.close();
        if (temporary != null) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
