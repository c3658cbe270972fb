package io.segue.decoders.internal.testing;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import io.segue.decoders.internal.aiff.AiffFileDecoder;
import io.segue.decoders.internal.aiff.AiffWriter;
import io.segue.decoders.internal.flac.FlacFileDecoder;
import io.segue.decoders.internal.mp3.Mp3FileDecoder;
import io.segue.decoders.internal.vorbis.OggVorbisFileDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints each decoder's speed on the fixtures, in times real time on one thread, and how close the decoded audio is
 * to the source. Not a test: figures for the notes. Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test classpath> io.segue.decoders.internal.testing.DecodeSpeed}.
 */
public final class DecodeSpeed {

    private DecodeSpeed() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("decode-speed");
        try {
            Path aiff = new AiffWriter(null, 16, 1, FixtureSignal.RATE_HZ).write(dir.resolve("kick-am.aiff"),
                    FixtureSignal.samples());
            measure(new AiffFileDecoder(), aiff);
            measure(new FlacFileDecoder(), Fixtures.copy("kick-am.flac", dir));
            measure(new Mp3FileDecoder(), Fixtures.copy("kick-am.mp3", dir));
            measure(new OggVorbisFileDecoder(), Fixtures.copy("kick-am.ogg", dir));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static void measure(AudioFileDecoder decoder, Path file) throws IOException {
        float[] decoded;
        try (AudioInput input = decoder.open(file)) {
            decoded = Fixtures.decodeAll(input, 4096);
        }
        float[] source = FixtureSignal.samples();
        int lag = SignalChecks.bestLag(source, decoded, FixtureSignal.RATE_HZ, 2 * FixtureSignal.RATE_HZ, 1200);
        double snr = SignalChecks.signalToErrorDb(source, decoded, 0, Math.min(source.length, decoded.length));
        float[] chunk = new float[4096];
        long frames = 0;
        long start = System.nanoTime();
        long elapsed;
        do { // at least 3 s of decoding, after a warm-up pass above
            try (AudioInput input = decoder.open(file)) {
                int n;
                while ((n = input.read(chunk, 4096)) > 0) {
                    frames += n;
                }
            }
            elapsed = System.nanoTime() - start;
        } while (elapsed < 3_000_000_000L);
        double audioSeconds = frames / (double) FixtureSignal.RATE_HZ;
        System.out.printf(Locale.ROOT, "%-6s %7.0fx real time (%.0f s of 22050 Hz mono audio in %.2f s), "
                + "%d frames, lag %d, signal-to-error %.1f dB%n", file.getFileName().toString().replace("kick-am.", ""),
                audioSeconds / (elapsed / 1e9), audioSeconds, elapsed / 1e9, decoded.length, lag, snr);
    }
}
