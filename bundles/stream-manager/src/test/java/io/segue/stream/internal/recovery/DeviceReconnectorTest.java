package io.segue.stream.internal.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceType;
import io.segue.stream.internal.devices.AudioDeviceDirectory;
import io.segue.stream.internal.testing.SineInput;
import io.segue.stream.internal.testing.TestProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceReconnectorTest {

    private static final AudioFormat MONO = AudioFormat.mono(22050);

    private final TestProvider provider = new TestProvider()
            .with("usb", DeviceType.INPUT, f -> SineInput.endless(f.sampleRateHz(), 440))
            .with("usb-2", DeviceType.INPUT, f -> SineInput.endless(f.sampleRateHz(), 440))
            .with("other", DeviceType.INPUT, f -> SineInput.endless(f.sampleRateHz(), 440))
            .with("built-in", DeviceType.INPUT, f -> SineInput.endless(f.sampleRateHz(), 440))
            .named("usb", "USB Audio").named("usb-2", "USB Audio").named("other", "Other");
    private final AudioDeviceDirectory devices = new AudioDeviceDirectory();
    private final List<String> opened = new ArrayList<>();

    private DeviceReconnector<AudioInput> reconnector(String preferred, String fallback) {
        devices.addProvider(provider);
        return new DeviceReconnector<>(devices, DeviceType.INPUT, preferred, fallback,
                new RecoverySettings(10, 80, 250, 1000, true), id -> {
                    opened.add(id);
                    return devices.openInput(id, MONO);
                });
    }

    @Test
    void thePreferredDeviceFirstWithItsOptions() {
        DeviceReconnector<AudioInput> reconnector = reconnector("test:usb?hz=880", "test:built-in");
        assertEquals("test:usb?hz=880", reconnector.attempt(1000).deviceId());
    }

    @Test
    void thenADeviceOfTheSameProviderAndNameWithTheSameOptions() {
        DeviceReconnector<AudioInput> reconnector = reconnector("test:usb?hz=880", "");
        provider.unplug("usb");
        assertEquals("test:usb-2?hz=880", reconnector.attempt(0).deviceId());
        assertTrue(reconnector.isPreferred("test:usb-2"));
        assertFalse(reconnector.isPreferred("test:other"));
    }

    @Test
    void theFallbackOnlyOnceTheFailureIsOldEnough() {
        DeviceReconnector<AudioInput> reconnector = reconnector("test:usb", "test:built-in");
        provider.unplug("usb");
        provider.unplug("usb-2");
        assertNull(reconnector.attempt(249));
        assertEquals("device test:usb (USB Audio) is not present", reconnector.lastProblem());
        assertEquals("test:built-in", reconnector.attempt(250).deviceId());
        assertEquals(List.of("test:built-in"), opened, "nothing absent was opened");
    }

    @Test
    void aDeviceThatIsListedButDoesNotOpenSaysWhy() {
        TestProvider busy = new TestProvider().with("busy", DeviceType.INPUT, f -> null);
        devices.addProvider(busy);
        DeviceReconnector<AudioInput> reconnector = new DeviceReconnector<>(devices, DeviceType.INPUT, "test:busy",
                "", RecoverySettings.DEFAULTS, id -> devices.openInput(id, MONO));
        assertNull(reconnector.attempt(10_000));
        assertEquals("test:busy: device busy", reconnector.lastProblem());
    }

    @Test
    void theFallbackIsNeverThePreferredDeviceItself() {
        DeviceReconnector<AudioInput> reconnector = reconnector("test:usb", "test:usb?hz=220");
        provider.unplug("usb");
        provider.unplug("usb-2");
        assertNull(reconnector.attempt(10_000));
        assertTrue(opened.isEmpty());
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        RecoverySettings settings = new RecoverySettings(10, 80, 250, 1000, true);
        assertEquals(List.of(10L, 20L, 40L, 80L, 80L), List.of(settings.backoffMillis(0), settings.backoffMillis(1),
                settings.backoffMillis(2), settings.backoffMillis(3), settings.backoffMillis(60)));
    }
}
