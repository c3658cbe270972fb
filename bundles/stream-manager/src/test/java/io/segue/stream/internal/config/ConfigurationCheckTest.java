package io.segue.stream.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.stream.internal.capture.StreamConfigurationCheck;
import io.segue.stream.internal.devices.DevicesConfigurationCheck;
import io.segue.stream.internal.pipeline.PipelineConfigurationCheck;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stream's and the pipeline's own rules, asked before a change: the reason a component would refuse it. */
class ConfigurationCheckTest {

    private final PipelineConfigurationCheck pipeline = new PipelineConfigurationCheck();
    private final StreamConfigurationCheck stream = new StreamConfigurationCheck();

    @Test
    void aHopLongerThanTheWindowIsRefusedWithTheRule() {
        assertEquals(Optional.of("io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 4096"),
                pipeline.problem("io.segue.pipeline", Map.of("windowSize", 2048, "hopSize", "4096")));
        assertEquals(Optional.empty(), pipeline.problem("io.segue.pipeline", Map.of("windowSize", "4096",
                "hopSize", 4096)), "the same hop is fine with a longer window");
    }

    @Test
    void valuesAreReadAsTheirKeysTypeAndOneThatIsNotIsRefused() {
        assertEquals(Optional.of("io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 4096"),
                pipeline.problem("io.segue.pipeline", Map.of("hopSize", 4096L)), "a Long for an int");
        assertEquals(Optional.empty(), stream.problem("io.segue.stream", Map.of("sampleRateHz", "44100",
                "returnToPreferred", "false")), "text as a cfg file has it");
        Optional<String> half = pipeline.problem("io.segue.pipeline", Map.of("hopSize", "half"));
        assertTrue(half.isPresent() && half.get().contains("half"), half.toString());
    }

    @Test
    void aPollPeriodIsNeverOrAtLeast50Milliseconds() {
        DevicesConfigurationCheck devices = new DevicesConfigurationCheck();
        assertEquals(Optional.of("io.segue.devices: pollMillis must be 0 or 50..60000, was 10"),
                devices.problem("io.segue.devices", Map.of("pollMillis", "10")));
        assertEquals(Optional.empty(), devices.problem("io.segue.devices", Map.of("pollMillis", 0)));
    }

    @Test
    void anUnsetKeyKeepsItsDefault() {
        assertEquals(Optional.empty(), stream.problem("io.segue.stream", Map.of()));
        assertEquals(Optional.of("io.segue.stream: sampleRateHz must be in 8000..192000, was 100"),
                stream.problem("io.segue.stream", Map.of("sampleRateHz", 100L)));
    }
}
