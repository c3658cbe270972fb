package io.segue.api.audio;

import java.util.List;
import java.util.Objects;

/**
 * What a provider says about one of its devices.
 *
 * @param id                 unique across providers: {@code <providerId>:<local name>}, e.g. {@code mock:sine}
 * @param name               a human-readable name
 * @param description        one line on what the device is
 * @param type               input, output or duplex
 * @param inputChannels      the most channels the device captures (0 for output-only devices)
 * @param outputChannels     the most channels the device plays (0 for input-only devices)
 * @param sampleRatesHz      the sample rates the device offers natively; empty when any rate is offered
 * @param defaultDevice      whether this is its provider's default device of its type
 * @param providerId         the {@link AudioDeviceProvider#id() id} of the provider
 */
public record AudioDeviceInfo(
        String id,
        String name,
        String description,
        DeviceType type,
        int inputChannels,
        int outputChannels,
        List<Integer> sampleRatesHz,
        boolean defaultDevice,
        String providerId) {

    public AudioDeviceInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(providerId, "providerId");
        sampleRatesHz = List.copyOf(sampleRatesHz);
    }

    /** Whether the device offers {@code sampleRateHz} natively. */
    public boolean supportsSampleRate(int sampleRateHz) {
        return sampleRatesHz.isEmpty() || sampleRatesHz.contains(sampleRateHz);
    }
}
