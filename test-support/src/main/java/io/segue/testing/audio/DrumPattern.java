package io.segue.testing.audio;

import io.segue.testing.audio.DrumKit.Drum;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Drum patterns of common dance-music genres, rendered with {@link DrumKit} together with the truth: the time of
 * every beat (quarter note) and of every onset. Immutable; the {@code with...} methods return a changed copy.
 *
 * <p>Bars are four beats of four sixteenth steps. The {@link Style}s place their instruments as the genres do; the
 * tempo is the genre's conventional beat: half-time at 140 has its snare on beat 3 of a 140 BPM bar, not on the
 * backbeat of a 70 BPM one.
 *
 * <p>Rendering is deterministic for a given seed: the seed drives the drums' noise, the humanisation and the
 * background noise.
 */
public final class DrumPattern {

    /** The genres: where kick, snare and hats fall in the bar. */
    public enum Style {
        /** A metronome click on every beat. */
        CLICK,
        /** House/techno four-on-the-floor: kick every beat, snare (clap) on 2 and 4, hats on the off-beat eighths. */
        FOUR_ON_THE_FLOOR,
        /**
         * Hip-hop boom-bap: kick on 1 and 3 (and on the "and" of 3 in every other bar), snare on 2 and 4, dense
         * sixteenth hats accented on the eighths.
         */
        BOOM_BAP,
        /**
         * Half-time (dubstep, trap): kick on 1 (and on the last sixteenth of beat 3 in every other bar), snare on
         * 3, sixteenth hats accented on the eighths ({@link #withEighthHats()} for eighths only).
         */
        HALF_TIME,
        /** Drum-and-bass two-step: kick on 1 and the "and" of 3, snare on 2 and 4, hats on the eighths. */
        DRUM_AND_BASS
    }

    /** A rendered pattern and its truth. */
    public record Rendering(float[] samples, int sampleRateHz, double[] beatSeconds, double[] onsetSeconds) {
    }

    private record Hit(Drum drum, double gain) {
    }

    private final Style style;
    private final double startBpm;
    private final double endBpm;
    private final double stepAtSeconds;
    private final boolean eighthHats;
    private final double humanizeMillis;
    private final double noiseRms;

    private DrumPattern(Style style, double startBpm, double endBpm, double stepAtSeconds, boolean eighthHats,
            double humanizeMillis, double noiseRms) {
        if (!(startBpm > 0 && endBpm > 0)) {
            throw new IllegalArgumentException("tempo must be positive, was " + startBpm + " .. " + endBpm);
        }
        this.style = style;
        this.startBpm = startBpm;
        this.endBpm = endBpm;
        this.stepAtSeconds = stepAtSeconds;
        this.eighthHats = eighthHats;
        this.humanizeMillis = humanizeMillis;
        this.noiseRms = noiseRms;
    }

    /** {@code style} at a steady {@code bpm}, on the grid, without background noise. */
    public static DrumPattern of(Style style, double bpm) {
        return new DrumPattern(style, bpm, bpm, Double.NaN, false, 0, 0);
    }

    /** The tempo glides linearly from the start tempo to {@code bpm} over the whole rendering. */
    public DrumPattern withRampTo(double bpm) {
        return new DrumPattern(style, startBpm, bpm, Double.NaN, eighthHats, humanizeMillis, noiseRms);
    }

    /** The tempo jumps to {@code bpm} at the first sixteenth step at or after {@code atSeconds}. */
    public DrumPattern withStepTo(double bpm, double atSeconds) {
        return new DrumPattern(style, startBpm, bpm, atSeconds, eighthHats, humanizeMillis, noiseRms);
    }

    /** Half-time with hats on the eighths only (no effect on other styles). */
    public DrumPattern withEighthHats() {
        return new DrumPattern(style, startBpm, endBpm, stepAtSeconds, true, humanizeMillis, noiseRms);
    }

    /** Every hit moves by a Gaussian offset with standard deviation {@code millis} (the truth moves with it). */
    public DrumPattern withHumanize(double millis) {
        return new DrumPattern(style, startBpm, endBpm, stepAtSeconds, eighthHats, millis, noiseRms);
    }

    /** Adds Gaussian white noise of standard deviation {@code rms} under the whole rendering. */
    public DrumPattern withNoise(double rms) {
        return new DrumPattern(style, startBpm, endBpm, stepAtSeconds, eighthHats, humanizeMillis, rms);
    }

    /** The tempo at the start, in BPM. */
    public double startBpm() {
        return startBpm;
    }

