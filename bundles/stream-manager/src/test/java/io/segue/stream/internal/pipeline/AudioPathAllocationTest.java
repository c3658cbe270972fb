package io.segue.stream.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.DeviceType;
import io.segue.stream.internal.capture.LiveStreamManager;
import io.segue.stream.internal.capture.StreamConfig;
import io.segue.stream.internal.devices.AudioDeviceDirectory;
import io.segue.stream.internal.testing.SineInput;
import io.segue.stream.internal.testing.TestProvider;
import io.segue.testing.Allocations;
import io.segue.testing.Await;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole live path, device thread and analysis thread, measured with the JVM's per-thread allocation counters
 * while a source that allocates nothing itself streams as fast as it can.
 */
class AudioPathAllocationTest {

    @ParameterizedTest(name = "window {0}")
    @ValueSource(ints = {2048, 16384})
    void deviceAndAnalysisThreadsAllocateNothingPerChunkInTheSteadyState(int windowSize) throws Exception {
        SineInput[] source = new SineInput[1];
        TestProvider provider = new TestProvider().with("sine", DeviceType.INPUT, f -> {
            source[0] = SineInput.endless(f.sampleRateHz(), 440);
            return source[0];
        });
        AudioDeviceDirectory devices = new AudioDeviceDirectory();
        devices.addProvider(provider);
        LiveStreamManager manager = new LiveStreamManager(devices,
                Configs.of(StreamConfig.class, Map.of("device", "test:sine", "inputQueueCapacity", 8000)),
                new RecordingLogger().logger());
        LivePipeline pipeline = new LivePipeline(Configs.of(PipelineConfig.class, Map.of("windowSize", windowSize)),
                new RecordingLogger().logger());
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.position()));
        pipeline.addExtractor(TestExtractors.bind(TestExtractors.peakBin()));
        AtomicReference<Thread> analysisThread = new AtomicReference<>();
        pipeline.addListener(frame -> analysisThread.compareAndSet(null, Thread.currentThread()));
        manager.addChunkListener(pipeline);
        manager.start();
        try {
            Await.until(() -> pipeline.status().framesProcessed() > 20_000, Duration.ofSeconds(60),
                    () -> "warm-up: " + pipeline.status());
            Thread device = source[0].readerThread();
            Thread analysis = analysisThread.get();
            long deviceBefore = Allocations.allocatedBytes(device);
            long analysisBefore = Allocations.allocatedBytes(analysis);
            long capturedBefore = manager.status().metrics().chunksIn();
            long deliveredBefore = manager.status().metrics().chunksOut();
            assertTrue(deviceBefore > 0 && analysisBefore > 0, "the counters work: both threads allocated at start");

            Await.until(() -> manager.status().metrics().chunksOut() > deliveredBefore + 20_000,
                    Duration.ofSeconds(90), () -> "measuring: " + manager.status());

            long deviceBytes = Allocations.allocatedBytes(device) - deviceBefore;
            long analysisBytes = Allocations.allocatedBytes(analysis) - analysisBefore;
            long captured = manager.status().metrics().chunksIn() - capturedBefore;
            long delivered = manager.status().metrics().chunksOut() - deliveredBefore;
            // a few hundred bytes of slack for the JVM's own bookkeeping; one allocation per chunk would be >= 16 B each
            assertTrue(deviceBytes < 2048, "device thread: " + deviceBytes + " bytes over " + captured + " chunks");
            assertTrue(analysisBytes < 2048,
                    "analysis thread: " + analysisBytes + " bytes over " + delivered + " chunks");
        } finally {
            manager.stop();
        }
        assertEquals(0, pipeline.status().featuresDropped(), "nobody took features, so none counted as dropped");
    }
}
