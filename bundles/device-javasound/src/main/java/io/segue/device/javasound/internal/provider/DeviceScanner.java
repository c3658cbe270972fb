package io.segue.device.javasound.internal.provider;

import io.segue.device.javasound.internal.line.SoundSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sound.sampled.Mixer;
import org.osgi.service.log.Logger;

/**
 * Enumerates Java Sound's mixers as devices, cheaply enough to be polled every second for hot-plug.
 *
 * <ul>
 * <li>Each scan asks the sound system which mixers are present; a mixer seen by the previous scan (the same
 * {@link Mixer.Info}) is not asked about its lines again, only a new one is {@linkplain MixerProbe probed}.</li>
 * <li>A mixer keeps its id while it stays listed, even when a same-named mixer before it goes away (so
 * {@code usb-audio-2} does not become {@code usb-audio}: a change announced by id names the device that really
 * came or went). New mixers get ids in Java Sound's order from the ones left free (see {@link DeviceIds}); the
 * first scan is therefore the plain order-based numbering.</li>
 * <li>A scan never throws. A mixer whose probing fails is left out, logged once while it stays listed, and tried
 * again at the next scan; a sound system that fails to list its mixers leaves the previous scan's devices.</li>
 * <li>Defaults: the first capturing and the first playing device in Java Sound's order, which are the ones
 * {@code AudioSystem.getTargetDataLine}/{@code getSourceDataLine} use when no {@code javax.sound.sampled.*}
 * system property names another.</li>
 * </ul>
 *
 * <p>Thread-safe: scans are serialized. {@link Mixer.Info} compares by identity, which is what keys the memory.
 */
final class DeviceScanner {

    private final SoundSystem system;
    private final Logger log;
    private Map<Mixer.Info, MixerProbe> probes = Map.of();
    private Map<Mixer.Info, String> ids = Map.of();
    private final Set<Mixer.Info> failuresLogged = new HashSet<>();
    private boolean listingFailureLogged;
    private DeviceCatalog last = DeviceCatalog.EMPTY;

    DeviceScanner(SoundSystem system, Logger log) {
        this.system = Objects.requireNonNull(system, "system");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The devices present now. */
    synchronized DeviceCatalog scan() {
        Mixer.Info[] present;
        try {
            present = system.mixerInfo();
        } catch (RuntimeException e) {
            if (!listingFailureLogged) {
                listingFailureLogged = true;
                log.warn(JavaSoundDeviceProvider.PID + ": Java Sound failed to list its mixers, keeping the "
                        + last.devices().size() + " devices listed before: " + e);
            }
            return last;
        }
        listingFailureLogged = false;
        Map<Mixer.Info, MixerProbe> nextProbes = new HashMap<>();
        List<Mixer.Info> listed = new ArrayList<>();
        for (Mixer.Info info : present) {
            MixerProbe probe = info == null ? null : probes.containsKey(info) ? probes.get(info) : probe(info);
            if (probe != null) {
                nextProbes.put(info, probe);
                if (probe.isDevice()) {
                    listed.add(info);
                }
            }
        }
        failuresLogged.retainAll(Arrays.asList(present));
        Map<Mixer.Info, String> nextIds = assignIds(listed);
        List<DeviceCatalog.Device> devices = new ArrayList<>();
        boolean defaultInputTaken = false;
        boolean defaultOutputTaken = false;
        for (Mixer.Info info : listed) {
            MixerProbe probe = nextProbes.get(info);
            boolean isDefault = probe.captures() && !defaultInputTaken || probe.plays() && !defaultOutputTaken;
            defaultInputTaken |= probe.captures();
            defaultOutputTaken |= probe.plays();
            devices.add(new DeviceCatalog.Device(probe.info(info, nextIds.get(info), isDefault), probe.mixer()));
        }
        probes = nextProbes;
        ids = nextIds;
        last = new DeviceCatalog(List.copyOf(devices));
        return last;
    }

    /** The probe of a mixer not seen before, or {@code null} when it fails (logged once). */
    private MixerProbe probe(Mixer.Info info) {
        try {
            return MixerProbe.of(system.mixer(info));
        } catch (RuntimeException e) {
            if (failuresLogged.add(info)) {
                log.warn(JavaSoundDeviceProvider.PID + ": skipping Java Sound mixer '" + info.getName()
                        + "', which failed when asked for its lines: " + e);
            }
            return null;
        }
    }

    private Map<Mixer.Info, String> assignIds(List<Mixer.Info> listed) {
        DeviceIds generator = new DeviceIds();
        Map<Mixer.Info, String> assigned = new HashMap<>();
        for (Mixer.Info info : listed) {
            String kept = ids.get(info);
            if (kept != null) {
                generator.reserve(kept);
                assigned.put(info, kept);
            }
        }
        for (Mixer.Info info : listed) {
            if (!assigned.containsKey(info)) {
                assigned.put(info, generator.next(info.getName()));
            }
        }
        return assigned;
    }
}
