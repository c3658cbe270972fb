package io.segue.api.feature;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives every feature frame of the live stream. Register as an OSGi service (whiteboard).
 *
 * <p>Threading: called on the analysis thread, in frame order. Must return quickly and must not block: a slow
 * listener makes the stream drop chunks (counted). Hand heavy work to a queue of your own.
 *
 * <p>After the listener's service goes away, at most one more call may arrive (the frame in flight).
 *
 * <p>Buffer ownership: {@code frame} is valid only during the call; keep {@link FeatureFrame#copy()}.
 */
@ConsumerType
@FunctionalInterface
public interface FeatureListener {

    void onFeatures(FeatureFrame frame);
}
