package io.segue.device.mock.internal.provider;

import io.segue.api.audio.DeviceType;
import io.segue.api.audio.FaultInjector;
import io.segue.api.stream.AudioChunkListener;
import io.segue.device.mock.internal.fault.DeviceFaults;
import io.segue.device.mock.internal.fault.FaultBoard;
import io.segue.device.mock.internal.fault.Faults;
import io.segue.device.mock.internal.fault.SlowConsumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Injects faults into the mock devices while they run. A fault reaches every input and output of the device open
 * now, whatever its options ({@code mock:sine} reaches {@code mock:sine?hz=880}); an unplug also refuses later
 * opens while it lasts. {@code slow} registers an {@link AudioChunkListener} that is slow on purpose
 * ({@link SlowConsumer}), one per device it was injected for, until cleared or {@code slow 0}. Immediate: a delayed
 * component would be deactivated when its last user (a shell command) lets go, and take its slow consumers along.
 */
@Component(service = FaultInjector.class, immediate = true)
public final class MockFaultInjector implements FaultInjector {

    private static final List<String> USAGE = List.of(
            "disconnect [chunks]: every open input and output of the device fails on its next read or write, or "
                    + "after that many more; the device stays listed and can be reopened at once",
            "unplug [ms]: disconnect, and the device is not listed and cannot be opened for ms milliseconds "
                    + "(without ms: until cleared)",
            "stall <ms>: the next read or write of every open input and output blocks for ms milliseconds, "
                    + "then the device goes on (the time is not made up)",
            "glitch [n]: bursts of bad samples (NaN, +Inf, -Inf, +4, -4) in the next n reads of every open input "
                    + "(default 1)",
            "jitter <ms>: every read and write is released up to ms milliseconds late, at random, the mean rate "
                    + "kept; jitter 0 stops it",
            "slow <ms>: a chunk listener that spends ms milliseconds on every chunk of the input stream, on the "
                    + "analysis thread (overload: the stream drops chunks); slow 0 removes it");
    private static final String FAULTS = "disconnect [chunks], unplug [ms], stall <ms>, glitch [n], jitter <ms>, slow <ms>";

    private final FaultBoard board;
    private final BundleContext context;
    /** The slow consumers registered, by device id. Guarded by {@code this}. */
    private final Map<String, Slow> slow = new HashMap<>();

    private record Slow(SlowConsumer consumer, ServiceRegistration<AudioChunkListener> registration) {
    }

