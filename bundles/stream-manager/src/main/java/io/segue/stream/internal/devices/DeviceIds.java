package io.segue.stream.internal.devices;

import io.segue.api.audio.AudioDeviceInfo;
import java.util.List;
import java.util.stream.Collectors;

/** Device ids are {@code provider:name}, optionally followed by {@code ?options} for the provider. */
public final class DeviceIds {

    private DeviceIds() {
    }

    /** The ids of {@code devices} for a message: comma-separated, or "(none)". */
    public static String list(List<AudioDeviceInfo> devices) {
        return devices.isEmpty() ? "(none)"
                : devices.stream().map(AudioDeviceInfo::id).collect(Collectors.joining(", "));
    }

    /** The id without options. */
    public static String base(String deviceId) {
        int query = deviceId.indexOf('?');
        return query < 0 ? deviceId : deviceId.substring(0, query);
    }

    /** The options of an id, from the {@code ?} on, or "" when it has none. */
    public static String options(String deviceId) {
        int query = deviceId.indexOf('?');
        return query < 0 ? "" : deviceId.substring(query);
    }
}
