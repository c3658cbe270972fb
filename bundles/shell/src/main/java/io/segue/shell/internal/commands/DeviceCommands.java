package io.segue.shell.internal.commands;

import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.DeviceType;
import io.segue.shell.internal.format.DeviceChangeFormat;
import io.segue.shell.internal.format.DeviceFormat;
import java.time.ZoneId;
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

    /** How many device changes {@code devices} shows under the table. */
    static final int RECENT_CHANGES = 10;

    private final AudioDevices devices;
    private final ZoneId zone;

    @Activate
    public DeviceCommands(@Reference(name = "devices") AudioDevices devices) {
        this(devices, ZoneId.systemDefault());
    }

    /** @param zone the time zone the times of device changes are shown in */
    DeviceCommands(AudioDevices devices, ZoneId zone) {
        this.devices = devices;
        this.zone = zone;
    }

    @Descriptor("list audio devices: id, type, input/output channels, provider default (*), description; then the "
            + "latest devices that came or went")
    public String devices(
            @Descriptor("only devices usable as input, output or duplex (default: all)")
            @Parameter(names = {"-t", "--type"}, absentValue = ALL) String type) {
        String table;
        if (ALL.equalsIgnoreCase(type)) {
            table = DeviceFormat.table(devices.list(), "audio devices");
        } else {
            DeviceType wanted = parseType(type);
            table = DeviceFormat.table(devices.list(wanted), DeviceFormat.typeName(wanted) + " devices");
        }
        String changes = DeviceChangeFormat.recent(devices.recentChanges(), RECENT_CHANGES, zone);
        return changes == null ? table : table + "\n\n" + changes;
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
