package io.segue.device.mock.internal.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules the metatype cannot state, asked before a change: the reason the component would refuse it. */
class MockDeviceConfigurationCheckTest {

    private final MockDeviceConfigurationCheck check = new MockDeviceConfigurationCheck();

    @Test
    void aValueTheComponentWouldRefuseIsRefusedWithItsReason() {
        assertEquals(Optional.of("outputFile must be the path of a WAV file to write, was empty"),
                check.problem("io.segue.device.mock", Map.of("outputFile", "")));
    }

    @Test
    void goodValuesAndTheDefaultsPass() {
        assertEquals(Optional.empty(),
                check.problem("io.segue.device.mock", Map.of("outputFile", "set.wav", "amplitude", "0.25")));
        assertEquals(Optional.empty(), check.problem("io.segue.device.mock", Map.of()));
    }
}
