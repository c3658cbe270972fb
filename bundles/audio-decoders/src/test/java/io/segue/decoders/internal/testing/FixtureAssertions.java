package io.segue.decoders.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.testing.audio.ToneMeasure;
import java.io.IOException;

/** The checks every decoded fixture must pass against {@link FixtureSignal}, with each format's tolerances. */
public final class FixtureAssertions {

    /** 40 ms: long enough to hold the kick's attack, short enough to end before the next beat. */
    private static final int ONSET_WINDOW = FixtureSignal.RATE_HZ * 40 / 1000;

    private FixtureAssertions() {
    }

    /**
     * Reads the whole fixture from {@code reader}, asserting what every decoder of it must say: 22050 Hz mono, the
     * fixture's length announced and delivered, nothing after the end.
     *
     * @return the decoded samples, for the format's own checks
     */
    public static float[] decodeWholeFixture(AudioInput reader) throws IOException {
        assertEquals(AudioFormat.mono(FixtureSignal.RATE_HZ), reader.format());
        assertEquals(FixtureSignal.FRAMES, reader.lengthFrames());
        float[] decoded = Fixtures.decodeAll(reader, 1000);
        assertEquals(FixtureSignal.FRAMES, decoded.length);
        assertEquals(-1, reader.read(new float[10], 10), "nothing after the end");
        return decoded;
    }

    /**
     * Asserts that {@code decoded} (mono) is the fixture signal: aligned within {@code maxLagFrames}, its level
     * within 1 dB over the kicks and over the tone, every kick standing at least 6 dB above the 40 ms before it, the
     * tone at 440 Hz within {@code toneToleranceHz}, and the waveform within {@code minSignalToErrorDb} of it.
     *
     * @return the measured signal-to-error ratio in dB, for the caller's message
     */
    public static double assertMatchesSource(float[] decoded, int maxLagFrames, double toneToleranceHz,
            double minSignalToErrorDb) {
        float[] source = FixtureSignal.samples();
        int toneStart = (int) (FixtureSignal.TONE_START_SECONDS * FixtureSignal.RATE_HZ);
        int lag = SignalChecks.bestLag(source, decoded, FixtureSignal.RATE_HZ, 2 * FixtureSignal.RATE_HZ, 1200);
        assertTrue(Math.abs(lag) <= maxLagFrames, "decoded audio is offset by " + lag + " frames");

        double kickLevel = SignalChecks.decibels(SignalChecks.rms(decoded, 0, toneStart),
                SignalChecks.rms(source, 0, toneStart));
        assertEquals(0, kickLevel, 1.0, "level over the kicks, dB against the source");
        double toneLevel = SignalChecks.decibels(SignalChecks.rms(decoded, toneStart + 441, source.length - 441),
                SignalChecks.rms(source, toneStart + 441, source.length - 441));
        assertEquals(0, toneLevel, 1.0, "level of the tone, dB against the source");

        double sourceOnsets = SignalChecks.weakestOnsetRatio(source, FixtureSignal.beatFrames(), ONSET_WINDOW);
        double decodedOnsets = SignalChecks.weakestOnsetRatio(decoded, FixtureSignal.beatFrames(), ONSET_WINDOW);
        assertTrue(sourceOnsets > 2, "the source's weakest kick: " + sourceOnsets);
        assertTrue(decodedOnsets > 2, "weakest kick after decoding stands only " + decodedOnsets
                + "x above the 40 ms before it (source: " + sourceOnsets + "x)");

        double toneHz = ToneMeasure.frequencyHz(decoded, toneStart + 441, source.length - 441, FixtureSignal.RATE_HZ);
        assertEquals(FixtureSignal.TONE_HZ, toneHz, toneToleranceHz, "tone frequency");

        double snr = SignalChecks.signalToErrorDb(source, decoded, 0, source.length);
        assertTrue(snr >= minSignalToErrorDb, "signal-to-error " + snr + " dB, at least " + minSignalToErrorDb
                + " dB expected");
        return snr;
    }
}
