package io.segue.device.javasound.internal.provider;

import static io.segue.device.javasound.internal.testing.Formats.pcm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.device.javasound.internal.testing.FakeMixer;
import io.segue.device.javasound.internal.testing.FakeSoundSystem;
import io.segue.testing.RecordingLogger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceScannerTest {

    private final FakeMixer twinA = mic("USB Audio");
    private final FakeMixer twinB = mic("USB Audio");
    private final FakeMixer builtIn = FakeMixer.of("PCH [plughw:0,0]", List.of(pcm(48_000, 16, 2)),
            List.of(pcm(48_000, 16, 2)));
    private final FakeMixer port = FakeMixer.port("Port PCH [hw:0]");
    private final FakeSoundSystem system = new FakeSoundSystem(port, twinA, builtIn, twinB);
    private final RecordingLogger log = new RecordingLogger();
    private final DeviceScanner scanner = new DeviceScanner(system, log.logger());

    private static FakeMixer mic(String name) {
        return FakeMixer.of(name, List.of(pcm(44_100, 16, 2)), List.of());
    }

    private List<String> ids() {
        return scanner.scan().infos().stream().map(AudioDeviceInfo::id).toList();
    }

    @Test
    void aRepeatedScanAsksOnlyNewMixersForTheirLines() {
        ids();
        List<Integer> afterFirstScan = List.of(port.lineListings(), twinA.lineListings(), builtIn.lineListings(),
                twinB.lineListings());
        assertEquals(List.of(2, 2, 2, 2), afterFirstScan, "capture and playback lines listed once each");

        ids();
        FakeMixer plugged = mic("Headset");
        system.plug(plugged);
        ids();
        ids();

        assertEquals(afterFirstScan, List.of(port.lineListings(), twinA.lineListings(), builtIn.lineListings(),
                twinB.lineListings()), "mixers already probed, the port mixer too, are not asked again");
        assertEquals(2, plugged.lineListings());
    }

    @Test
    void idsStayTheSameWhileNothingChanges() {
        List<String> first = ids();

        assertEquals(List.of("javasound:usb-audio", "javasound:pch-plughw-0-0", "javasound:usb-audio-2"), first);
        assertEquals(first, ids());
        assertEquals(first, ids());
    }

    @Test
    void aMixerKeepsItsIdWhenOthersComeAndGoEvenATwinBeforeIt() {
        ids();

        system.unplug(twinA);
        assertEquals(List.of("javasound:pch-plughw-0-0", "javasound:usb-audio-2"), ids(),
                "the remaining twin is still -2: the device that left is the one announced as gone");

        FakeMixer twinC = mic("USB Audio");
        system.plug(twinC);
        assertEquals(List.of("javasound:pch-plughw-0-0", "javasound:usb-audio-2", "javasound:usb-audio"), ids(),
                "a new twin takes the first free id");

        system.unplug(builtIn);
        system.plug(mic("USB Audio"));
        assertEquals(List.of("javasound:usb-audio-2", "javasound:usb-audio", "javasound:usb-audio-3"), ids());
    }

    @Test
    void aMixerThatFailsWhenProbedIsSkippedLoggedOnceAndTriedAgain() {
        RuntimeException failure = new IllegalStateException("snd_pcm_open: Device or resource busy");
        FakeMixer broken = mic("Broken").failProbingWith(failure);
        system.plug(broken);

        assertEquals(List.of("javasound:usb-audio", "javasound:pch-plughw-0-0", "javasound:usb-audio-2"), ids());
        assertEquals(List.of("javasound:usb-audio", "javasound:pch-plughw-0-0", "javasound:usb-audio-2"), ids());

        assertEquals(List.of("WARN io.segue.device.javasound: skipping Java Sound mixer 'Broken', which failed when "
                + "asked for its lines: java.lang.IllegalStateException: snd_pcm_open: Device or resource busy"),
                log.lines());
        assertEquals(2, broken.lineListings(), "tried at every scan, in case the failure was passing");
        broken.failProbingWith(null);
        assertEquals(List.of("javasound:usb-audio", "javasound:pch-plughw-0-0", "javasound:usb-audio-2",
                "javasound:broken"), ids());
    }

    @Test
    void aSoundSystemThatFailsToListItsMixersLeavesThePreviousDevices() {
        List<String> before = ids();
        system.failListingWith(new IllegalStateException("ALSA: cannot enumerate cards"));

        assertEquals(before, ids());
        assertEquals(before, ids());

        assertEquals(List.of("WARN io.segue.device.javasound: Java Sound failed to list its mixers, keeping the 3 "
                + "devices listed before: java.lang.IllegalStateException: ALSA: cannot enumerate cards"),
                log.lines());
        system.failListingWith(null);
        system.unplug(twinB);
        assertEquals(List.of("javasound:usb-audio", "javasound:pch-plughw-0-0"), ids());
    }

    @Test
    void theDefaultsFollowTheMixersPresentNow() {
        scanner.scan();
        system.unplug(twinA);

        List<AudioDeviceInfo> devices = scanner.scan().infos();

        assertEquals(List.of("javasound:pch-plughw-0-0"),
                devices.stream().filter(AudioDeviceInfo::defaultDevice).map(AudioDeviceInfo::id).toList());
    }
}
