package io.segue.deploy.internal.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.testing.Configs;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploySettingsTest {

    @Test
    void defaultsAreTheDeployFolderOfTheWorkingDirectoryPolledFourTimesASecond() {
        DeploySettings settings = DeploySettings.of(Configs.defaults(DeployConfig.class));
        assertEquals(Path.of("deploy").toAbsolutePath(), settings.folder());
        assertEquals(250, settings.pollMillis());
    }

    @Test
    void pollMillisOutOfRangeIsRefusedNamingTheKeyAndTheRange() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> DeploySettings.of(Configs.of(DeployConfig.class, Map.of("pollMillis", 49L))));
        assertEquals("io.segue.deploy: pollMillis must be in 50..60000, was 49", low.getMessage());
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> DeploySettings.of(Configs.of(DeployConfig.class, Map.of("pollMillis", 60_001L))));
        assertEquals("io.segue.deploy: pollMillis must be in 50..60000, was 60001", high.getMessage());
    }

    @Test
    void anEmptyFolderIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeploySettings.of(Configs.of(DeployConfig.class, Map.of("folder", " "))));
        assertEquals("io.segue.deploy: folder must name a folder, was empty", e.getMessage());
    }

    @Test
    void theCheckReadsRawPropertiesAsTheCfgFileGivesThem() {
        DeployConfigurationCheck check = new DeployConfigurationCheck();
        assertEquals(Optional.empty(),
                check.problem(DeployConfig.PID, Map.of("folder", "plugins", "pollMillis", "250")));
        Optional<String> fast = check.problem(DeployConfig.PID, Map.of("pollMillis", "fast"));
        assertTrue(fast.isPresent() && fast.get().contains("fast"), fast.toString());
        assertEquals(Optional.of("io.segue.deploy: pollMillis must be in 50..60000, was 10"),
                check.problem(DeployConfig.PID, Map.of("pollMillis", 10)));
    }
}
