package io.segue.extractors.internal.loudness;

import java.util.Arrays;
import java.util.Objects;

/**
 * An EBU R 128 loudness meter (ITU-R BS.1770-4, EBU Tech 3341 "EBU Mode", EBU Tech 3342 loudness range) for one
 * stream of samples, with bounded state: plain Java, allocation-free after construction, confined to one thread.
 *
 * <p>Definitions. Samples are K-weighted ({@link KWeighting}) and squared. The loudness of a stretch of signal whose
 * K-weighted mean square is {@code ms} is {@code -0.691 + 10 log10(channelWeight * ms)} LUFS, where
 * {@code channelWeight} is the sum of the BS.1770 channel weights the samples stand for: 1 for one front channel,
 * {@link #DUAL_MONO} (2) when a mono signal stands for both channels of a stereo pair. Digital silence is
 * {@link Double#NEGATIVE_INFINITY} LUFS.
 * <ul>
 * <li><b>Momentary</b>: the last 400 ms; <b>short-term</b>: the last 3 s. Both slide in steps of 20 ms
 * ({@link #STEPS_PER_SECOND}): the windows end at the last completed step, so they lag the newest sample by less than
 * 20 ms. Before a window has been filled since the start (or since {@link #restartWindows()}) its value is NaN: there
 * is no 400 ms (3 s) of signal to measure yet.</li>
 * <li><b>Integrated</b> (BS.1770-4): gating blocks of 400 ms every 100 ms (75 % overlap); blocks at or below -70 LUFS
 * are dropped (absolute gate); the relative gate is 10 LU below the loudness of the mean of the remaining blocks'
 * mean squares; the integrated loudness is the loudness of the mean of the blocks above both gates. NaN until a block
 * passes the absolute gate.</li>
 * <li><b>Loudness range</b> (EBU Tech 3342): the short-term (3 s) loudness every 100 ms (2.9 s overlap); absolute
 * gate -70 LUFS; relative gate 20 LU below the loudness of the mean of the absolute-gated blocks' mean squares; the
 * range is the 95th minus the 10th percentile (nearest rank, {@code x[round((n - 1) p)]} of the sorted values) of the
 * blocks above both gates, in LU. NaN until a short-term block passes the gates.</li>
 * </ul>
 *
 * <p>Bounded state: the 3 s of 20 ms step energies in a ring, and two histograms of the gated blocks' loudness in
 * {@value #BIN_LU} LU bins from -70 to +10 LUFS (louder blocks go into the top bin), each bin holding the block count
 * and the exact sum of their mean squares. The integrated loudness is therefore exact except that the blocks in the
 * one bin that holds the relative gate are kept or dropped together (by the bin's centre); the percentiles of the
 * range are bin centres, within 0.005 LU of the true short-term values.
 *
 * <p>Steps: step {@code k} of a segment covers samples {@code floor(k rate / 50) .. floor((k + 1) rate / 50)}, so at
 * rates that are not multiples of 50 Hz the steps differ by one sample and every 400 ms or 3 s window is exact to one
 * sample.
 */
public final class LoudnessMeter {

    /** The channel weight of a mono signal counted on both channels of a stereo pair (libebur128's dual mono). */
    public static final double DUAL_MONO = 2.0;

    /** The channel weight of one front channel (L, R or C) on its own. */
    public static final double SINGLE_CHANNEL = 1.0;

    /** Window steps per second: the windows slide by 20 ms. */
    public static final int STEPS_PER_SECOND = 50;

    /** Width of a histogram bin in LU. */
    public static final double BIN_LU = 0.01;

    static final int MOMENTARY_STEPS = 20;
    static final int SHORT_TERM_STEPS = 150;
    static final int BLOCK_HOP_STEPS = 5;

    private static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double HISTOGRAM_TOP_LUFS = 10.0;
    private static final int BINS = (int) Math.round((HISTOGRAM_TOP_LUFS - ABSOLUTE_GATE_LUFS) / BIN_LU);
    private static final double INTEGRATED_RELATIVE_GATE_LU = -10.0;
    private static final double RANGE_RELATIVE_GATE_LU = -20.0;
    private static final double RANGE_LOW_PERCENTILE = 0.10;
    private static final double RANGE_HIGH_PERCENTILE = 0.95;

    private final int sampleRateHz;
    private final double channelWeight;
    private final KWeighting filter;

