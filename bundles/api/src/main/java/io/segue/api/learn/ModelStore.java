package io.segue.api.learn;

import java.io.IOException;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Learned models, stored durably beside the library so that they survive restarts. */
@ProviderType
public interface ModelStore {

    /** The model last saved by {@code learnerId}, if any. */
    Optional<StoredModel> load(String learnerId);

    /** Saves (replaces) a learner's model; on disk when this returns. */
    void save(StoredModel model) throws IOException;

    /** Deletes a learner's model; nothing happens when there is none. */
    void delete(String learnerId) throws IOException;

    /**
     * A learner's model in its stored form.
     *
     * @param learnerId        whose
     * @param version          the version of the stored form: a learner refuses (and starts over from) a version it
     *                         does not know, and says so
     * @param json             the model
     * @param savedEpochMillis when it was saved
     */
    record StoredModel(String learnerId, int version, String json, long savedEpochMillis) {
    }
}
