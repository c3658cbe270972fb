package io.segue.api.feature;

import java.util.Objects;

/**
 * One output of an extractor: a fixed number of values per frame.
 *
 * <p>Conventions for values that are not plain measurements:
 * <ul>
 * <li><b>none</b>: NaN, e.g. no tempo or key on silence or noise (with its confidence output 0);</li>
 * <li><b>keys</b>: {@link MusicalKey#index()}, 0..23;</li>
 * <li><b>events</b> (onsets, beats): the event's time in seconds relative to the frame's
 * {@link FeatureFrame#startSeconds()} (negative when the event lies before the window's first sample, as it does
 * once a detector's delay is compensated), NaN in frames that report no event; at most one per frame;</li>
 * <li><b>so far</b> outputs (unit and description say so): describe everything since the stream or file began, so
 * the last frame of a file carries the file's value ({@link FeatureSummary#last()}).</li>
 * </ul>
 *
 * @param id          short identifier, unique within its extractor (e.g. {@code centroid})
 * @param name        human-readable name
 * @param unit        unit of the values (e.g. {@code Hz}, {@code dBFS}), empty when dimensionless
 * @param size        values per frame, positive
 * @param minValue    the smallest value the output can take ({@code Double.NEGATIVE_INFINITY} if unbounded)
 * @param maxValue    the largest value the output can take ({@code Double.POSITIVE_INFINITY} if unbounded)
 * @param description one sentence on what the value means and how it is computed
 */
public record OutputDescriptor(String id, String name, String unit, int size, double minValue, double maxValue,
        String description) {

    public OutputDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (size <= 0) {
            throw new IllegalArgumentException("output '" + id + "' size must be positive, was " + size);
        }
        if (!(minValue <= maxValue)) {
            throw new IllegalArgumentException("output '" + id + "' has minValue > maxValue");
        }
    }
}
