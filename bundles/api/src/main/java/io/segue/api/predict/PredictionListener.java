package io.segue.api.predict;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives every prediction. Register as an OSGi service (whiteboard).
 *
 * <p>Threading: called on the prediction thread, never the analysis thread; must return quickly.
 */
@ConsumerType
@FunctionalInterface
public interface PredictionListener {

    void onPrediction(Prediction prediction);
}
