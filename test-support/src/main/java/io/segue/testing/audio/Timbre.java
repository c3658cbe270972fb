package io.segue.testing.audio;

/**
 * Instrument sounds for generated test material, from a pure sine to harmonic-rich timbres whose upper partials
 * put energy on other pitch classes than the played note (the 3rd harmonic on the fifth, the 5th on the major
 * third): the material on which key finders that only pass on sines fail. Deterministic: the same call adds the
 * same samples.
 *
 * <p>Every note has a 10 ms linear attack and a 30 ms linear release at its end, so that notes join without
 * clicks. {@code amplitude} scales the timbre's waveform: the peak of a sine, a saw or an FM note; the organ shares
 * it among its four partials and the piano gives partial {@code n} {@code amplitude / (2n)}, so no note peaks above
 * 1.6 times it.
 */
public enum Timbre {

    /** One sine at the note's frequency. */
    SINE,

    /**
     * A pad of two band-limited (PolyBLEP) sawtooth oscillators detuned by +-6 cents, each at half the amplitude:
     * harmonic {@code n} at {@code 2 a / (pi n)} for a saw of peak {@code a}, up to the Nyquist frequency.
     */
    SAW_PAD,

    /**
     * A drawbar organ, registration 88 8800 000: the 16', 5 1/3', 8' and 4' drawbars, partials at 0.5, 1.5, 1 and
     * 2 times the note's frequency, all at full level (the 5 1/3' sounds a fifth above the note).
     */
    ORGAN,

    /**
     * Piano-like: 12 partials {@code n} at amplitude {@code 1/n}, stretched by inharmonicity
     * {@code f_n = n f sqrt(1 + B n^2)} with {@code B = 0.0004}, each decaying exponentially at
     * {@code 1.2 + 0.35 n} per second (upper partials die first).
     */
    PIANO,

    /**
     * Two-operator FM, carrier:modulator 1:1: {@code sin(2 pi f t + I(t) sin(2 pi f t))}, index {@code I} decaying
     * from 3 to 1 with time constant 0.5 s (bright attack, mellow sustain): a full harmonic series.
     */
    FM,

    /**
     * Two-operator FM, carrier:modulator 1:2: {@code sin(2 pi f t + I(t) sin(4 pi f t))}, the same index envelope as
     * {@link #FM}: odd harmonics only (clarinet-like), the 3rd, on the fifth, strong.
     */
    FM_ODD;

    private static final double ATTACK_SECONDS = 0.010;
    private static final double RELEASE_SECONDS = 0.030;
    private static final int SINE_TABLE_SIZE = 1 << 13;
    private static final double[] SINE_TABLE = sineTable();

    /**
     * Adds a note to {@code out[from .. to)}.
     *
     * @param hz        the note's (fundamental) frequency
     * @param amplitude the note's peak level, before the envelope
     */
    public void addNote(float[] out, int from, int to, double hz, double amplitude, int sampleRateHz) {
        if (from < 0 || to > out.length || from > to) {
            throw new IllegalArgumentException("note range " + from + ".." + to + " not inside 0.." + out.length);
        }
        double nyquist = sampleRateHz / 2.0;
        switch (this) {
            case SINE -> addPartial(out, from, to, hz, amplitude, 0.0, sampleRateHz);
            case SAW_PAD -> {
                addSaw(out, from, to, hz * Math.pow(2, 6 / 1200.0), amplitude * 0.5, sampleRateHz);
                addSaw(out, from, to, hz * Math.pow(2, -6 / 1200.0), amplitude * 0.5, sampleRateHz);
            }
            case ORGAN -> {
                double[] ratios = {0.5, 1.5, 1.0, 2.0};
                for (double ratio : ratios) {
                    if (hz * ratio < nyquist) {
                        addPartial(out, from, to, hz * ratio, amplitude / ratios.length, 0.0, sampleRateHz);
                    }
                }
            }
            case PIANO -> {
                for (int n = 1; n <= 12; n++) {
                    double partialHz = n * hz * Math.sqrt(1 + 0.0004 * n * n);
                    if (partialHz < nyquist) {
                        addPartial(out, from, to, partialHz, amplitude * 0.5 / n, 1.2 + 0.35 * n, sampleRateHz);
                    }
                }
            }
            case FM -> addFm(out, from, to, hz, 1, amplitude, sampleRateHz);
            case FM_ODD -> addFm(out, from, to, hz, 2, amplitude, sampleRateHz);
            default -> throw new IllegalStateException(name());
        }
    }

