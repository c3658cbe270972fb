package io.segue.shell.internal.commands;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file {@code analyze} writes for other tools. It is written beside its target under a hidden temporary name and
 * moved over the target only by {@link #commit()}, so a failed analysis leaves an existing file as it was; closing
 * without a commit deletes the temporary file. Only plain files are written: a move over a symbolic link or a device
 * would replace the link or the device node (as {@code /dev/stdout} once was), so those are refused; the command
 * offers {@code -} for standard output instead.
 */
final class ExportFile implements Closeable {

    /** {@code null} for standard output. */
    private final Path target;
    /** {@code null} for standard output. */
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
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(option + " " + target + ": is not a plain file (a link, a device or a pipe); give "
                    + "a file name, or - for standard output");
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

    /** Writes to {@code out} (standard output), which is flushed by {@link #commit()} and never closed. */
    static ExportFile standardOutput(OutputStream out) {
        return new ExportFile(null, null, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Finishes the file and puts it in place of the target. */
    void commit() throws IOException {
        if (temporary == null) {
            writer.flush();
            return;
        }
        writer.close();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        if (temporary == null) {
            writer.flush();
            return;
        }
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
