package io.segue.predictor.sections.internal.testing;

import io.segue.testing.audio.DrumKit;
import io.segue.testing.audio.DrumKit.Drum;
import io.segue.testing.audio.NoiseSignals;
import io.segue.testing.audio.Timbre;
import java.util.Random;

/**
 * A generated dance-music arrangement with known section times: a full groove (four-on-the-floor kick, clap on 2
 * and 4, off-beat hats, an off-beat bass, a pad), a breakdown of pads only, a build-up without kick (pads, a noise
 * riser whose low-pass opens and whose level rises, a snare roll that doubles its rate at half and three quarters
 * of the build-up), then the drop: the full groove again. Deterministic for a seed.
 *
 * @param bpm           the tempo
 * @param grooveBars    bars of full groove before the breakdown
 * @param breakdownBars bars of pads only
 * @param buildupBars   bars of build-up
 * @param dropBars      bars of full groove after the drop
 * @param seed          drives the drums' and the riser's noise
 */
public record Arrangement(double bpm, int grooveBars, int breakdownBars, int buildupBars, int dropBars, long seed) {

    public static final int SAMPLE_RATE_HZ = 22050;

    /** A minor-ish pad progression, one chord a bar (MIDI notes). */
    private static final int[][] PADS = {{57, 60, 64}, {53, 57, 60}, {55, 59, 62}, {52, 55, 59}};
    private static final int[] BASS_ROOTS = {33, 29, 31, 28};

    public double beatSeconds() {
        return 60.0 / bpm;
    }

    public double barSeconds() {
        return 4 * beatSeconds();
    }

    /** Where the breakdown starts: the end of the first groove. */
    public double breakdownSeconds() {
        return grooveBars * barSeconds();
    }

    public double buildupSeconds() {
        return (grooveBars + breakdownBars) * barSeconds();
    }

    /** Where the drop lands: the first beat of the groove after the build-up. */
    public double dropSeconds() {
        return (grooveBars + breakdownBars + buildupBars) * barSeconds();
    }

    public double lengthSeconds() {
        return (grooveBars + breakdownBars + buildupBars + dropBars) * barSeconds();
    }

    /** Only the groove, for {@code bars} bars: material with no transition at all. */
    public static Arrangement steady(double bpm, int bars, long seed) {
        return new Arrangement(bpm, bars, 0, 0, 0, seed);
    }

    public float[] render() {
        int length = (int) Math.ceil(lengthSeconds() * SAMPLE_RATE_HZ);
        float[] out = new float[length + SAMPLE_RATE_HZ];
        Random random = new Random(seed);
        int bar = 0;
        for (int b = 0; b < grooveBars; b++, bar++) {
            groove(out, bar, random);
        }
        for (int b = 0; b < breakdownBars; b++, bar++) {
            pad(out, bar, 0.07);
        }
        riser(out, bar, random);
        for (int b = 0; b < buildupBars; b++, bar++) {
            pad(out, bar, 0.05);
            roll(out, bar, b, random);
        }
        for (int b = 0; b < dropBars; b++, bar++) {
            groove(out, bar, random);
        }
        float[] trimmed = new float[length];
        System.arraycopy(out, 0, trimmed, 0, length);
        return trimmed;
    }

    private int sampleAt(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE_HZ);
    }

    private void groove(float[] out, int bar, Random random) {
        double start = bar * barSeconds();
        double beat = beatSeconds();
        for (int i = 0; i < 4; i++) {
            double t = start + i * beat;
            DrumKit.add(out, sampleAt(t), Drum.KICK, 0.7, SAMPLE_RATE_HZ, random);
            DrumKit.add(out, sampleAt(t + beat / 2), Drum.CLOSED_HAT, 0.2, SAMPLE_RATE_HZ, random);
            if (i % 2 == 1) {
                DrumKit.add(out, sampleAt(t), Drum.SNARE, 0.35, SAMPLE_RATE_HZ, random);
            }
            int from = sampleAt(t + beat / 2);
            int to = Math.min(out.length, sampleAt(t + beat * 0.95));
            double hz = midiHz(BASS_ROOTS[bar % BASS_ROOTS.length]);
            Timbre.SAW_PAD.addNote(out, from, to, hz, 0.2, SAMPLE_RATE_HZ);
        }
        pad(out, bar, 0.05);
    }

    private void pad(float[] out, int bar, double amplitude) {
        int from = sampleAt(bar * barSeconds());
        int to = Math.min(out.length, sampleAt((bar + 1) * barSeconds()));
        for (int note : PADS[bar % PADS.length]) {
            Timbre.SAW_PAD.addNote(out, from, to, midiHz(note), amplitude, SAMPLE_RATE_HZ);
        }
    }

    /** Snare hits on quarters, then eighths from half-way, sixteenths from three quarters; louder as it goes. */
    private void roll(float[] out, int bar, int buildupBar, Random random) {
        double progress = (double) buildupBar / buildupBars;
        int perBeat = progress < 0.5 ? 1 : progress < 0.75 ? 2 : 4;
        double step = beatSeconds() / perBeat;
        for (int i = 0; i < 4 * perBeat; i++) {
            double t = bar * barSeconds() + i * step;
            double gain = 0.12 + 0.3 * (buildupBar + i / (4.0 * perBeat)) / buildupBars;
            DrumKit.add(out, sampleAt(t), Drum.SNARE, gain, SAMPLE_RATE_HZ, random);
        }
    }

    /** White noise through a one-pole low-pass opening from 400 Hz to 9 kHz, its level rising, cut at the drop. */
    private void riser(float[] out, int firstBar, Random random) {
        if (buildupBars == 0) {
            return;
        }
        int from = sampleAt(firstBar * barSeconds());
        int to = Math.min(out.length, sampleAt(dropSeconds()));
        float[] noise = NoiseSignals.white(to - from, 1.0, random.nextLong());
        double state = 0;
        for (int i = 0; i < noise.length; i++) {
            double progress = (double) i / noise.length;
            double cutoffHz = 400 * Math.pow(9000.0 / 400, progress);
            double a = 1 - Math.exp(-2 * Math.PI * cutoffHz / SAMPLE_RATE_HZ);
            state += a * (noise[i] - state);
            double gain = 0.02 + 0.08 * progress * progress;
            out[from + i] += (float) (gain * state * 2);
        }
    }

    private static double midiHz(int midi) {
        return 440 * Math.pow(2, (midi - 69) / 12.0);
    }

    @Override
    public String toString() {
        return String.format("%.0f BPM, groove %d, breakdown %d, build-up %d bars", bpm, grooveBars, breakdownBars,
                buildupBars);
    }
}
