package io.segue.shell.internal.format;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.DeviceType;
import java.util.List;
import java.util.Locale;

/** The devices table of {@code segue:devices}. */
public final class DeviceFormat {

    private DeviceFormat() {
    }

    /** Device types as operators type them, e.g. {@code input}. */
    public static String typeName(DeviceType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /**
     * One row per device: id, type, input and output channels, {@code *} for a provider's default, description.
     *
     * @param what what was listed, for the empty case (e.g. {@code "input devices"})
     */
    public static String table(List<AudioDeviceInfo> devices, String what) {
        if (devices.isEmpty()) {
            return "no " + what + " found";
        }
        TableFormat table = new TableFormat("id", "type", "in", "out", "default", "description").alignRight(2, 3);
        for (AudioDeviceInfo device : devices) {
            table.row(device.id(), typeName(device.type()), device.inputChannels(), device.outputChannels(),
                    device.defaultDevice() ? "*" : "", device.description());
        }
        return table.toString();
    }
}
