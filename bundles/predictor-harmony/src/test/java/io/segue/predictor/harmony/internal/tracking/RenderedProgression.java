package io.segue.predictor.harmony.internal.tracking;

import io.segue.predictor.harmony.internal.chord.Chords;
import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.Timbre;
import java.util.ArrayList;
import java.util.List;

/**
 * A chord progression on a beat grid with the truth: the chord of every beat. Chords are rendered as
 * {@link ChordProgression} renders its own (a bass on the root in C2..B2 at 0.18, the triad at 0.12 per voice, with a
 * {@link Timbre}), but timed in beats at a given tempo, the triad's notes each placed in G3..F#4; optionally over a
 * four-on-the-floor {@link DrumPattern} whose first beat is at 0, like the chords'. Peak 0.8.
 *
 * @param samples     mono, at {@link #SAMPLE_RATE_HZ}
 * @param bpm         the tempo
 * @param beatChords  the chord index ({@link Chords}) sounding on each beat
 */
record RenderedProgression(float[] samples, double bpm, int[] beatChords) {

    static final int SAMPLE_RATE_HZ = 22050;

    double beatSeconds() {
        return 60 / bpm;
    }

    /**
     * @param chordsAndBeats labels and lengths in beats, repeated {@code repeats} times: {@code "Am", 4, "F", 4, …}
     */
    static RenderedProgression render(double bpm, Timbre timbre, boolean drums, int repeats, Object... chordsAndBeats) {
        List<Integer> beats = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < chordsAndBeats.length; i += 2) {
                int chord = Chords.parse((String) chordsAndBeats[i]);
                if (chord < 0) {
                    throw new IllegalArgumentException("not a chord label: " + chordsAndBeats[i]);
                }
                for (int b = 0; b < (Integer) chordsAndBeats[i + 1]; b++) {
                    beats.add(chord);
                }
            }
        }
        double beatSeconds = 60 / bpm;
        int length = (int) Math.round(beats.size() * beatSeconds * SAMPLE_RATE_HZ);
        float[] out = new float[length];
        int start = 0;
        while (start < beats.size()) {
            int chord = beats.get(start);
            int end = start;
            while (end < beats.size() && beats.get(end) == chord) {
                end++;
            }
            int from = (int) Math.round(start * beatSeconds * SAMPLE_RATE_HZ);
            int to = Math.min(length, (int) Math.round(end * beatSeconds * SAMPLE_RATE_HZ));
            int root = Chords.root(chord);
            timbre.addNote(out, from, to, ChordProgression.midiToHz(36 + root, 440), 0.18, SAMPLE_RATE_HZ);
            int[] triad = {root, root + (Chords.isMinor(chord) ? 3 : 4), root + 7};
            for (int note : triad) {
                int midi = 55 + Math.floorMod(note - 55, 12);
                timbre.addNote(out, from, to, ChordProgression.midiToHz(midi, 440), 0.12, SAMPLE_RATE_HZ);
            }
            start = end;
        }
        scale(out, 0.8f);
        if (drums) {
            float[] kit = DrumPattern.of(DrumPattern.Style.FOUR_ON_THE_FLOOR, bpm)
                    .render(length / (double) SAMPLE_RATE_HZ, SAMPLE_RATE_HZ, 7).samples();
            scale(kit, 0.8f);
            for (int i = 0; i < length; i++) {
                out[i] = 0.55f * out[i] + 0.45f * kit[i];
            }
        }
        return new RenderedProgression(out, bpm, beats.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void scale(float[] samples, float peak) {
        float max = 0;
        for (float x : samples) {
            max = Math.max(max, Math.abs(x));
        }
        if (max > 0) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] *= peak / max;
            }
        }
    }
}
