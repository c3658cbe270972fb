package io.segue.stream.internal.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceChange;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import io.segue.stream.internal.testing.RecordingOutput;
import io.segue.stream.internal.testing.SineInput;
import io.segue.stream.internal.testing.TestProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioDeviceDirectoryTest {

    private final AudioDeviceDirectory directory = new AudioDeviceDirectory();
    private final TestProvider provider = new TestProvider()
            .with("mic", DeviceType.INPUT, f -> SineInput.endless(f.sampleRateHz(), 440))
            .with("speakers-default", DeviceType.OUTPUT, f -> null)
            .with("interface", DeviceType.DUPLEX, f -> null);

    @Test
    void listsTheDevicesOfEveryProviderAndFiltersByType() {
        directory.addProvider(provider);
        assertEquals(List.of("test:interface", "test:mic", "test:speakers-default"),
                directory.list().stream().map(AudioDeviceInfo::id).toList());
        assertEquals(List.of("test:interface", "test:mic"),
                directory.list(DeviceType.INPUT).stream().map(AudioDeviceInfo::id).toList());
        assertEquals(List.of("test:interface", "test:speakers-default"),
                directory.list(DeviceType.OUTPUT).stream().map(AudioDeviceInfo::id).toList());
        assertEquals(List.of("test:interface"),
                directory.list(DeviceType.DUPLEX).stream().map(AudioDeviceInfo::id).toList());
        assertEquals("test:speakers-default", directory.defaultDevice(DeviceType.OUTPUT).orElseThrow().id());
        assertEquals("test:interface", directory.defaultDevice(DeviceType.INPUT).orElseThrow().id(),
                "without a marked default, the first capable device");
    }

    @Test
    void aRemovedProviderTakesItsDevicesAlong() {
        directory.addProvider(provider);
        directory.removeProvider(provider);
        assertTrue(directory.list().isEmpty());
        assertTrue(directory.defaultDevice(DeviceType.INPUT).isEmpty());
    }

    @Test
    void findIgnoresOptions() {
        directory.addProvider(provider);
        assertEquals("test:mic", directory.find("test:mic?hz=880").orElseThrow().id());
        assertTrue(directory.find("test:nothing").isEmpty());
    }

    @Test
    void openingAnUnknownOrOutputOnlyDeviceSaysWhy() {
        directory.addProvider(provider);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> directory.openInput("nope:x", AudioFormat.mono(22050)));
        assertTrue(unknown.getMessage().contains("nope:x") && unknown.getMessage().contains("test:mic"),
                unknown.getMessage());
        IllegalArgumentException output = assertThrows(IllegalArgumentException.class,
                () -> directory.openInput("test:speakers-default", AudioFormat.mono(22050)));
        assertTrue(output.getMessage().contains("cannot capture"), output.getMessage());
    }

    @Test
    void deviceTestReportsLevelAndPeakOfTheCapture() {
        directory.addProvider(provider);
        DeviceTestResult result = directory.test("test:mic", AudioFormat.mono(22050), Duration.ofMillis(200));
        assertTrue(result.ok(), String.valueOf(result.error()));
        assertEquals(22050 / 5, result.frames());
        // a 0.5-amplitude sine: peak -6.02 dBFS, RMS 3.01 dB lower
        assertEquals(-6.02, result.peakDbfs(), 0.05);
        assertEquals(-9.03, result.rmsDbfs(), 0.05);
        assertEquals(0, result.clippedSamples());
        assertFalse(result.silent());
    }

    @Test
    void deviceTestCarriesTheErrorOfADeviceThatCannotOpen() {
        directory.addProvider(provider);
        DeviceTestResult result = directory.test("test:interface", AudioFormat.mono(22050), Duration.ofMillis(10));
        assertFalse(result.ok());
        assertNotNull(result.error());
        assertTrue(result.error().contains("busy"), result.error());
        assertNull(result.format());
    }

    @Test
    void deviceTestOfAnOutputOnlyDevicePlaysAQuietToneAndReportsItsLatency() {
        directory.addProvider(provider.withOutput("speakers", RecordingOutput::new));
        DeviceTestResult result = directory.test("test:speakers", AudioFormat.mono(22050), Duration.ofMillis(100));
        assertTrue(result.ok(), String.valueOf(result.error()));
        assertEquals(DeviceType.OUTPUT, result.type());
        assertEquals(2205, result.frames());
        assertEquals(-12.04, result.peakDbfs(), 0.05, "a 0.25 amplitude tone");
        assertEquals(0, result.latencyMillis(), "what the device reports");
        assertEquals(DeviceType.INPUT, directory.test("test:mic", AudioFormat.mono(22050), Duration.ofMillis(10))
                .type());
    }

    @Test
    void openingAnInputOnlyDeviceForPlaybackSaysWhy() {
        directory.addProvider(provider);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> directory.openOutput("test:mic", AudioFormat.mono(22050)));
        assertEquals("device 'test:mic' is INPUT only and cannot play", refused.getMessage());
    }

    @Test
    void pollingAnnouncesDevicesThatAppearOrDisappear() {
        List<DeviceChange> heard = new ArrayList<>();
        directory.addListener(heard::add);
        directory.addProvider(provider);
        assertTrue(directory.recentChanges().isEmpty(), "the first look only takes stock");

        provider.unplug("mic");
        directory.poll();
        provider.plugIn("mic");
        directory.poll();
        directory.poll();
        assertEquals(List.of("-test:mic", "+test:mic"), heard.stream()
                .map(c -> (c.added() ? "+" : "-") + c.device().id()).toList());
        assertEquals(heard, directory.recentChanges());
    }

    @Test
    void aProviderThatFailsToListHidesOnlyItsOwnDevices() {
        directory.addProvider(provider);
        directory.addProvider(new AudioDeviceProvider() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<AudioDeviceInfo> devices() {
                throw new IllegalStateException("driver crashed");
            }

            @Override
            public AudioInput openInput(String deviceId, AudioFormat requested) {
                throw new IllegalArgumentException(deviceId);
            }
        });
        assertEquals(3, directory.list().size());
    }
}
