package io.segue.device.javasound.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.Mixer;

/**
 * One enumeration of Java Sound's mixers as devices, made by {@link DeviceScanner}.
 *
 * @param devices the devices, in Java Sound's order
 */
record DeviceCatalog(List<Device> devices) {

    static final DeviceCatalog EMPTY = new DeviceCatalog(List.of());

    /** A listed device and the mixer behind it. */
    record Device(AudioDeviceInfo info, Mixer mixer) {
    }

    /** The device with {@code id}. */
    Optional<Device> find(String id) {
        return devices.stream().filter(d -> d.info().id().equals(id)).findFirst();
    }

    List<AudioDeviceInfo> infos() {
        return devices.stream().map(Device::info).toList();
    }
}
