package io.segue.stream.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.DeviceType;
import io.segue.api.stream.StreamDirection;
import io.segue.api.stream.StreamEvent;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import io.segue.stream.internal.capture.LiveStreamManager;
import io.segue.stream.internal.capture.StreamConfig;
import io.segue.stream.internal.devices.AudioDeviceDirectory;
import io.segue.stream.internal.testing.PacedInput;
import io.segue.stream.internal.testing.RecordingOutput;
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

/** The output stream: its queue, underflows, drops, monitoring and recovery. */
class OutputStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int CHUNK = 256;

    private final AtomicReference<RecordingOutput> speakers = new AtomicReference<>();
    private final AtomicReference<RecordingOutput> usbOut = new AtomicReference<>();
    private final TestProvider provider = new TestProvider()
            .with("mic", DeviceType.INPUT, PacedInput::new)
            .withOutput("speakers", f -> {
                RecordingOutput output = new RecordingOutput(f);
                speakers.set(output);
                return output;
            })
            .withOutput("stereo", f -> new RecordingOutput(new io.segue.api.audio.AudioFormat(f.sampleRateHz(), 2)))
            .withOutput("usb-out", f -> {
                RecordingOutput output = new RecordingOutput(f);
                usbOut.set(output);
                return output;
            });
    private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
    private LiveStreamManager manager;

    private LiveStreamManager manager() {
        return manager(Map.of());
    }

    private LiveStreamManager manager(Map<String, Object> overrides) {
        AudioDeviceDirectory devices = new AudioDeviceDirectory();
        devices.addProvider(provider);
        Map<String, Object> config = new HashMap<>(Map.of("device", "test:mic", "chunkFrames", CHUNK,
                "outputQueueCapacity", 8, "retryInitialMillis", 10));
        config.putAll(overrides);
        manager = new LiveStreamManager(devices, Configs.of(StreamConfig.class, config),
                new RecordingLogger().logger());
        manager.addStateListener(events::add);
        return manager;
    }

    @AfterEach
    void stop() {
        if (manager != null) {
            manager.stopOutput();
            manager.stop();
        }
    }

    @Test
    void queuedChunksArePlayedAndADryQueuePlaysCountedSilence() throws Exception {
        manager();
        assertFalse(manager.play(new float[CHUNK], CHUNK), "nothing plays before the output starts");
        StreamStatus started = manager.startOutput("test:speakers", false);
        assertEquals(StreamDirection.OUTPUT, started.direction());
        assertEquals(StreamState.RUNNING, started.state());
        Await.until(() -> manager.outputStatus().metrics().chunksOut() > 3, WAIT, () -> manager.outputStatus()
                .toString());
        assertEquals(0, manager.outputStatus().metrics().underflows(), "silence before anything was queued is not an"
                + " underflow");

        float[] tone = new float[CHUNK];
        java.util.Arrays.fill(tone, 0.5f);
        for (int i = 0; i < 4; i++) {
            assertTrue(manager.play(tone, CHUNK));
        }
        Await.until(() -> speakers.get().nonSilentFrames() == 4 * CHUNK, WAIT, () -> manager.outputStatus()
                .toString());
        Await.until(() -> manager.outputStatus().metrics().underflows() > 0
                && manager.outputStatus().metrics().latency().count() == 4, WAIT, () -> manager.outputStatus()
                .toString());
        StreamStatus status = manager.outputStatus();
        assertEquals(4, status.metrics().chunksIn());
        assertEquals(0, status.metrics().chunksDropped());
        assertEquals(4, status.metrics().latency().count());
    }

    @Test
    void aFullQueueDropsTheOldestChunksAndPlayNeverBlocks() throws Exception {
        manager();
        manager.startOutput("test:speakers", false);
        Await.until(() -> speakers.get() != null, WAIT, () -> "no device");
        speakers.get().hold(); // the device stops taking audio
        float[] chunk = new float[CHUNK];
        for (int i = 0; i < 100; i++) {
            assertTrue(manager.play(chunk, CHUNK)); // returns at once although nobody drains the queue
        }
        StreamStatus status = manager.outputStatus();
        assertEquals(100, status.metrics().chunksIn());
        assertTrue(status.metrics().chunksDropped() >= 100 - 8 - 1, status.toString());
        assertTrue(status.metrics().queueDepth() <= 8, status.toString());
        speakers.get().release();
    }

    @Test
    void aChunkOfTheWrongSizeIsRefused() throws Exception {
        manager();
        manager.startOutput("test:speakers", false);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> manager.play(new float[CHUNK * 2], CHUNK * 2));
        assertEquals("a chunk to play has 1..256 frames (and no more than its array holds), was 512",
                refused.getMessage());
    }

    @Test
    void monitoringPlaysTheInputStream() throws Exception {
        manager();
        manager.start();
        manager.startOutput("test:stereo", true);
        assertEquals("monitoring the input", manager.outputStatus().message());
        Await.until(() -> manager.outputStatus().metrics().chunksIn() > 10, WAIT, () -> manager.outputStatus()
                .toString());
        assertTrue(manager.outputStatus().metrics().latency().count() > 0);
    }

    @Test
    void anOutputDeviceThatFailsIsReopened() throws Exception {
        manager();
        manager.startOutput("test:speakers", false);
        Await.until(() -> speakers.get() != null, WAIT, () -> "no device");
        RecordingOutput first = speakers.get();
        first.failNextWrite("speakers unplugged");
        Await.until(() -> speakers.get() != first && manager.outputStatus().state() == StreamState.RUNNING
                && manager.outputStatus().metrics().recoveries() == 1, WAIT, () -> manager.outputStatus().toString());
        assertTrue(events.stream().anyMatch(e -> e.direction() == StreamDirection.OUTPUT
                && e.current() == StreamState.RECOVERING && e.message().equals("speakers unplugged; recovering")),
                events::toString);
    }

    @Test
    void anOutputOnItsFallbackGoesBackToThePreferredDeviceWhenItReturns() throws Exception {
        manager(Map.of("outputFallbackDevice", "test:speakers", "fallbackAfterMillis", 50, "retryMaxMillis", 50));
        manager.startOutput("test:usb-out", false);
        Await.until(() -> usbOut.get() != null, WAIT, () -> "no device");
        RecordingOutput first = usbOut.get();
        provider.unplug("usb-out");
        first.failNextWrite("usb-out unplugged");
        Await.until(() -> manager.outputStatus().onFallback()
                && manager.outputStatus().state() == StreamState.RUNNING, WAIT,
                () -> manager.outputStatus().toString());
        assertEquals("test:speakers", manager.outputStatus().deviceId());
        assertEquals("test:usb-out", manager.outputStatus().preferredDevice());

        provider.plugIn("usb-out");
        Await.until(() -> "test:usb-out".equals(manager.outputStatus().deviceId()), WAIT,
                () -> manager.outputStatus().toString());
        StreamStatus back = manager.outputStatus();
        assertFalse(back.onFallback());
        assertEquals(StreamState.RUNNING, back.state());
        assertTrue(back.message().startsWith("back on the preferred output device test:usb-out (it returned; the"
                + " output ran on the fallback device test:speakers)"), back.message());
        RecordingOutput returned = usbOut.get();
        assertTrue(returned != first, "the preferred device opened again");
        long before = returned.frames();
        Await.until(() -> returned.frames() > before + CHUNK, WAIT, () -> "the preferred device plays again");
        assertEquals(2, back.metrics().recoveries(), "the fallback, then the way back");
    }

    @Test
    void anInputOnlyDeviceCannotBeTheOutput() {
        manager();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> manager.startOutput("test:mic", false));
        assertEquals("no output device 'test:mic'; present: test:speakers, test:stereo, test:usb-out",
                refused.getMessage());
        assertEquals(StreamState.STOPPED, manager.outputStatus().state());
    }
}
