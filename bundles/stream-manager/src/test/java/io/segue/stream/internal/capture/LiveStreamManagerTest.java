package io.segue.stream.internal.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceType;
import io.segue.api.stream.AudioChunk;
import io.segue.api.stream.AudioChunkListener;
import io.segue.api.stream.StreamEvent;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import io.segue.stream.internal.devices.AudioDeviceDirectory;
import io.segue.stream.internal.testing.SineInput;
import io.segue.stream.internal.testing.TestProvider;
import io.segue.testing.Await;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveStreamManagerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TestProvider provider = new TestProvider()
            .with("sine", DeviceType.INPUT, f -> SineInput.endless(f.sampleRateHz(), 440))
            .with("stereo", DeviceType.INPUT, f -> new SineInput(new AudioFormat(f.sampleRateHz(), 2), 440, -1, -1))
            .with("short", DeviceType.INPUT, f -> new SineInput(f, 440, 5000, -1))
            .with("flaky", DeviceType.INPUT, f -> new SineInput(f, 440, -1, 4096))
            .with("busy", DeviceType.INPUT, f -> null)
            .with("broken", DeviceType.INPUT, f -> brokenInput());
    private final AtomicBoolean brokenClosed = new AtomicBoolean();
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    private final RecordingLogger log = new RecordingLogger();
    private LiveStreamManager manager;

    private LiveStreamManager manager(Map<String, Object> config) {
        AudioDeviceDirectory devices = new AudioDeviceDirectory();
        devices.addProvider(provider);
        manager = new LiveStreamManager(devices, Configs.of(StreamConfig.class, config), log.logger());
        manager.addStateListener(events::add);
        return manager;
    }

    @AfterEach
    void stop() {
        if (manager != null) {
            manager.stop();
        }
    }

    @Test
    void startedStreamDeliversNumberedChunksOfTheConfiguredSize() throws Exception {
        manager(Map.of("device", "test:sine", "chunkFrames", 256));
        StreamStatus started = manager.start();
        assertEquals(StreamState.RUNNING, started.state());
        assertEquals("test:sine", started.deviceId());
        assertEquals(AudioFormat.mono(22050), started.format());

        AudioChunk first = manager.chunk(WAIT).orElseThrow();
        AudioChunk second = manager.chunk(WAIT).orElseThrow();
        assertEquals(256, first.samples().length);
        assertTrue(second.sequence() > first.sequence());
        assertTrue(second.captureNanos() >= first.captureNanos());
        Await.until(() -> manager.status().metrics().chunksIn() > 100, WAIT, () -> manager.status().toString());

        StreamStatus stopped = manager.stop();
        assertEquals(StreamState.STOPPED, stopped.state());
        long captured = stopped.metrics().chunksIn();
        assertEquals(captured, manager.status().metrics().chunksIn(), "nothing is captured after stop");
        assertEquals(List.of(StreamState.STARTING, StreamState.RUNNING, StreamState.STOPPING, StreamState.STOPPED),
                events.stream().map(StreamEvent::current).toList());
    }

    @Test
    void aMissingConfiguredDeviceFallsBackToTheFallbackDeviceAndSaysSo() throws Exception {
        manager(Map.of("device", "test:gone", "fallbackDevice", "test:sine"));

        StreamStatus status = manager.start();

        assertEquals(StreamState.RUNNING, status.state());
        assertEquals("test:sine", status.deviceId());
        assertTrue(status.message().startsWith("running on the fallback device test:sine: the configured device "
                + "test:gone is unavailable (no audio device 'test:gone'"), status.message());
        assertTrue(manager.chunk(WAIT).isPresent(), "the fallback delivers");
        assertEquals(List.of(StreamState.STARTING, StreamState.RUNNING),
                events.stream().map(StreamEvent::current).toList());
    }

    @Test
    void aConfiguredDeviceThatFailsToOpenFallsBackAfterItsFailureIsShown() throws Exception {
        manager(Map.of("device", "test:busy", "fallbackDevice", "test:sine"));

        StreamStatus status = manager.start();

        assertEquals("test:sine", status.deviceId());
        assertTrue(status.message().contains("test:busy is unavailable (device busy)"), status.message());
        assertEquals(List.of(StreamState.STARTING, StreamState.FAILED, StreamState.STARTING, StreamState.RUNNING),
                events.stream().map(StreamEvent::current).toList(), "every transition is told");
    }

    @Test
    void aNamedDeviceOrAnEmptyFallbackGetsNoFallback() throws Exception {
        manager(Map.of("device", "test:sine", "fallbackDevice", "test:stereo"));
        assertThrows(IllegalArgumentException.class, () -> manager.start("test:gone"),
                "an operator who names a device gets that one or an error");
        assertEquals(StreamState.STOPPED, manager.status().state());

        manager(Map.of("device", "test:gone", "fallbackDevice", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> manager.start());
        assertTrue(e.getMessage().contains("test:gone"), e.getMessage());

        manager(Map.of("device", "test:gone", "fallbackDevice", "test:also-gone"));
        assertThrows(IllegalArgumentException.class, () -> manager.start(), "a missing fallback: the first error");
    }

    @Test
    void stereoIsDownmixedToMono() throws Exception {
        manager(Map.of("device", "test:stereo"));
        manager.start();
        AudioChunk chunk = manager.chunk(WAIT).orElseThrow();
        assertEquals(1, chunk.format().channels());
        assertEquals(1024, chunk.samples().length);
        float peak = 0;
        for (float s : chunk.samples()) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertEquals(0.5f, peak, 0.01f, "the mean of two equal channels is the channel");
    }

    @Test
    void startingTwiceOrOnAnUnknownDeviceIsRefusedWithoutChangingTheStream() throws Exception {
        manager(Map.of("device", "test:sine"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> manager.start("test:nothing"));
        assertTrue(unknown.getMessage().contains("test:nothing"), unknown.getMessage());
        assertEquals(StreamState.STOPPED, manager.status().state());

        manager.start();
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> manager.start());
        assertTrue(twice.getMessage().contains("RUNNING"), twice.getMessage());
        assertEquals(StreamState.RUNNING, manager.status().state());
    }

    @Test
    void aDeviceThatCannotOpenLeavesTheStreamFailedWithTheReason() {
        manager(Map.of("device", "test:busy"));
        IOException failure = assertThrows(IOException.class, () -> manager.start());
        assertEquals("device busy", failure.getMessage());
        StreamStatus status = manager.status();
        assertEquals(StreamState.FAILED, status.state());
        assertTrue(status.message().contains("device busy"), status.message());
    }

    @Test
    void aSourceThatEndsStopsTheStreamAfterEveryChunkWasDelivered() throws Exception {
        manager(Map.of("device", "test:short"));
        CountDownLatch stopped = new CountDownLatch(1);
        manager.addStateListener(e -> {
            if (e.current() == StreamState.STOPPED) {
                stopped.countDown();
            }
        });
        List<Integer> frames = new CopyOnWriteArrayList<>();
        manager.addChunkListener(new AudioChunkListener() {
            @Override
            public void onChunk(long sequence, long captureNanos, AudioFormat format, float[] samples, int count) {
                frames.add(count);
            }
        });
        manager.start();
        assertTrue(stopped.await(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(List.of(1024, 1024, 1024, 1024, 904), frames, "5000 frames in chunks of 1024");
        StreamStatus status = manager.status();
        assertEquals("the source ended", status.message());
        assertEquals(5, status.metrics().chunksOut());
    }

    @Test
    void aSlowListenerCostsCountedDropsButNeverStallsTheDevice() throws Exception {
        manager(Map.of("device", "test:sine", "inputQueueCapacity", 10));
        CountDownLatch release = new CountDownLatch(1);
        manager.addChunkListener(new AudioChunkListener() {
            @Override
            public void onChunk(long sequence, long captureNanos, AudioFormat format, float[] samples, int count) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        manager.start();
        // the listener holds the analysis thread; the device keeps capturing far past the queue's bound
        Await.until(() -> manager.status().metrics().chunksIn() > 1000, WAIT,
                () -> manager.status().toString());
        release.countDown();
        Await.until(() -> manager.status().metrics().chunksDropped() > 900, WAIT, () -> manager.status().toString());
        var metrics = manager.status().metrics();
        assertTrue(metrics.queueDepth() <= 10, metrics.toString());
        assertEquals(10, metrics.queueCapacity());
    }

    @Test
    void aRefusedConfigurationKeepsThePreviousOneAndSaysWhy() throws Exception {
        manager(Map.of("device", "test:sine", "chunkFrames", 512));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> manager.modified(Configs.of(StreamConfig.class, Map.of("device", "test:sine",
                        "chunkFrames", 5))));
        assertEquals("io.segue.stream: chunkFrames must be in 16..16384, was 5", refused.getMessage());
        assertTrue(manager.status().message().contains("chunkFrames must be in 16..16384"));

        manager.start();
        assertEquals(512, manager.chunk(WAIT).orElseThrow().samples().length, "the previous chunk size is used");

        manager.modified(Configs.of(StreamConfig.class, Map.of("device", "test:sine", "chunkFrames", 128)));
        assertFalse(String.valueOf(manager.status().message()).contains("chunkFrames"), "an accepted change clears it");
    }

    @Test
    void aFailureAfterTheDeviceOpenedClosesItAndLeavesTheStreamFailedNotStarting() throws Exception {
        manager(Map.of("device", "test:broken"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> manager.start());
        assertEquals("format unknown", failure.getMessage());
        assertTrue(brokenClosed.get(), "the device was closed");
        assertEquals(StreamState.FAILED, manager.status().state());
        assertTrue(manager.status().message().contains("format unknown"), manager.status().message());

        assertEquals(StreamState.RUNNING, manager.start("test:sine").state(), "and the stream can start again");
    }

    @Test
    void aDeactivatedManagerStartsNothingAgain() throws Exception {
        manager(Map.of("device", "test:sine"));
        manager.start();
        manager.deactivate();
        assertEquals(StreamState.STOPPED, manager.status().state());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> manager.start());
        assertEquals("the stream manager is shutting down", refused.getMessage());
    }

    @Test
    void aQueueLargerThan32MiBIsRefused() {
        manager(Map.of("device", "test:sine"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> manager.modified(Configs.of(StreamConfig.class, Map.of("device", "test:sine",
                        "inputQueueCapacity", 10_000, "chunkFrames", 16_384))));
        assertEquals("io.segue.stream: inputQueueCapacity × chunkFrames must be at most 8388608 samples (32 MiB),"
                + " was 10000 × 16384 = 163840000", refused.getMessage());
    }

    private AudioInput brokenInput() {
        return new AudioInput() {
            @Override
            public AudioFormat format() {
                throw new IllegalStateException("format unknown");
            }

            @Override
            public int read(float[] buffer, int frames) {
                return -1;
            }

            @Override
            public void close() {
                brokenClosed.set(true);
            }
        };
    }

    @Test
    void aListenerMayStopTheStreamFromItsCallback() throws Exception {
        manager(Map.of("device", "test:sine"));
        manager.addStateListener(event -> {
            if (event.current() == StreamState.RUNNING) {
                manager.stop();
            }
        });
        manager.start();
        assertEquals(StreamState.STOPPED, manager.status().state(), "stopped by the listener before start returned");
        assertEquals(List.of(StreamState.STARTING, StreamState.RUNNING, StreamState.STOPPING, StreamState.STOPPED),
                events.stream().map(StreamEvent::current).toList(), "every listener sees every event in order");
    }

    @Test
    void concurrentStartsAndStopsNeverLeaveAStreamRunningUnseen() throws Exception {
        manager(Map.of("device", "test:sine"));
        int rounds = 200;
        CountDownLatch go = new CountDownLatch(1);
        var starter = CompletableFuture.runAsync(() -> {
            await(go);
            for (int i = 0; i < rounds; i++) {
                try {
                    manager.start();
                } catch (IllegalStateException | IOException busy) {
                    // the other thread's stream is still active: a legitimate refusal
                }
            }
        });
        var stopper = CompletableFuture.runAsync(() -> {
            await(go);
            for (int i = 0; i < rounds; i++) {
                manager.stop();
            }
        });
        go.countDown();
        starter.get(60, TimeUnit.SECONDS);
        stopper.get(60, TimeUnit.SECONDS);

        manager.stop();
        assertEquals(StreamState.STOPPED, manager.status().state());
        Await.until(() -> streamThreads() == 0, WAIT, () -> streamThreads() + " stream threads still alive");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("segue-device") || t.getName().equals("segue-analysis"))
                .filter(Thread::isAlive)
                .count();
    }

    @Test
    void anInvalidInitialConfigurationRunsOnTheDefaultsAndSaysSo() {
        manager(Map.of("sampleRateHz", 7));
        StreamStatus status = manager.status();
        assertTrue(status.message().contains("sampleRateHz must be in 8000..192000, was 7"), status.message());
        assertEquals(1024, status.chunkFrames());
        assertEquals(List.of("WARN io.segue.stream: sampleRateHz must be in 8000..192000, was 7 (running on the defaults)"),
                log.lines(), "and the console says so at start-up");
    }
}
