package io.segue.learner.internal.component;

import io.segue.api.learn.ModelStore;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ModelStore} in memory (the library bundle keeps the real one in its SQLite file), which can be told to
 * fail, as a full disk would.
 */
final class InMemoryModelStore implements ModelStore {

    private final Map<String, StoredModel> models = new ConcurrentHashMap<>();
    private final AtomicInteger saves = new AtomicInteger();
    private volatile boolean failing;

    @Override
    public Optional<StoredModel> load(String learnerId) {
        return Optional.ofNullable(models.get(learnerId));
    }

    @Override
    public void save(StoredModel model) throws IOException {
        if (failing) {
            throw new IOException("disk full (test)");
        }
        models.put(model.learnerId(), model);
        saves.incrementAndGet();
    }

    @Override
    public void delete(String learnerId) throws IOException {
        if (failing) {
            throw new IOException("disk full (test)");
        }
        models.remove(learnerId);
    }

    void put(StoredModel model) {
        models.put(model.learnerId(), model);
    }

    int saves() {
        return saves.get();
    }

    void failing(boolean fail) {
        failing = fail;
    }
}