    private final double[] stepEnergy = new double[SHORT_TERM_STEPS];
    private final int[] stepSamples = new int[SHORT_TERM_STEPS];
    private int ringPosition;
    private long steps;
    private long stepLength;
    private int stepFill;
    private double stepSum;

    private double momentaryMeanSquare = Double.NaN;
    private double shortTermMeanSquare = Double.NaN;

    private final GatedHistogram blocks = new GatedHistogram();
    private final GatedHistogram shortTermBlocks = new GatedHistogram();
    private double integratedLufs = Double.NaN;
    private double rangeLu = Double.NaN;
    private boolean integratedStale;
    private boolean rangeStale;

    /**
     * @param sampleRateHz  the rate of the samples, above 3364 Hz (the K-weighting's shelf must lie below Nyquist)
     * @param channelWeight the sum of the BS.1770 weights of the channels the samples stand for: {@link #DUAL_MONO}
     *                      for a mono downmix read as a stereo pair, {@link #SINGLE_CHANNEL} for one channel
     * @throws IllegalArgumentException when a parameter is out of range
     */
    public LoudnessMeter(int sampleRateHz, double channelWeight) {
        if (!(channelWeight > 0) || Double.isInfinite(channelWeight)) {
            throw new IllegalArgumentException("channelWeight must be positive and finite, was " + channelWeight);
        }
        this.filter = new KWeighting(sampleRateHz);
        this.sampleRateHz = sampleRateHz;
        this.channelWeight = channelWeight;
        restartWindows();
    }

    /** The sample rate the meter was made for, in Hz. */
    public int sampleRateHz() {
        return sampleRateHz;
    }

