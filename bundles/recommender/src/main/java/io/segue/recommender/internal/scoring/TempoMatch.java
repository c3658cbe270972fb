package io.segue.recommender.internal.scoring;

/**
 * Tempo compatibility: the rate change a DJ applies to a candidate to beat-match it with the reference, after
 * folding half and double tempo. A 64 BPM track beat-matches 128 played at ×2 (every other beat on a beat); folding
 * picks the power of two that brings the candidate within a factor of √2 of the reference, so no tempo is ever
 * folded twice in the same direction by accident and every tempo has exactly one folded value.
 *
 * <p>The score is linear in the rate change: 1 at 0 %, 0 at the tolerance and beyond. A tempo out of reach is a
 * low score, not a filter: the DJ may still want the track (a break, a change of pace).
 */
public final class TempoMatch {

    /** The lowest and highest tempo taken at face value; others are treated as unknown. */
    static final double MIN_BPM = 1;
    static final double MAX_BPM = 1000;

    private static final double PER_LN2 = 1 / Math.log(2);
    /** 2^k for k in -10..10: a sanitized tempo is never more than ten octaves from another. */
    private static final double[] POWERS_OF_TWO = new double[21];

    static {
        for (int k = -10; k <= 10; k++) {
            POWERS_OF_TWO[k + 10] = Math.scalb(1.0, k);
        }
    }

    private final double referenceOctaves;
    private final double perReferenceBpm;
    private final double perTolerancePercent;

    /**
     * Matching against one reference tempo (sanitized): the reciprocals computed once, so that scoring a candidate
     * needs no division, and folding is a table lookup rather than a data-dependent loop.
     */
    public TempoMatch(double referenceBpm, double tolerancePercent) {
        this.referenceOctaves = octaves(referenceBpm);
        this.perReferenceBpm = 1 / referenceBpm;
        this.perTolerancePercent = 1 / tolerancePercent;
    }

    /** {@code log2(bpm)}: where a tempo sits in octaves, kept per track so that folding needs no logarithm. */
    public static double octaves(double bpm) {
        return Math.log(bpm) * PER_LN2;
    }

    /** {@link #foldFactor(double, double, boolean)} against this reference. */
    public double foldFactor(double candidateBpm, boolean fold) {
        return fold ? foldFactorOfOctaves(octaves(candidateBpm)) : 1;
    }

    /**
     * The power of two that brings a candidate at {@code candidateOctaves} ({@link #octaves}) into
     * [reference / √2, reference × √2): half an octave either side.
     */
    public double foldFactorOfOctaves(double candidateOctaves) {
        int k = (int) Math.ceil(referenceOctaves - candidateOctaves - 0.5);
        return POWERS_OF_TWO[Math.max(-10, Math.min(10, k)) + 10];
    }

    /** {@link #scoreOfRate(double, double)} of the rate change that plays {@code candidateBpm × factor} here. */
    public double score(double candidateBpm, double factor) {
        return Math.max(0, 1 - Math.abs((candidateBpm * factor * perReferenceBpm - 1) * 100) * perTolerancePercent);
    }

    /** {@code bpm} when it is a usable tempo, else {@code NaN}. */
    public static double sanitize(double bpm) {
        return bpm >= MIN_BPM && bpm <= MAX_BPM ? bpm : Double.NaN;
    }

    /**
     * The power of two (…, ½, 1, 2, …) that brings {@code candidateBpm} into [reference / √2, reference × √2), or 1
     * when {@code fold} is false. Both tempos are sanitized (finite, 1..1000): at most ten halvings or doublings.
     */
    public static double foldFactor(double referenceBpm, double candidateBpm, boolean fold) {
        return new TempoMatch(referenceBpm, 1).foldFactor(candidateBpm, fold);
    }

    /** The rate change in percent that plays {@code candidateBpm × factor} at the reference tempo. */
    public static double ratePercent(double referenceBpm, double candidateBpm, double factor) {
        return (candidateBpm * factor / referenceBpm - 1) * 100;
    }

    /** 1 at 0 %, falling linearly to 0 at ±{@code tolerancePercent}, 0 beyond. */
    public static double scoreOfRate(double ratePercent, double tolerancePercent) {
        double score = 1 - Math.abs(ratePercent) / tolerancePercent;
        return score > 0 ? score : 0;
    }

    /**
     * The reason for a tempo score, e.g. {@code "128.0 → 129.5 BPM, +1.2 %"} or
     * {@code "128.0 → 65.0 BPM ×2 = 130.0, +1.6 %"}.
     *
     * @param lockedNote whether to say that a lock prevented a fold that would otherwise have applied
     */
    static String reason(double referenceBpm, double candidateBpm, double factor, double tolerancePercent,
            boolean lockedNote) {
        double percent = ratePercent(referenceBpm, candidateBpm, factor);
        StringBuilder reason = new StringBuilder(96);
        Decimals.append(reason, referenceBpm, 1, false).append(" → ");
        Decimals.append(reason, candidateBpm, 1, false).append(" BPM");
        if (factor != 1) {
            reason.append(' ').append(factorName(factor)).append(" = ");
            Decimals.append(reason, candidateBpm * factor, 1, false);
        }
        Decimals.append(reason.append(", "), percent, 1, true).append(" %");
        if (Math.abs(percent) >= tolerancePercent) {
            Decimals.append(reason.append(", beyond ±"), tolerancePercent, 1, false).append(" %");
        }
        if (lockedNote) {
            reason.append(" (tempo locked: not folded to half or double)");
        }
        return reason.toString();
    }

    private static String factorName(double factor) {
        if (factor > 1) {
            return "×" + Math.round(factor);
        }
        long divisor = Math.round(1 / factor);
        return divisor == 2 ? "×½" : "×1/" + divisor;
    }
}
