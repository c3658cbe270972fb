package io.segue.shell.internal.commands;

import io.segue.api.audio.FaultInjector;
import io.segue.shell.internal.format.FaultFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code segue:fault}: injects failures into devices through the {@link FaultInjector} of the device's provider
 * (the part of the id before {@code :}), to rehearse them.
 */
@Component(service = FaultCommand.class, immediate = true)
@GogoCommand(scope = "segue", function = {"fault"})
public final class FaultCommand {

    static final String CLEAR = "clear";

    /** Providers come and go while the shell runs; a command reads the list once. */
    private final List<FaultInjector> injectors = new CopyOnWriteArrayList<>();

    @Reference(name = "injectors", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addInjector(FaultInjector injector) {
        injectors.add(injector);
    }

    void removeInjector(FaultInjector injector) {
        injectors.remove(injector);
    }

    @Descriptor("list the faults each device provider can fake, with their arguments")
    public String fault() {
        return FaultFormat.usage(List.copyOf(injectors));
    }

    @Descriptor("list the faults a device can take")
    public String fault(@Descriptor("device id, e.g. mock:sine") String device) {
        return FaultFormat.usage(List.of(injectorFor(device)));
    }

    @Descriptor("inject a fault into a device, or clear a device's faults (segue:fault clear <device>)")
    public String fault(
            @Descriptor("device id (e.g. mock:sine), or clear") String device,
            @Descriptor("the fault, as listed by segue:fault; after clear, the device id") String fault,
            @Descriptor("the fault's arguments") String... arguments) {
        if (CLEAR.equals(device) && arguments.length == 0) {
            return injectorFor(fault).clear(fault);
        }
        return injectorFor(device).inject(device, fault, List.of(arguments));
    }

    /**
     * @throws IllegalArgumentException naming the provider and those that take faults when none takes this
     *                                  device's
     */
    private FaultInjector injectorFor(String device) {
        int colon = device.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(
                    "'" + device + "' is not a device id: expected <provider>:<device>, e.g. mock:sine");
        }
        String provider = device.substring(0, colon);
        List<String> providers = new ArrayList<>();
        for (FaultInjector injector : injectors) {
            if (injector.providerId().equals(provider)) {
                return injector;
            }
            providers.add(injector.providerId());
        }
        throw new IllegalArgumentException("no fault injector for provider '" + provider + "' ("
                + (providers.isEmpty() ? "no provider present takes faults"
                        : "faults can be injected into: " + String.join(", ", providers)) + ")");
    }
}
