package io.segue.device.mock.internal.provider;

import io.segue.device.mock.internal.fault.Faults;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A device id as given to {@code openInput} or {@code openOutput}: {@code mock:<device>} then optionally
 * {@code ?key=value&key=value}.
 * Values are taken literally (no percent-decoding), so a path may contain {@code =} and {@code ?} but not
 * {@code &}.
 *
 * @param device  the device
 * @param options the options in the order given
 */
record DeviceRequest(MockDevice device, Map<String, String> options) {

    static final String PREFIX = MockDeviceProvider.PROVIDER_ID + ":";

    DeviceRequest {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * @throws IllegalArgumentException when the device is not a mock device, an option is malformed, given twice or
     *                                  not one the device takes; the message says what is allowed
     */
    static DeviceRequest parse(String deviceId) {
        int question = deviceId.indexOf('?');
        String id = question < 0 ? deviceId : deviceId.substring(0, question);
        MockDevice device = device(id);
        Map<String, String> options = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : deviceId.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                if (!device.options().contains(key) && !device.faultOptions().contains(key)) {
                    throw new IllegalArgumentException("unknown option '" + key + "' for " + id + "; allowed: "
                            + String.join(", ", device.options()) + ", and the faults "
                            + String.join(", ", device.faultOptions().stream().sorted().toList()));
                }
                if (equals < 0) {
                    throw new IllegalArgumentException("option '" + key + "' of " + id + " has no value (expected "
                            + key + "=<value>)");
                }
                if (options.putIfAbsent(key, pair.substring(equals + 1)) != null) {
                    throw new IllegalArgumentException("option '" + key + "' of " + id + " is given twice");
                }
            }
        }
        return new DeviceRequest(device, options);
    }

    /**
     * The device of {@code id}, without options.
     *
     * @throws IllegalArgumentException when it is not a mock device; the message lists them
     */
    static MockDevice device(String id) {
        return Arrays.stream(MockDevice.values())
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown device '" + id + "'; mock devices are: "
                        + Arrays.stream(MockDevice.values()).map(MockDevice::id).collect(Collectors.joining(", "))));
    }

    /** {@code settings} with these options applied (the fault options aside: {@link #faults()}). */
    MockSettings applyTo(MockSettings settings) {
        MockSettings result = settings;
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (!Faults.KEYS.contains(option.getKey())) {
                result = result.withOption(option.getKey(), option.getValue());
            }
        }
        return result;
    }

    /** The faults the options ask for. */
    Faults faults() {
        return Faults.of(options);
    }
}
