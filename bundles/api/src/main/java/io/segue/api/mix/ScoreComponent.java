package io.segue.api.mix;

/**
 * One reason in a recommendation's score.
 *
 * @param name   what was scored: {@code tempo}, {@code key}, {@code energy}, {@code learned}, or a penalty's name
 * @param score  0..1 for this component alone (penalties: the amount taken off)
 * @param weight how much this component counts in the total
 * @param reason a short human-readable explanation, e.g. {@code "124 → 126 BPM, +1.6 %"}
 */
public record ScoreComponent(String name, double score, double weight, String reason) {
}
