package io.segue.library.testing;

import io.segue.api.feature.MusicalKey;
import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.Timbre;

/** A known tempo and key: a chord progression (16 s) over a drum pattern, normalized to a peak of 0.9. */
public final class Music {

    private Music() {
    }

    /**
     * @param repeats how many times the 16 s progression plays (the drums run throughout)
     */
    public static float[] render(DrumPattern.Style style, double bpm, MusicalKey key, int repeats, int sampleRateHz,
            long seed) {
        float[] harmony = ChordProgression.render(key.tonic(), key.isMinor(), Timbre.SAW_PAD, sampleRateHz);
        double seconds = (double) harmony.length * repeats / sampleRateHz;
        float[] drums = DrumPattern.of(style, bpm).render(seconds, sampleRateHz, seed).samples();
        float[] out = new float[drums.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = harmony[i % harmony.length] + drums[i];
        }
        float peak = 0;
        for (float v : out) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (int i = 0; i < out.length; i++) {
            out[i] *= 0.9f / peak;
        }
        return out;
    }
}
