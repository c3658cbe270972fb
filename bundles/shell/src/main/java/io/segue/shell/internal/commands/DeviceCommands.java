package io.segue.shell.internal.commands;

import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.DeviceType;
import io.segue.shell.internal.format.DeviceFormat;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code segue:devices}: the audio devices of every provider. */
@Component(service = DeviceCommands.class, immediate = true)
@GogoCommand(scope = "segue", function = {"devices"})
public final class DeviceCommands {

    static final String ALL = "all";

    private final AudioDevices devices;

    @Activate
    public DeviceCommands(@Reference(name = "devices") AudioDevices devices) {
        this.devices = devices;
    }

    @Descriptor("list audio devices: id, type, input/output channels, provider default (*), description")
    public String devices(
            @Descriptor("only devices usable as input, output or duplex (default: all)")
            @Parameter(names = {"-t", "--type"}, absentValue = ALL) String type) {
        if (ALL.equalsIgnoreCase(type)) {
            return DeviceFormat.table(devices.list(), "audio devices");
        }
        DeviceType wanted = parseType(type);
        return DeviceFormat.table(devices.list(wanted), DeviceFormat.typeName(wanted) + " devices");
    }

    static DeviceType parseType(String type) {
        for (DeviceType candidate : DeviceType.values()) {
            if (candidate.name().equalsIgnoreCase(type.strip())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(
                "unknown device type '" + type + "': use input, output, duplex or " + ALL);
    }
}
