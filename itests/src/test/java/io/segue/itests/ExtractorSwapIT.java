package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioChunk;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The feature-extractors bundle is uninstalled and installed again while the stream runs: chunks keep flowing with
 * none lost, frames keep coming (without the extractors' values while they are gone), and the values come back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExtractorSwapIT {

    private static final String EXTRACTORS_BUNDLE = "io.segue.feature.extractors";
    private static final String CENTROID = "spectral-centroid";

    @Inject
    private BundleContext context;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    private ChunkReader chunks;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @After
    public void stopStream() throws InterruptedException {
        if (chunks != null) {
            chunks.stop();
        }
        streams.stop();
    }

    @Test
    public void theStreamKeepsFlowingWhileTheExtractorsAreReplaced() throws Exception {
        Await.until(() -> pipeline.status().extractorIds().contains(CENTROID), TIMEOUT,
                () -> "extractor " + CENTROID + " active; pipeline has " + pipeline.status().extractorIds());
        assertEquals(StreamState.RUNNING, streams.start("mock:sine?hz=440").state());
        chunks = new ChunkReader(streams);
        Frames frames = new Frames(pipeline);
        frames.awaitFrame(f -> f.values(CENTROID) != null, TIMEOUT, "with " + CENTROID);

        Bundle extractors = SegueRuntime.installedBundle(context, EXTRACTORS_BUNDLE);
        String location = extractors.getLocation();
        long capturedBefore = metrics().chunksIn();
        extractors.uninstall();

        frames.awaitFrame(f -> f.values(CENTROID) == null, TIMEOUT, "without " + CENTROID + " after the uninstall");
        for (int i = 0; i < 5; i++) {
            FeatureFrame frame = frames.next(TIMEOUT);
            assertNull("values of the uninstalled extractor in frame " + frame.index(), frame.values(CENTROID));
        }
        Await.until(() -> metrics().chunksIn() >= capturedBefore + 10, TIMEOUT,
                () -> "10 more chunks captured after the uninstall; " + metrics());
        assertEquals("chunks dropped while the extractors were gone", 0, metrics().chunksDropped());

        Bundle again = context.installBundle(location);
        again.start();
        FeatureFrame back = frames.awaitFrame(f -> f.values(CENTROID) != null, TIMEOUT,
                "with " + CENTROID + " after the reinstall");
        assertEquals(440.0, Frames.first(back, CENTROID), 4.4);

        Await.until(() -> metrics().chunksIn() >= capturedBefore + 20, TIMEOUT,
                () -> "chunks still captured after the reinstall; " + metrics());
        assertEquals("chunks dropped over the swap", 0, metrics().chunksDropped());
        assertEquals(StreamState.RUNNING, streams.status().state());
        chunks.stop();
        assertTrue("chunks read in sequence: " + chunks.count(), chunks.count() >= 20);
        assertNull("gap in the chunk sequence numbers", chunks.firstGap());
    }

    private StreamMetrics metrics() {
        return streams.status().metrics();
    }


    /** Reads every chunk through {@link AudioStreamManager#chunk} on its own thread and notes sequence gaps. */
    private static final class ChunkReader {

        private final AtomicLong count = new AtomicLong();
        private final AtomicReference<String> firstGap = new AtomicReference<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread thread;
        private volatile boolean closed;

        ChunkReader(AudioStreamManager streams) {
            thread = new Thread(() -> {
                long previous = -1;
                try {
                    while (!closed) {
                        Optional<AudioChunk> chunk = streams.chunk(Duration.ofMillis(100));
                        if (chunk.isPresent()) {
                            long sequence = chunk.get().sequence();
                            if (previous >= 0 && sequence != previous + 1) {
                                firstGap.compareAndSet(null, previous + " -> " + sequence);
                            }
                            previous = sequence;
                            count.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                }
            }, "ExtractorSwapIT chunk reader");
            thread.start();
        }

        long count() {
            return count.get();
        }

        String firstGap() {
            return firstGap.get();
        }

        /** Stops reading; idempotent. */
        void stop() throws InterruptedException {
            closed = true;
            thread.join(TIMEOUT.toMillis());
            assertFalse("chunk reader thread still running", thread.isAlive());
            if (failure.get() != null) {
                throw new AssertionError("chunk reader failed", failure.get());
            }
        }
    }
}