    @Activate
    public MockFaultInjector(@Reference FaultBoard board, BundleContext context) {
        this.board = Objects.requireNonNull(board, "board");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Unregisters the slow consumers: they belong to this component. */
    @Deactivate
    synchronized void deactivate() {
        slow.values().forEach(s -> s.registration().unregister());
        slow.clear();
    }

    @Override
    public String providerId() {
        return MockDeviceProvider.PROVIDER_ID;
    }

    @Override
    public List<String> usage() {
        return USAGE;
    }

    /**
     * @throws IllegalArgumentException when the device is not a mock device, the fault is unknown, the number of
     *                                  arguments is wrong or an argument is not a whole number in range
     */
    @Override
    public String inject(String deviceId, String fault, List<String> arguments) {
        MockDevice device = device(deviceId);
        List<String> args = arguments == null ? List.of() : arguments;
        DeviceFaults faults = board.device(device.id());
        String id = device.id();
        if (fault == null || fault.isBlank()) {
            throw new IllegalArgumentException("no fault given; the faults are: " + FAULTS);
        }
        return switch (fault.strip()) {
            case "disconnect" -> {
                arguments("disconnect", args, 0, 1, "disconnect [chunks]");
                int open = faults.openCount();
                if (!args.isEmpty()) {
                    long chunks = whole("disconnect", "chunks", args.get(0), 1, "disconnect [chunks]");
                    faults.disconnectAfter((int) Math.min(chunks, Integer.MAX_VALUE));
                    yield id + " disconnects after " + chunks + " more reads or writes (" + opens(open) + "); the"
                            + " device can be reopened at once";
                }
                faults.disconnect();
                yield id + " disconnected (" + opens(open) + "): each fails on its next read or write; the device "
                        + "can be reopened at once";
            }
            case "unplug" -> {
                arguments("unplug", args, 0, 1, "unplug [ms]");
                long millis = args.isEmpty() ? -1 : whole("unplug", "ms", args.get(0), 1, "unplug [ms]");
                int open = faults.openCount();
                faults.unplug(millis);
                yield id + " unplugged " + (millis < 0 ? "until cleared" : "for " + millis + " ms") + " (" + opens(open)
                        + "): not listed and cannot be opened until then";
            }
            case "stall" -> {
                arguments("stall", args, 1, 1, "stall <ms>");
                long millis = whole("stall", "ms", args.get(0), 1, "stall <ms>");
                faults.stall(millis);
                yield id + " stalls (" + opens(faults.openCount()) + "): the next read or write blocks for " + millis
                        + " ms";
            }
            case "glitch" -> {
                arguments("glitch", args, 0, 1, "glitch [n]");
                if (device.type() == DeviceType.OUTPUT) {
                    throw new IllegalArgumentException("glitch corrupts captured samples, and " + id
                            + " is an output device; the inputs are " + MockDevice.ids(DeviceType.INPUT));
                }
                long reads = args.isEmpty() ? 1 : whole("glitch", "n", args.get(0), 1, "glitch [n]");
                faults.glitch((int) Math.min(reads, Integer.MAX_VALUE));
                yield id + " glitches (" + opens(faults.openCount()) + "): bad samples (NaN, ±Inf, ±4) in the next "
                        + (reads == 1 ? "read" : reads + " reads");
            }
            case "jitter" -> {
                arguments("jitter", args, 1, 1, "jitter <ms>");
                long millis = whole("jitter", "ms", args.get(0), 0, "jitter <ms>");
                faults.jitter(millis);
                yield millis == 0 ? id + ": jitter off"
                        : id + " jitters: every read and write is released up to " + millis + " ms late";
            }
            case "slow" -> {
                arguments("slow", args, 1, 1, "slow <ms>");
                yield slow(id, whole("slow", "ms", args.get(0), 0, "slow <ms>"));
            }
            default -> throw new IllegalArgumentException("unknown fault '" + fault.strip() + "'; the faults are: "
                    + FAULTS);
        };
    }

    /**
     * @throws IllegalArgumentException when the device is not a mock device
     */
    @Override
    public String clear(String deviceId) {
        MockDevice device = device(deviceId);
        List<String> cleared = new ArrayList<>(board.device(device.id()).clear());
        synchronized (this) {
            Slow removed = slow.remove(device.id());
            if (removed != null) {
                removed.registration().unregister();
                cleared.add("slow consumer of " + removed.consumer().millisPerChunk() + " ms");
            }
        }
        return device.id() + ": " + (cleared.isEmpty() ? "no fault in force" : "cleared " + String.join(", ", cleared))
                + "; no stall or glitch pending";
    }

    private synchronized String slow(String id, long millis) {
        Slow current = slow.get(id);
        if (millis == 0) {
            if (current == null) {
                return id + ": no slow consumer to remove";
            }
            slow.remove(id).registration().unregister();
            return id + ": slow consumer removed";
        }
        if (current != null) {
            current.consumer().setMillisPerChunk(millis);
        } else {
            SlowConsumer consumer = new SlowConsumer(millis);
            ServiceRegistration<AudioChunkListener> registration = context.registerService(AudioChunkListener.class,
                    consumer, FrameworkUtil.asDictionary(Map.of(Constants.SERVICE_DESCRIPTION,
                            "slow consumer injected for " + id + " (fault injection)")));
            slow.put(id, new Slow(consumer, registration));
        }
        return id + ": a slow consumer now spends " + millis + " ms on every chunk of the input stream";
    }

    /** The mock device of {@code deviceId}, options after {@code ?} ignored. */
    private static MockDevice device(String deviceId) {
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("no device given; the mock devices are: "
                    + MockDevice.ids(DeviceType.INPUT) + ", " + MockDevice.ids(DeviceType.OUTPUT));
        }
        int question = deviceId.indexOf('?');
        return DeviceRequest.device((question < 0 ? deviceId : deviceId.substring(0, question)).strip());
    }

    private static void arguments(String fault, List<String> args, int min, int max, String usage) {
        if (args.size() < min || args.size() > max) {
            String expected = max == 0 ? "no arguments" : min == max ? "one argument" : "at most one argument";
            throw new IllegalArgumentException(fault + " takes " + expected + ", was given " + args.size()
                    + (args.isEmpty() ? "" : " " + args) + "; usage: " + usage);
        }
    }

    private static long whole(String fault, String name, String value, long min, String usage) {
        long number;
        try {
            number = Long.parseLong(Objects.requireNonNullElse(value, "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(fault + ": " + name + " must be a whole number" + (name.equals("ms")
                    ? " of milliseconds" : "") + ", was '" + value + "'; usage: " + usage, e);
        }
        long max = name.equals("ms") ? Faults.MAX_MILLIS : Integer.MAX_VALUE;
        if (number < min || number > max) {
            throw new IllegalArgumentException(fault + ": " + name + " must be in [" + min + ", " + max + "], was "
                    + number + "; usage: " + usage);
        }
        return number;
    }

    private static String opens(int open) {
        return open + (open == 1 ? " open input or output" : " open inputs and outputs");
    }
}
