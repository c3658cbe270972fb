package io.segue.shell.internal.fakes;

import io.segue.api.audio.FaultInjector;
import java.util.ArrayList;
import java.util.List;

/**
 * Knows two faults, {@code disconnect} (no arguments) and {@code stall <millis>}, and refuses anything else with a
 * message as a real injector would; remembers every call as a line.
 */
public final class FakeFaultInjector implements FaultInjector {

    private final String providerId;
    private final List<String> calls = new ArrayList<>();

    public FakeFaultInjector(String providerId) {
        this.providerId = providerId;
    }

    /** Every inject and clear so far, e.g. {@code inject mock:sine stall [500]}. */
    public List<String> calls() {
        return calls;
    }

    @Override
    public String providerId() {
        return providerId;
    }

    @Override
    public List<String> usage() {
        return List.of("disconnect        the device fails now", "stall <millis>    the device delivers nothing");
    }

    @Override
    public String inject(String deviceId, String fault, List<String> arguments) {
        switch (fault) {
            case "disconnect" -> {
                if (!arguments.isEmpty()) {
                    throw new IllegalArgumentException("disconnect takes no arguments, got " + arguments);
                }
            }
            case "stall" -> {
                if (arguments.size() != 1 || !arguments.get(0).matches("\\d+")) {
                    throw new IllegalArgumentException("stall takes one argument, the milliseconds, got "
                            + arguments);
                }
            }
            default -> throw new IllegalArgumentException("unknown fault '" + fault + "': use disconnect or stall");
        }
        calls.add("inject " + deviceId + " " + fault + " " + arguments);
        return deviceId + ": " + fault + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments))
                + " injected";
    }

    @Override
    public String clear(String deviceId) {
        calls.add("clear " + deviceId);
        return deviceId + ": faults cleared";
    }
}
