package io.segue.library.internal.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's content hash for telling changed files: SHA-256 of its size, its first MiB and its last MiB (the whole
 * file when it is 2 MiB or smaller).
 *
 * <p>Why not the whole file: a re-import of an unchanged library must read every file to hash it; this way it reads
 * at most 2 MiB per file whatever the length. Tags sit at the start (ID3v2, FLAC and Vorbis comments, WAV/AIFF
 * chunks written first) or the end (ID3v1, APE, WAV/AIFF chunks appended), and an edit of the audio in between
 * that keeps both the size and the modification time is not something an editor does.
 */
public final class ContentHash {

    static final int PART_BYTES = 1 << 20;

    private ContentHash() {
    }

    /** @throws IOException when the file cannot be read; the message names it */
    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(0, size));
            ByteBuffer buffer = ByteBuffer.allocate(PART_BYTES);
            if (size <= 2L * PART_BYTES) {
                readAll(channel, 0, size, buffer, digest);
            } else {
                readAll(channel, 0, PART_BYTES, buffer, digest);
                readAll(channel, size - PART_BYTES, PART_BYTES, buffer, digest);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void readAll(FileChannel channel, long from, long length, ByteBuffer buffer, MessageDigest digest)
            throws IOException {
        long position = from;
        long end = from + length;
        while (position < end) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            buffer.flip();
            digest.update(buffer);
            position += read;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
