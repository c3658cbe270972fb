package io.segue.recommender.internal.scoring;

import io.segue.api.mix.EnergyIntent;
import java.util.Locale;

/**
 * How well a candidate's energy (0..1) follows the DJ's intent from the reference's energy. The change
 * {@code Δ = candidate − reference}:
 *
 * <ul>
 *   <li>MAINTAIN: 1 at Δ = 0, falling linearly to 0 at |Δ| = {@value #MAINTAIN_SPAN};</li>
 *   <li>UP: 1 for a moderate rise, Δ in {@value #RISE_LOW}..{@value #RISE_HIGH}; falling to 0 at
 *       Δ = {@value #RISE_LOW} − {@value #SHORT_SPAN} (no change scores 0.5, any drop 0) and
 *       at Δ = {@value #RISE_HIGH} + {@value #OVERSHOOT_SPAN} (a jump that breaks the set's arc);</li>
 *   <li>DOWN: the mirror of UP.</li>
 * </ul>
 */
public final class EnergyFit {

    static final double MAINTAIN_SPAN = 0.25;
    static final double RISE_LOW = 0.05;
    static final double RISE_HIGH = 0.25;
    static final double SHORT_SPAN = 0.1;
    static final double OVERSHOOT_SPAN = 0.35;

    private EnergyFit() {
    }

    /** The score of a change of energy {@code delta} under {@code intent}. */
    public static double score(EnergyIntent intent, double delta) {
        return switch (intent) {
            case MAINTAIN -> Math.max(0, 1 - Math.abs(delta) * (1 / MAINTAIN_SPAN));
            case UP -> rise(delta);
            case DOWN -> rise(-delta);
        };
    }

    /** A plateau between two linear ramps, as min and max rather than branches: the scoring loop runs it per track. */
    private static double rise(double delta) {
        double rising = 1 + (delta - RISE_LOW) * (1 / SHORT_SPAN);
        double overshooting = 1 - (delta - RISE_HIGH) * (1 / OVERSHOOT_SPAN);
        return Math.max(0, Math.min(1, Math.min(rising, overshooting)));
    }

    /** E.g. {@code "energy 0.60 → 0.75 (+0.15), intent up: a moderate rise"}. */
    static String reason(EnergyIntent intent, double reference, double candidate) {
        double delta = candidate - reference;
        String verdict = switch (intent) {
            case MAINTAIN -> Math.abs(delta) <= 0.05 ? "about the same" : delta > 0 ? "rises" : "drops";
            case UP -> delta < RISE_LOW ? (delta < 0 ? "drops" : "barely rises")
                    : delta > RISE_HIGH ? "jumps" : "a moderate rise";
            case DOWN -> -delta < RISE_LOW ? (delta > 0 ? "rises" : "barely drops")
                    : -delta > RISE_HIGH ? "falls away" : "a moderate drop";
        };
        StringBuilder reason = new StringBuilder(80).append("energy ");
        Decimals.append(reason, reference, 2, false).append(" → ");
        Decimals.append(reason, candidate, 2, false).append(" (");
        Decimals.append(reason, delta, 2, true).append("), intent ");
        return reason.append(intent.name().toLowerCase(Locale.ROOT)).append(": ").append(verdict).toString();
    }
}