    /**
     * Renders {@code seconds} of the pattern at {@code sampleRateHz}, from the first beat of a bar at time 0. Beats
     * are the quarter-note steps, onsets the steps with a hit (hits of one step are one onset), both in seconds.
     */
    public Rendering render(double seconds, int sampleRateHz, long seed) {
        Random random = new Random(seed);
        int length = (int) Math.round(seconds * sampleRateHz);
        float[] samples = new float[length];
        List<Double> beats = new ArrayList<>();
        List<Double> onsets = new ArrayList<>();
        double t = 0;
        for (int step = 0; t < seconds; step++) {
            int inBar = step % 16;
            int bar = step / 16;
            double offset = humanizeMillis > 0 ? random.nextGaussian() * humanizeMillis / 1000 : 0;
            double hitTime = Math.max(0, t + offset);
            if (inBar % 4 == 0) {
                beats.add(hitTime);
            }
            boolean any = false;
            for (Hit hit : hits(inBar, bar)) {
                int start = (int) Math.round(hitTime * sampleRateHz);
                if (start < length) {
                    DrumKit.add(samples, start, hit.drum(), hit.gain(), sampleRateHz, random);
                    any = true;
                }
            }
            if (any) {
                onsets.add(hitTime);
            }
            t += 60.0 / (4 * bpmAt(t, seconds));
        }
        if (noiseRms > 0) {
            for (int i = 0; i < length; i++) {
                samples[i] += (float) (noiseRms * random.nextGaussian());
            }
        }
        return new Rendering(samples, sampleRateHz, toArray(beats, seconds), toArray(onsets, seconds));
    }

    private double bpmAt(double t, double seconds) {
        if (startBpm == endBpm) {
            return startBpm;
        }
        if (!Double.isNaN(stepAtSeconds)) {
            return t < stepAtSeconds ? startBpm : endBpm;
        }
        return startBpm + (endBpm - startBpm) * Math.min(1, t / seconds);
    }

    private List<Hit> hits(int s, int bar) {
        List<Hit> hits = new ArrayList<>(3);
        boolean odd = bar % 2 == 1;
        switch (style) {
            case CLICK -> {
                if (s % 4 == 0) {
                    hits.add(new Hit(Drum.CLICK, 0.8));
                }
            }
            case FOUR_ON_THE_FLOOR -> {
                if (s % 4 == 0) {
                    hits.add(new Hit(Drum.KICK, 0.9));
                }
                if (s == 4 || s == 12) {
                    hits.add(new Hit(Drum.SNARE, 0.5));
                }
                if (s % 4 == 2) {
                    hits.add(new Hit(Drum.CLOSED_HAT, 0.5));
                }
            }
            case BOOM_BAP -> {
                if (s == 0 || s == 8 || (odd && s == 10)) {
                    hits.add(new Hit(Drum.KICK, 0.9));
                }
                if (s == 4 || s == 12) {
                    hits.add(new Hit(Drum.SNARE, 0.7));
                }
                hits.add(new Hit(Drum.CLOSED_HAT, s % 2 == 0 ? 0.4 : 0.25));
            }
            case HALF_TIME -> {
                if (s == 0 || (odd && s == 11)) {
                    hits.add(new Hit(Drum.KICK, 0.9));
                }
                if (s == 8) {
                    hits.add(new Hit(Drum.SNARE, 0.8));
                }
                if (!eighthHats || s % 2 == 0) {
                    hits.add(new Hit(Drum.CLOSED_HAT, s % 2 == 0 ? 0.4 : 0.25));
                }
            }
            case DRUM_AND_BASS -> {
                if (s == 0 || s == 10) {
                    hits.add(new Hit(Drum.KICK, 0.9));
                }
                if (s == 4 || s == 12) {
                    hits.add(new Hit(Drum.SNARE, 0.7));
                }
                if (s % 2 == 0) {
                    hits.add(new Hit(Drum.CLOSED_HAT, 0.35));
                }
            }
        }
        return hits;
    }

    private static double[] toArray(List<Double> times, double seconds) {
        return times.stream().mapToDouble(Double::doubleValue).filter(x -> x < seconds).toArray();
    }

    @Override
    public String toString() {
        return style + " " + (startBpm == endBpm ? startBpm : startBpm + "->" + endBpm) + " BPM"
                + (eighthHats ? " eighth hats" : "") + (humanizeMillis > 0 ? " humanize " + humanizeMillis + " ms" : "")
                + (noiseRms > 0 ? " noise " + noiseRms : "");
    }
}