    /** Measures {@code samples[offset .. offset + length)}, the next samples of the stream. Allocates nothing. */
    public void add(float[] samples, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, samples.length);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int n = (int) Math.min(end - i, stepLength - stepFill);
            double sum = stepSum;
            for (int j = i; j < i + n; j++) {
                double y = filter.filter(samples[j]);
                sum += y * y;
            }
            stepSum = sum;
            stepFill += n;
            i += n;
            if (stepFill == stepLength) {
                completeStep();
            }
        }
    }

    /**
     * Starts the sliding windows and the K-weighting filter afresh, keeping the integrated loudness and the loudness
     * range measured so far: for a discontinuous stream (samples were lost). Momentary and short-term loudness are
     * NaN again until 400 ms and 3 s of new signal have been added; no gating block spans the discontinuity.
     */
    public void restartWindows() {
        filter.reset();
        Arrays.fill(stepEnergy, 0.0);
        Arrays.fill(stepSamples, 0);
        ringPosition = 0;
        steps = 0;
        stepFill = 0;
        stepSum = 0.0;
        stepLength = stepBoundary(1);
        momentaryMeanSquare = Double.NaN;
        shortTermMeanSquare = Double.NaN;
    }

    /** Forgets everything, as if just created. */
    public void reset() {
        restartWindows();
        blocks.clear();
        shortTermBlocks.clear();
        integratedLufs = Double.NaN;
        rangeLu = Double.NaN;
        integratedStale = false;
        rangeStale = false;
    }

    /** The momentary loudness (last 400 ms) in LUFS; NaN before the first 400 ms, -infinity for digital silence. */
    public double momentaryLufs() {
        return lufs(momentaryMeanSquare);
    }

    /** The short-term loudness (last 3 s) in LUFS; NaN before the first 3 s, -infinity for digital silence. */
    public double shortTermLufs() {
        return lufs(shortTermMeanSquare);
    }

    /** The gated integrated loudness of everything so far in LUFS; NaN until a block passes the absolute gate. */
    public double integratedLufs() {
        if (integratedStale) {
            integratedLufs = blocks.gatedLufs(INTEGRATED_RELATIVE_GATE_LU);
            integratedStale = false;
        }
        return integratedLufs;
    }

    /** The loudness range (EBU Tech 3342) of everything so far in LU; NaN until a short-term block passes the gates. */
    public double loudnessRangeLu() {
        if (rangeStale) {
            rangeLu = shortTermBlocks.range(RANGE_RELATIVE_GATE_LU, RANGE_LOW_PERCENTILE, RANGE_HIGH_PERCENTILE);
            rangeStale = false;
        }
        return rangeLu;
    }

    private long stepBoundary(long step) {
        return step * sampleRateHz / STEPS_PER_SECOND;
    }

    private void completeStep() {
        stepEnergy[ringPosition] = stepSum;
        stepSamples[ringPosition] = stepFill;
        ringPosition = ringPosition + 1 == SHORT_TERM_STEPS ? 0 : ringPosition + 1;
        steps++;
        stepSum = 0.0;
        stepFill = 0;
        stepLength = stepBoundary(steps + 1) - stepBoundary(steps);
        if (steps >= MOMENTARY_STEPS) {
            momentaryMeanSquare = windowMeanSquare(MOMENTARY_STEPS);
            if (steps % BLOCK_HOP_STEPS == 0 && blocks.add(channelWeight * momentaryMeanSquare)) {
                integratedStale = true;
            }
        }
        if (steps >= SHORT_TERM_STEPS) {
            shortTermMeanSquare = windowMeanSquare(SHORT_TERM_STEPS);
            if (steps % BLOCK_HOP_STEPS == 0 && shortTermBlocks.add(channelWeight * shortTermMeanSquare)) {
                rangeStale = true;
            }
        }
    }

    private double windowMeanSquare(int count) {
        double energy = 0.0;
        long samples = 0;
        int p = ringPosition;
        for (int i = 0; i < count; i++) {
            p = p == 0 ? SHORT_TERM_STEPS - 1 : p - 1;
            energy += stepEnergy[p];
            samples += stepSamples[p];
        }
        return energy / samples;
    }

    private double lufs(double meanSquare) {
        return loudness(channelWeight * meanSquare);
    }

    /** {@code -0.691 + 10 log10(z)}: the loudness in LUFS of a channel-weighted mean square {@code z}. */
    public static double loudness(double weightedMeanSquare) {
        return -0.691 + 10 * Math.log10(weightedMeanSquare);
    }

    /** Blocks above the absolute gate, binned by loudness, with the exact sum of their weighted mean squares. */
    private static final class GatedHistogram {

        private final int[] counts = new int[BINS];
        private final double[] energies = new double[BINS];
        private long totalCount;
        private double totalEnergy;

        void clear() {
            Arrays.fill(counts, 0);
            Arrays.fill(energies, 0.0);
            totalCount = 0;
            totalEnergy = 0.0;
        }

        /** Adds a block of weighted mean square {@code z}; false when the absolute gate drops it. */
        boolean add(double z) {
            double l = loudness(z);
            if (!(l > ABSOLUTE_GATE_LUFS)) {
                return false;
            }
            int bin = (int) Math.min(BINS - 1, Math.floor((l - ABSOLUTE_GATE_LUFS) / BIN_LU));
            counts[bin]++;
            energies[bin] += z;
            totalCount++;
            totalEnergy += z;
            return true;
        }

        /** The first bin whose centre lies above {@code relativeGateLu} below the mean of all blocks. */
        private int firstBinAboveRelativeGate(double relativeGateLu) {
            double gate = loudness(totalEnergy / totalCount) + relativeGateLu;
            int bin = (int) Math.ceil((gate - ABSOLUTE_GATE_LUFS) / BIN_LU - 0.5);
            if (centre(bin) <= gate) {
                bin++;
            }
            return Math.max(0, bin);
        }

        double gatedLufs(double relativeGateLu) {
            if (totalCount == 0) {
                return Double.NaN;
            }
            double energy = 0.0;
            long count = 0;
            for (int bin = firstBinAboveRelativeGate(relativeGateLu); bin < BINS; bin++) {
                energy += energies[bin];
                count += counts[bin];
            }
            return count == 0 ? Double.NaN : loudness(energy / count);
        }

        double range(double relativeGateLu, double low, double high) {
            if (totalCount == 0) {
                return Double.NaN;
            }
            int first = firstBinAboveRelativeGate(relativeGateLu);
            long n = 0;
            for (int bin = first; bin < BINS; bin++) {
                n += counts[bin];
            }
            if (n == 0) {
                return Double.NaN;
            }
            long lowRank = Math.round((n - 1) * low);
            long highRank = Math.round((n - 1) * high);
            double lowLufs = Double.NaN;
            long seen = 0;
            for (int bin = first; bin < BINS; bin++) {
                seen += counts[bin];
                if (Double.isNaN(lowLufs) && seen > lowRank) {
                    lowLufs = centre(bin);
                }
                if (seen > highRank) {
                    return centre(bin) - lowLufs;
                }
            }
            throw new IllegalStateException("percentile beyond the histogram");
        }

        private static double centre(int bin) {
            return ABSOLUTE_GATE_LUFS + (bin + 0.5) * BIN_LU;
        }
    }
}
