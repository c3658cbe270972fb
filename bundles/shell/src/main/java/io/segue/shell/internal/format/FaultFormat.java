package io.segue.shell.internal.format;

import io.segue.api.audio.FaultInjector;
import java.util.List;

/** The usage of {@code segue:fault}: the faults each provider can fake. */
public final class FaultFormat {

    private FaultFormat() {
    }

    /** For each injector, a heading naming its provider and how to call it, then its usage lines, indented. */
    public static String usage(List<FaultInjector> injectors) {
        if (injectors.isEmpty()) {
            return "no fault injectors: no device provider present can fake failures";
        }
        StringBuilder out = new StringBuilder();
        for (FaultInjector injector : injectors) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            String provider = injector.providerId();
            out.append("faults of ").append(provider).append(" devices: segue:fault ").append(provider)
                    .append(":<device> <fault> [arguments...]");
            for (String line : injector.usage()) {
                out.append("\n  ").append(line);
            }
        }
        return out.append("\n\nsegue:fault clear <device> clears every fault injected into a device").toString();
    }
}
