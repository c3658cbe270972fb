package io.segue.learner.internal.features;

import java.util.Map;

/**
 * How alike two tracks sound, from their analysis summaries (the mean of every scalar output over the file): the
 * cosine of the two vectors of timbre outputs they share — the {@code mfcc.*} and {@code spectral-*} means.
 *
 * <p>Those outputs come in different units (Hz for a centroid, dB for MFCCs, plain ratios for flatness), so a raw
 * cosine would be the centroid's alone. Each shared output is first divided, in both tracks, by the larger of its
 * two magnitudes: every output then weighs the same, −1..1, whatever its unit. The first MFCC coefficient (the
 * frame's overall level) is left out, loudness having its own feature.
 */
public final class SpectralSimilarity {

    /** Fewer shared outputs than this say nothing: the similarity is then 0, the middle of its range. */
    static final int MIN_SHARED = 2;

    private SpectralSimilarity() {
    }

    /** −1..1; 0 when the summaries share fewer than {@value #MIN_SHARED} timbre outputs. */
    public static double of(Map<String, Double> from, Map<String, Double> to) {
        double dot = 0;
        double fromNorm = 0;
        double toNorm = 0;
        int shared = 0;
        for (Map.Entry<String, Double> entry : from.entrySet()) {
            String key = entry.getKey();
            if (!isTimbre(key)) {
                continue;
            }
            Double other = to.get(key);
            double a = entry.getValue();
            if (other == null || !Double.isFinite(a) || !Double.isFinite(other)) {
                continue;
            }
            double b = other;
            double scale = Math.max(Math.abs(a), Math.abs(b));
            if (scale == 0) {
                continue; // both 0: the output says nothing about either track
            }
            a /= scale;
            b /= scale;
            dot += a * b;
            fromNorm += a * a;
            toNorm += b * b;
            shared++;
        }
        if (shared < MIN_SHARED || fromNorm == 0 || toNorm == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, dot / Math.sqrt(fromNorm * toNorm)));
    }

    static boolean isTimbre(String key) {
        return key.startsWith("spectral-") || key.startsWith("mfcc.") && !key.equals("mfcc.mfcc[0]");
    }
}
