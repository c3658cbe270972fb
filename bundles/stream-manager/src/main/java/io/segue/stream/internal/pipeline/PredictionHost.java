package io.segue.stream.internal.pipeline;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionListener;
import io.segue.api.predict.Predictor;
import io.segue.api.predict.TrackCue;
import io.segue.api.stream.QueueStats;
import io.segue.stream.internal.ring.CopyOnWriteArray;
import io.segue.stream.internal.ring.SlotRing;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Feeds every {@link Predictor} service the live feature frames, off the analysis thread: the analysis thread copies
 * each frame into a bounded queue of preallocated slots (when any predictor is present; never waiting, the oldest
 * frame dropped and counted when the predictors lag), and the prediction thread takes them, hands each to every
 * predictor and passes their predictions to every {@link PredictionListener}.
 */
final class PredictionHost {

    private static final long TAKE_MILLIS = 100;

    private final CopyOnWriteArray<Predictor> predictors = new CopyOnWriteArray<>(Predictor[]::new);
    private final CopyOnWriteArray<PredictionListener> listeners =
            new CopyOnWriteArray<>(PredictionListener[]::new);
    private final Consumer<String> problems;
    private final Consumer<Prediction> publisher = this::publish;
    private final Thread thread;

    /** A stream's queue and the prediction thread's cursor over it, replaced together. */
    private record Feed(FeatureQueue queue, SlotRing.Reader reader) {

        static Feed of(int capacity) {
            FeatureQueue queue = new FeatureQueue(capacity);
            return new Feed(queue, queue.newReader());
        }
    }

    private volatile Feed feed;
    private volatile long offered;
    /** Frames dropped from the queues of earlier streams. */
    private volatile long droppedBefore;
    /** Bumped by a new stream: the prediction thread resets the predictors before the next frame. */
    private volatile int streams;
    private volatile long made;
    /** A track cue for the predictors, delivered by the prediction thread before the next frame. */
    private final AtomicReference<TrackCue> pendingCue = new AtomicReference<>();
    private volatile boolean closed;

    /** @param problems told of a predictor or listener that failed (it stays; its failure is reported) */
    PredictionHost(int capacity, Consumer<String> problems) {
        this.feed = Feed.of(capacity);
        this.problems = problems;
        this.thread = new Thread(this::run, "segue-prediction");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void addPredictor(Predictor predictor) {
        predictors.add(predictor);
    }

    void removePredictor(Predictor predictor) {
        predictors.remove(predictor);
    }

    void addListener(PredictionListener listener) {
        listeners.add(listener);
    }

    void removeListener(PredictionListener listener) {
        listeners.remove(listener);
    }

    /** On the analysis thread, for each frame: never waits, allocates nothing. */
    void offer(FrameAnalyzer frame, ExtractorSet set) {
        if (predictors.get().length == 0) {
            return;
        }
        feed.queue().write(frame, set);
        offered++;
    }

    /** On the analysis thread, when a new stream starts: a fresh queue and, before its frames, fresh predictors. */
    void newStream(int capacity) {
        Feed previous = feed;
        feed = Feed.of(capacity);
        droppedBefore += previous.reader().dropped();
        streams++;
    }

    /** From any thread: the predictors receive {@code cue} on their thread before the next frame. */
    void cue(TrackCue cue) {
        pendingCue.set(cue);
    }

    QueueStats stats() {
        Feed current = feed;
        return new QueueStats(current.reader().backlog(), current.queue().capacity(), offered,
                droppedBefore + current.reader().dropped());
    }

    /** Predictions made since the start. */
    long made() {
        return made;
    }

    void close() {
        closed = true;
        thread.interrupt();
    }

    private void run() {
        Feed current = feed;
        int seenStreams = 0; // not read from the field: a stream may start before this thread runs
        while (!closed) {
            Feed latest = feed;
            if (latest != current) {
                current.queue().removeReader(current.reader());
                current = latest;
            }
            if (streams != seenStreams) {
                seenStreams = streams;
                for (Predictor predictor : predictors.get()) {
                    try {
                        predictor.reset();
                    } catch (RuntimeException | LinkageError e) {
                        problems.accept("predictor " + predictor.getClass().getName() + " failed to reset: " + e);
                    }
                }
            }
            Optional<FeatureFrame> frame;
            try {
                frame = current.queue().take(current.reader(), TimeUnit.MILLISECONDS.toNanos(TAKE_MILLIS));
            } catch (InterruptedException e) {
                continue; // close() interrupts; the loop condition decides
            }
            // after the take: a cue given before this frame was analysed is seen before it
            TrackCue cue = pendingCue.getAndSet(null);
            if (cue != null) {
                deliver(cue);
            }
            if (frame.isEmpty()) {
                continue;
            }
            for (Predictor predictor : predictors.get()) {
                try {
                    predictor.observe(frame.get(), publisher);
                } catch (RuntimeException | LinkageError e) {
                    problems.accept("predictor " + predictor.getClass().getName() + " failed: " + e);
                }
            }
        }
    }

    private void deliver(TrackCue cue) {
        for (Predictor predictor : predictors.get()) {
            try {
                predictor.cue(cue);
            } catch (RuntimeException | LinkageError e) {
                problems.accept("predictor " + predictor.getClass().getName() + " failed on a cue: " + e);
            }
        }
    }

    private void publish(Prediction prediction) {
        made++;
        for (PredictionListener listener : listeners.get()) {
            try {
                listener.onPrediction(prediction);
            } catch (RuntimeException | LinkageError e) {
                problems.accept("prediction listener " + listener.getClass().getName() + " failed: " + e);
            }
        }
    }
}
