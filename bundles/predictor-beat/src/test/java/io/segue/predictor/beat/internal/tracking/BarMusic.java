package io.segue.predictor.beat.internal.tracking;

import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.Timbre;
import java.util.Arrays;

/**
 * Test material with known bar starts: a {@link DrumPattern} (whose rendering starts on the first beat of a bar), with
 * a chord and its bass changing on every bar line if asked (I, vi, IV, V in C major, from {@link ChordProgression}'s
 * voicings, on a saw pad under the drums), and the truth: the beats and the downbeats.
 */
record BarMusic(float[] samples, double[] beatSeconds, double[] downbeatSeconds) {

    /** Chords of {@link ChordProgression#notes} in the order played: I, vi, IV, V (no two bars alike). */
    private static final int[] CHORDS = {0, 5, 1, 2};

    static BarMusic of(DrumPattern pattern, boolean chords, double seconds, long seed) {
        DrumPattern.Rendering drums = pattern.render(seconds, PipelineFrames.SAMPLE_RATE_HZ, seed);
        float[] samples = drums.samples().clone();
        double[] beats = drums.beatSeconds();
        double[] downbeats = new double[(beats.length + 3) / 4];
        for (int i = 0; i < downbeats.length; i++) {
            downbeats[i] = beats[4 * i];
        }
        if (chords) {
            int[][] notes = ChordProgression.notes(0, false);
            int rate = PipelineFrames.SAMPLE_RATE_HZ;
            for (int bar = 0; bar < downbeats.length; bar++) {
                int from = (int) Math.round(downbeats[bar] * rate);
                int to = bar + 1 < downbeats.length ? (int) Math.round(downbeats[bar + 1] * rate) : samples.length;
                int[] chord = notes[CHORDS[bar % CHORDS.length]];
                Timbre.SAW_PAD.addNote(samples, from, to, ChordProgression.midiToHz(chord[0], 440), 0.12, rate);
                for (int v = 1; v < chord.length; v++) {
                    Timbre.SAW_PAD.addNote(samples, from, to, ChordProgression.midiToHz(chord[v], 440), 0.06, rate);
                }
            }
        }
        return new BarMusic(samples, beats, downbeats);
    }

    /** The true downbeats in {@code [from, to)}. */
    double[] downbeatsIn(double from, double to) {
        return Arrays.stream(downbeatSeconds).filter(t -> t >= from && t < to).toArray();
    }
}
