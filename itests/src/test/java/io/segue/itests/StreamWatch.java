package io.segue.itests;

import io.segue.api.audio.AudioFormat;
import io.segue.api.stream.AudioChunkListener;
import io.segue.api.stream.StreamEvent;
import io.segue.api.stream.StreamListener;
import io.segue.api.stream.StreamState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Watches the live stream from inside the framework: the arrival time and sequence number of every chunk (as a
 * chunk listener service) and every state change (as a stream listener service).
 */
final class StreamWatch implements AutoCloseable {

    /** A chunk as the analysis thread handed it over. */
    record Arrival(long nanos, long sequence) {
    }

    /** A state change and when it was told, on the monotonic clock. */
    record Change(long nanos, StreamEvent event) {
    }

    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final List<Change> changes = new CopyOnWriteArrayList<>();
    private final ServiceRegistration<AudioChunkListener> chunkRegistration;
    private final ServiceRegistration<StreamListener> stateRegistration;

    StreamWatch(BundleContext context) {
        chunkRegistration = context.registerService(AudioChunkListener.class, new AudioChunkListener() {
            @Override
            public void onChunk(long sequence, long captureNanos, AudioFormat format, float[] samples, int frames) {
                arrivals.add(new Arrival(System.nanoTime(), sequence));
            }
        }, null);
        stateRegistration = context.registerService(StreamListener.class,
                event -> changes.add(new Change(System.nanoTime(), event)), null);
    }

    int chunks() {
        return arrivals.size();
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    /** The first change into {@code state} told after {@code sinceNanos}, or null. */
    Change firstChange(StreamState state, long sinceNanos) {
        return changes.stream().filter(c -> c.nanos() >= sinceNanos && c.event().current() == state).findFirst()
                .orElse(null);
    }

    /** The first chunk that arrived after {@code sinceNanos}, or null. */
    Arrival firstChunkAfter(long sinceNanos) {
        return arrivals.stream().filter(a -> a.nanos() > sinceNanos).findFirst().orElse(null);
    }

    /** Whether the sequence numbers never went backwards or repeated. */
    boolean sequencesIncrease() {
        for (int i = 1; i < arrivals.size(); i++) {
            if (arrivals.get(i).sequence() <= arrivals.get(i - 1).sequence()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        chunkRegistration.unregister();
        stateRegistration.unregister();
    }
}
