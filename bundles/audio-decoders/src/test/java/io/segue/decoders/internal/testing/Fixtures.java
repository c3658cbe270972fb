package io.segue.decoders.internal.testing;

import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The committed encoded fixtures, and whole-file decoding for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Copies fixture {@code name} (e.g. {@code kick-am.flac}) into {@code dir}, so a test may damage its copy. */
    public static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            Files.copy(in, target);
        }
        return target;
    }

    /** Copies fixture {@code name} into {@code dir} as {@code newName} cut to its first {@code fraction} of bytes. */
    public static Path truncatedCopy(String name, Path dir, String newName, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(copy(name, dir));
        return Files.write(dir.resolve(newName), Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    /** Garbles 64 bytes in the middle of {@code file}, as a bad sector or a broken download would. */
    public static void corruptMiddle(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(file, bytes);
    }

    /** Reads {@code input} to its end in chunks of {@code chunkFrames}; interleaved samples. */
    public static float[] decodeAll(AudioInput input, int chunkFrames) throws IOException {
        int channels = input.format().channels();
        float[] chunk = new float[chunkFrames * channels];
        float[] all = new float[1 << 16];
        int samples = 0;
        int n;
        while ((n = input.read(chunk, chunkFrames)) > 0) {
            if (samples + n * channels > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, samples + n * channels));
            }
            System.arraycopy(chunk, 0, all, samples, n * channels);
            samples += n * channels;
        }
        return Arrays.copyOf(all, samples);
    }

    /** Like {@link #decodeAll} but for use in lambdas. */
    public static float[] decodeAllUnchecked(AudioInput input) {
        try {
            return decodeAll(input, 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
