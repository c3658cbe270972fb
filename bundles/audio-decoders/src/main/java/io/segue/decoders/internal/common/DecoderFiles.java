package io.segue.decoders.internal.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** What every decoder does alike when it opens a file and when it reports a problem. */
public final class DecoderFiles {

    private DecoderFiles() {
    }

    /**
     * Opens {@code file} for reading and refuses an empty one.
     *
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws AccessDeniedException             {@code <file>: not readable}
     * @throws IOException                       {@code <file>: empty file}
     */
    public static FileChannel openNonEmpty(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (AccessDeniedException denied) {
            AccessDeniedException e = new AccessDeniedException(file.toString(), null, "not readable");
            e.initCause(denied);
            throw e;
        }
        try {
            if (channel.size() == 0) {
                throw new IOException(file + ": empty file");
            }
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** A position in the audio as people read it: {@code 1.2 s}. */
    public static String seconds(long frames, int sampleRateHz) {
        return String.format(Locale.ROOT, "%.1f s", frames / (double) sampleRateHz);
    }

    /** The four bytes at {@code offset} as text, with non-printable bytes shown as {@code ?}, for messages. */
    public static String fourCc(byte[] bytes, int offset, int available) {
        StringBuilder s = new StringBuilder(4);
        for (int i = offset; i < offset + 4 && i < available; i++) {
            int b = bytes[i] & 0xFF;
            s.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return s.toString();
    }

    /** Checks the arguments of {@link io.segue.api.audio.AudioInput#read} as the contract states them. */
    public static void checkReadArguments(float[] buffer, int frames, int channels) {
        if (frames <= 0) {
            throw new IllegalArgumentException("frames must be positive, was " + frames);
        }
        if ((long) frames * channels > buffer.length) {
            throw new IllegalArgumentException("buffer holds " + buffer.length + " samples, " + frames + " frames of "
                    + channels + " channels need " + (long) frames * channels);
        }
    }
}