    /** The attack/release envelope of sample {@code i} of a note of {@code length} samples. */
    private static double envelope(int i, int length, int sampleRateHz) {
        double attack = Math.min(1.0, i / (ATTACK_SECONDS * sampleRateHz));
        double release = Math.min(1.0, (length - i) / (RELEASE_SECONDS * sampleRateHz));
        return Math.min(attack, release);
    }

    /** A sine partial by a rotating phasor, decaying at {@code decayPerSecond} (0 = steady). */
    private static void addPartial(float[] out, int from, int to, double hz, double amplitude,
            double decayPerSecond, int sampleRateHz) {
        double step = 2 * Math.PI * hz / sampleRateHz;
        double c = Math.cos(step);
        double s = Math.sin(step);
        double decay = Math.exp(-decayPerSecond / sampleRateHz);
        double re = 1.0;
        double im = 0.0;
        double level = amplitude;
        int length = to - from;
        for (int i = 0; i < length; i++) {
            out[from + i] += (float) (level * im * envelope(i, length, sampleRateHz));
            double nextRe = re * c - im * s;
            im = re * s + im * c;
            re = nextRe;
            level *= decay;
        }
    }

    /** A sawtooth from -1 to 1 with PolyBLEP corrections at its discontinuity. */
    private static void addSaw(float[] out, int from, int to, double hz, double amplitude, int sampleRateHz) {
        double dt = hz / sampleRateHz;
        double phase = 0.0;
        int length = to - from;
        for (int i = 0; i < length; i++) {
            double value = 2 * phase - 1 - polyBlep(phase, dt);
            out[from + i] += (float) (amplitude * value * envelope(i, length, sampleRateHz));
            phase += dt;
            if (phase >= 1.0) {
                phase -= 1.0;
            }
        }
    }

    private static double polyBlep(double t, double dt) {
        if (t < dt) {
            double x = t / dt;
            return x + x - x * x - 1.0;
        }
        if (t > 1.0 - dt) {
            double x = (t - 1.0) / dt;
            return x * x + x + x + 1.0;
        }
        return 0.0;
    }

    private static void addFm(float[] out, int from, int to, double hz, int ratio, double amplitude,
            int sampleRateHz) {
        double phaseStep = hz / sampleRateHz;
        double phase = 0.0;
        int length = to - from;
        for (int i = 0; i < length; i++) {
            double index = 1.0 + 2.0 * Math.exp(-i / (0.5 * sampleRateHz));
            double modulator = sine(ratio * phase);
            double value = sine(phase + index * modulator / (2 * Math.PI));
            out[from + i] += (float) (amplitude * value * envelope(i, length, sampleRateHz));
            phase += phaseStep;
            if (phase >= 1.0) {
                phase -= 1.0;
            }
        }
    }

    /** {@code sin(2 pi cycles)} from a table with linear interpolation (error below 1e-7). */
    private static double sine(double cycles) {
        double position = (cycles - Math.floor(cycles)) * SINE_TABLE_SIZE;
        int index = (int) position;
        double fraction = position - index;
        return SINE_TABLE[index] + fraction * (SINE_TABLE[index + 1] - SINE_TABLE[index]);
    }

    private static double[] sineTable() {
        double[] table = new double[SINE_TABLE_SIZE + 1];
        for (int i = 0; i <= SINE_TABLE_SIZE; i++) {
            table[i] = Math.sin(2 * Math.PI * i / SINE_TABLE_SIZE);
        }
        return table;
    }
}
