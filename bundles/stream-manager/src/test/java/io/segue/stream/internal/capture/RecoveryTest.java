package io.segue.stream.internal.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.DeviceType;
import io.segue.api.stream.AudioChunkListener;
import io.segue.api.stream.StreamDirection;
import io.segue.api.stream.StreamEvent;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import io.segue.stream.internal.devices.AudioDeviceDirectory;
import io.segue.stream.internal.testing.PacedInput;
import io.segue.stream.internal.testing.SineInput;
import io.segue.stream.internal.testing.TestProvider;
import io.segue.testing.Await;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The input stream through device failures: recovery onto the same device, the fallback, stalls. */
class RecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final AtomicReference<PacedInput> usb = new AtomicReference<>();
    private final AtomicReference<PacedInput> builtIn = new AtomicReference<>();
    private final TestProvider provider = new TestProvider()
            .with("usb", DeviceType.INPUT, f -> opened(usb, new PacedInput(f)))
            .with("usb-2", DeviceType.INPUT, f -> opened(usb, new PacedInput(f)))
            .with("built-in", DeviceType.INPUT, f -> opened(builtIn, new PacedInput(f)))
            .with("flaky", DeviceType.INPUT, f -> new SineInput(f, 440, -1, 4096))
            .with("file", DeviceType.INPUT, f -> new SineInput(f, 440, 1 << 30, 4096))
            .named("usb", "USB Audio CODEC")
            .named("usb-2", "USB Audio CODEC");
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    private final List<Long> sequences = new CopyOnWriteArrayList<>();
    private final RecordingLogger log = new RecordingLogger();
    private LiveStreamManager manager;

    private static PacedInput opened(AtomicReference<PacedInput> last, PacedInput input) {
        last.set(input);
        return input;
    }

    private LiveStreamManager manager(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(Map.of("device", "test:usb", "fallbackDevice", "test:built-in",
                "chunkFrames", 256, "fallbackAfterMillis", 200, "retryInitialMillis", 10, "retryMaxMillis", 100,
                "stallTimeoutMillis", 300));
        config.putAll(overrides);
        AudioDeviceDirectory devices = new AudioDeviceDirectory();
        devices.addProvider(provider);
        manager = new LiveStreamManager(devices, Configs.of(StreamConfig.class, config), log.logger());
        manager.addStateListener(events::add);
        manager.addChunkListener(new AudioChunkListener() {
            @Override
            public void onChunk(long sequence, long captureNanos, AudioFormat format, float[] samples, int frames) {
                sequences.add(sequence);
            }
        });
        return manager;
    }

    @AfterEach
    void stop() {
        if (manager != null) {
            manager.stop();
        }
    }

    @Test
    void aFailedDeviceIsReopenedAndTheStreamGoesOn() throws Exception {
        manager(Map.of());
        manager.start();
        Await.until(() -> sequences.size() > 5, WAIT, () -> manager.status().toString());
        PacedInput first = usb.get();
        first.failNextRead("USB device not responding");

        Await.until(() -> usb.get() != first && sequences.size() > 15, WAIT, () -> manager.status().toString());
        StreamStatus status = manager.status();
        assertEquals(StreamState.RUNNING, status.state());
        assertEquals("test:usb", status.deviceId());
        assertFalse(status.onFallback());
        assertEquals(1, status.metrics().recoveries());
        assertTrue(status.message().startsWith("recovered on test:usb after "), status.message());
        assertEquals(List.of(StreamState.STARTING, StreamState.RUNNING, StreamState.RECOVERING, StreamState.RUNNING),
                events.stream().map(StreamEvent::current).toList());
        StreamEvent recovering = events.get(2);
        assertEquals(StreamDirection.INPUT, recovering.direction());
        assertEquals("USB device not responding; recovering", recovering.message());
        assertTrue(log.lines().stream().anyMatch(m -> m.contains("RUNNING -> RECOVERING")), log.lines()::toString);
        assertIncreasing(sequences);
    }

    @Test
    void aStatusReadDuringTheMoveToTheFallbackSeesTheDeviceAndThePreferredOneOfTheSameMoment() throws Exception {
        manager(Map.of());
        provider.unplug("usb-2");
        manager.start();
        Await.until(() -> sequences.size() > 5, WAIT, () -> manager.status().toString());
        List<String> torn = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                StreamStatus seen = manager.status();
                if (torn.size() < 3 && seen.onFallback() && !("test:built-in".equals(seen.deviceId())
                        && "test:usb".equals(seen.preferredDevice()))) {
                    torn.add(seen.deviceId() + " for " + seen.preferredDevice());
                }
            }
        });
        reader.start();
        try {
            provider.unplug("usb");
            usb.get().failNextRead("USB device removed");
            Await.until(() -> manager.status().onFallback() && manager.status().state() == StreamState.RUNNING,
                    WAIT, () -> manager.status().toString());
        } finally {
            reader.interrupt();
            reader.join();
        }
        assertEquals(List.of(), torn, "an operator once read 'on fallback device mock:noise; preferred mock:sine'");
    }

    @Test
    void aDeviceThatStaysAwayIsReplacedByTheFallbackAfterTheConfiguredTimeAndComesBackWhenItReturns()
            throws Exception {
        manager(Map.of());
        provider.unplug("usb-2");
        manager.start();
        Await.until(() -> sequences.size() > 5, WAIT, () -> manager.status().toString());
        provider.unplug("usb");
        usb.get().failNextRead("USB device removed");

        Await.until(() -> manager.status().onFallback() && manager.status().state() == StreamState.RUNNING, WAIT,
                () -> manager.status().toString());
        StreamStatus onFallback = manager.status();
        assertEquals("test:built-in", onFallback.deviceId());
        assertEquals("test:usb", onFallback.preferredDevice());
        assertTrue(onFallback.message().startsWith("running on the fallback device test:built-in: the preferred"
                + " device test:usb is unavailable (USB device removed; "), onFallback.message());
        StreamEvent lost = events.stream().filter(e -> e.current() == StreamState.RECOVERING).findFirst().orElseThrow();
        StreamEvent replaced = events.get(events.indexOf(lost) + 1);
        long waited = replaced.epochMillis() - lost.epochMillis();
        assertTrue(waited >= 200, "the failed device alone is retried for fallbackAfterMillis first, waited " + waited);
        assertTrue(waited < 200 + 2000, "then the fallback follows within a few retries, waited " + waited);

        int before = sequences.size();
        Await.until(() -> sequences.size() > before + 5, WAIT, () -> manager.status().toString());
        provider.plugIn("usb");
        Await.until(() -> "test:usb".equals(manager.status().deviceId()), WAIT, () -> manager.status().toString());
        StreamStatus back = manager.status();
        assertFalse(back.onFallback());
        assertEquals(StreamState.RUNNING, back.state());
        assertTrue(back.message().startsWith("back on the preferred device test:usb"), back.message());
        assertEquals(2, back.metrics().recoveries());
        StreamEvent last = events.get(events.size() - 1);
        assertEquals(StreamState.RUNNING, last.previous(), "moving back does not interrupt the stream");
        assertIncreasing(sequences);
    }

    @Test
    void aDeviceThatReturnsUnderAnotherIdIsFoundByItsName() throws Exception {
        manager(Map.of("fallbackDevice", ""));
        manager.start();
        Await.until(() -> sequences.size() > 5, WAIT, () -> manager.status().toString());
        provider.unplug("usb");
        usb.get().failNextRead("USB device removed");
        Await.until(() -> "test:usb-2".equals(manager.status().deviceId()), WAIT, () -> manager.status().toString());
        assertEquals(StreamState.RUNNING, manager.status().state());
        assertFalse(manager.status().onFallback(), "the same card under another id is the preferred device");
        assertEquals("test:usb-2", manager.status().preferredDevice());
    }

    @Test
    void withoutAFallbackTheStreamKeepsRecoveringUntilTheDeviceReturns() throws Exception {
        manager(Map.of("fallbackDevice", ""));
        provider.unplug("usb-2");
        manager.start();
        Await.until(() -> sequences.size() > 5, WAIT, () -> manager.status().toString());
        provider.unplug("usb");
        usb.get().failNextRead("USB device removed");
        Await.until(() -> manager.status().state() == StreamState.RECOVERING, WAIT, () -> manager.status().toString());
        provider.plugIn("usb");
        Await.until(() -> manager.status().state() == StreamState.RUNNING, WAIT, () -> manager.status().toString());
        assertEquals("test:usb", manager.status().deviceId());
    }

    @Test
    void theChunksAnOutageCostAreCountedAndSkippedInTheSequence() throws Exception {
        manager(Map.of("fallbackDevice", ""));
        provider.unplug("usb-2");
        manager.start();
        Await.until(() -> sequences.size() > 5, WAIT, () -> manager.status().toString());
        // the device is away for 300 ms, at least 20 chunks of 11.6 ms, then back by itself
        provider.unplugFor("usb", 300);
        usb.get().failNextRead("USB device removed");
        Await.until(() -> manager.status().metrics().chunksLost() > 0, WAIT, () -> manager.status().toString());
        long lost = manager.status().metrics().chunksLost();
        assertTrue(lost >= 20, "lost " + lost);
        int size = sequences.size();
        Await.until(() -> sequences.size() > size + 2, WAIT, () -> manager.status().toString());
        long gap = 0;
        for (int i = 1; i < sequences.size(); i++) {
            gap = Math.max(gap, sequences.get(i) - sequences.get(i - 1) - 1);
        }
        assertEquals(lost, gap, "the sequence jumps over the lost chunks");
    }

    @Test
    void aShortStallIsCountedAndALongOneRecovers() throws Exception {
        manager(Map.of("stallTimeoutMillis", 400));
        manager.start();
        Await.until(() -> sequences.size() > 10, WAIT, () -> manager.status().toString());
        usb.get().stall(150);
        Await.until(() -> manager.status().metrics().stalls() == 1, WAIT, () -> manager.status().toString());
        assertEquals(StreamState.RUNNING, manager.status().state());
        assertEquals(0, manager.status().metrics().recoveries());
        assertTrue(manager.status().metrics().chunksLost() >= 10, manager.status().toString());

        PacedInput stalled = usb.get();
        stalled.stall(5_000);
        Await.until(() -> usb.get() != stalled && manager.status().state() == StreamState.RUNNING
                && manager.status().metrics().recoveries() == 1, WAIT, () -> manager.status().toString());
        StreamEvent recovering = events.stream().filter(e -> e.current() == StreamState.RECOVERING).findFirst()
                .orElseThrow();
        assertTrue(recovering.message().matches("device test:usb delivered nothing for \\d+ ms \\(stalled\\);"
                + " recovering"), recovering.message());
        assertEquals(2, manager.status().metrics().stalls());
    }

    @Test
    void aFiniteSourceThatFailsEndsTheStreamRatherThanRecovering() throws Exception {
        manager(Map.of("device", "test:file"));
        manager.start();
        Await.until(() -> manager.status().state() == StreamState.FAILED, WAIT, () -> manager.status().toString());
        assertEquals("test device unplugged", manager.status().message());
        assertEquals(16, manager.status().metrics().chunksIn());
        assertEquals(0, manager.status().metrics().recoveries());
    }

    @Test
    void anEndlessDeviceThatKeepsFailingIsReopenedEachTime() throws Exception {
        manager(Map.of("device", "test:flaky"));
        manager.start();
        Await.until(() -> manager.status().metrics().recoveries() >= 3, WAIT, () -> manager.status().toString());
        assertTrue(manager.status().state().isActive());
        assertIncreasing(sequences);
    }

    private static void assertIncreasing(List<Long> values) {
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i) > values.get(i - 1), "sequence " + values.get(i) + " after " + values.get(i - 1));
        }
    }
}
