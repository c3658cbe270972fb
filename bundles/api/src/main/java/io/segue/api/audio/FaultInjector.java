package io.segue.api.audio;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Injects failures into a provider's devices while they run, so that operators can rehearse them and tests can
 * cause them: a disconnect, a device that is unplugged and comes back, a stall, bursts of bad samples, jitter.
 * Offered as a service by providers that can fake failures (the mock provider).
 */
@ConsumerType
public interface FaultInjector {

    /** The {@link AudioDeviceProvider#id()} whose devices this injector reaches. */
    String providerId();

    /** One line per fault this injector knows: its name, arguments and what it does. */
    List<String> usage();

    /**
     * Injects {@code fault} into {@code deviceId} (and, for a fault that outlives one open input, into the device
     * itself, e.g. an unplug).
     *
     * @param deviceId  a device of this provider, options after {@code ?} ignored
     * @param fault     one of the names in {@link #usage()}
     * @param arguments the fault's arguments, as typed
     * @return what was injected, in one line
     * @throws IllegalArgumentException when the device, the fault or an argument is not valid; the message says why
     */
    String inject(String deviceId, String fault, List<String> arguments);

    /**
     * Clears every fault injected into {@code deviceId} (a device unplugged comes back).
     *
     * @return what was cleared, in one line
     */
    String clear(String deviceId);
}
