package io.segue.shell.internal.format;

import io.segue.api.audio.DeviceChange;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The hot-plug history under {@code segue:devices} and {@code segue:status}. */
public final class DeviceChangeFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DeviceChangeFormat() {
    }

    /** e.g. {@code + mock:sine appeared 11:02:03} or {@code - javasound:usb disappeared 11:02:07}. */
    public static String line(DeviceChange change, ZoneId zone) {
        String time = TIME.format(Instant.ofEpochMilli(change.epochMillis()).atZone(zone));
        return (change.added() ? "+ " : "- ") + change.device().id() + (change.added() ? " appeared " :
                " disappeared ") + time;
    }

    /**
     * A heading and the newest {@code limit} changes, oldest first, each on its own indented line; {@code null}
     * when there were none.
     */
    public static String recent(List<DeviceChange> changes, int limit, ZoneId zone) {
        if (changes.isEmpty()) {
            return null;
        }
        List<DeviceChange> newest = changes.subList(Math.max(0, changes.size() - limit), changes.size());
        StringBuilder out = new StringBuilder("recent device changes");
        if (newest.size() < changes.size()) {
            out.append(" (newest ").append(newest.size()).append(" of ").append(changes.size()).append(')');
        }
        for (DeviceChange change : newest) {
            out.append("\n  ").append(line(change, zone));
        }
        return out.toString();
    }
}
