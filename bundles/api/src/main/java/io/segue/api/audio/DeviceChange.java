package io.segue.api.audio;

import java.util.Objects;

/**
 * A device that appeared or disappeared (hot-plug), as noticed by {@link AudioDevices}.
 *
 * @param device      the device; for a removal, as it was last listed
 * @param added       {@code true} when it appeared, {@code false} when it disappeared
 * @param epochMillis when it was noticed (wall clock)
 */
public record DeviceChange(AudioDeviceInfo device, boolean added, long epochMillis) {

    public DeviceChange {
        Objects.requireNonNull(device, "device");
    }
}
