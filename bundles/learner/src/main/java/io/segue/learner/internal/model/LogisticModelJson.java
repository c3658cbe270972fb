package io.segue.learner.internal.model;

import java.util.List;
import java.util.Map;

/**
 * The stored and exported form of a {@link LogisticModel}, version {@value #VERSION}:
 *
 * <pre>{@code
 * {"kind": "logistic", "version": 1,
 *  "features": ["bias", "tempoDistance", ...],
 *  "weights": {"bias": 0.12, "tempoDistance": -1.8, ...},
 *  "learned": 200, "accepted": 97, "skipped": 0,
 *  "learningRate": 0.1, "l2": 0.0001}
 * }</pre>
 *
 * Weights are read by feature name, so a reader never mistakes one feature's weight for another's; a version this
 * code does not know is refused as a whole (see {@link #read}).
 */
public final class LogisticModelJson {

    public static final String KIND = "logistic";
    public static final int VERSION = 1;

    private LogisticModelJson() {
    }

    public static String write(LogisticModel model, List<String> features, double learningRate, double l2) {
        StringBuilder out = new StringBuilder("{\"kind\":");
        Json.string(out, KIND).append(",\"version\":").append(VERSION).append(",\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            Json.string(i == 0 ? out : out.append(','), features.get(i));
        }
        out.append("],\"weights\":{");
        for (int i = 0; i < features.size(); i++) {
            Json.string(i == 0 ? out : out.append(','), features.get(i)).append(':');
            Json.number(out, model.weight(i));
        }
        out.append("},\"learned\":").append(model.learned()).append(",\"accepted\":").append(model.accepted())
                .append(",\"skipped\":").append(model.skipped()).append(",\"learningRate\":");
        Json.number(out, learningRate).append(",\"l2\":");
        return Json.number(out, l2).append('}').toString();
    }

    /**
     * Reads a model of version {@value #VERSION}.
     *
     * @throws IllegalArgumentException when the text is not such a model: not JSON, another kind, another version, a
     *                                  feature missing or a weight that is not a finite number; the message says
     *                                  which
     */
    public static LogisticModel read(String json, List<String> features) {
        if (!(Json.parse(json) instanceof Map<?, ?> document)) {
            throw new IllegalArgumentException("the model is not a JSON object");
        }
        if (!KIND.equals(document.get("kind"))) {
            throw new IllegalArgumentException("the model's kind is " + document.get("kind") + ", not " + KIND);
        }
        if (!(document.get("version") instanceof Double version) || version != VERSION) {
            throw new IllegalArgumentException("the model's version is " + document.get("version")
                    + "; this learner reads version " + VERSION);
        }
        if (!(document.get("weights") instanceof Map<?, ?> stored)) {
            throw new IllegalArgumentException("the model has no \"weights\" object");
        }
        double[] weights = new double[features.size()];
        for (int i = 0; i < weights.length; i++) {
            if (!(stored.get(features.get(i)) instanceof Double weight) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("the model's weight of " + features.get(i) + " is "
                        + stored.get(features.get(i)) + ", not a finite number");
            }
            weights[i] = weight;
        }
        return new LogisticModel(weights, count(document, "learned"), count(document, "accepted"),
                count(document, "skipped"));
    }

    private static long count(Map<?, ?> document, String key) {
        if (!(document.get(key) instanceof Double value) || value < 0 || value != Math.rint(value)) {
            throw new IllegalArgumentException("the model's \"" + key + "\" is " + document.get(key)
                    + ", not a count");
        }
        return value.longValue();
    }
}
