package io.segue.device.mock.internal.fault;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;

/**
 * The run-time faults of every mock device, shared by the provider (which opens devices and lists them) and the
 * fault injector (which injects). A bundle-internal service: the one instance both components get is the one
 * board. Immediate, so that an unplugged device stays unplugged while neither component happens to be in use.
 */
@Component(service = FaultBoard.class, immediate = true)
public final class FaultBoard {

    private final Map<String, DeviceFaults> devices = new ConcurrentHashMap<>();

    /** The faults of {@code deviceId}, without options (e.g. {@code mock:sine}). */
    public DeviceFaults device(String deviceId) {
        return devices.computeIfAbsent(deviceId, DeviceFaults::new);
    }

    /** Fails every open input and output of every device: their provider is going away. */
    public void disconnectAll(String why) {
        devices.values().forEach(device -> device.disconnect("mock device " + device.deviceId() + " is gone: " + why));
    }
}
