package io.segue.deploy.internal.component;

import static io.segue.deploy.internal.testing.TestJars.bundle;
import static io.segue.deploy.internal.testing.TestJars.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.deploy.internal.testing.EmbeddedFramework;
import io.segue.testing.Await;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

class DeployFolderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path temp;
    private EmbeddedFramework framework;
    private final RecordingLogger log = new RecordingLogger();

    @BeforeEach
    void start() throws Exception {
        framework = EmbeddedFramework.start(temp.resolve("cache"));
    }

    @AfterEach
    void stop() throws Exception {
        framework.close();
    }

    @Test
    void aJarDroppedInIsActiveAfterAFewPolls() throws Exception {
        for (long pollMillis : new long[] {50, 500}) {
            Path folder = temp.resolve("deploy-" + pollMillis);
            DeployFolder deploy = new DeployFolder(framework.context(), config(folder, pollMillis), log.logger());
            try {
                Await.until(() -> java.nio.file.Files.isDirectory(folder), PATIENCE, () -> "no folder " + folder);
                Path jar = folder.resolve("a.jar");
                long dropped = System.nanoTime();
                write(jar, bundle("io.test.a" + pollMillis, "1.0.0"));
                Await.until(() -> active(jar), PATIENCE, () -> deploy.status() + " " + log.lines());
                System.out.printf("deploy folder, poll %d ms: drop to ACTIVE in %.0f ms%n", pollMillis,
                        (System.nanoTime() - dropped) / 1e6);
            } finally {
                deploy.deactivate();
            }
        }
    }

    @Test
    void aRefusedChangeKeepsThePreviousFolderAndAGoodOneMovesToTheNewFolder() throws Exception {
        Path first = temp.resolve("first");
        DeployFolder deploy = new DeployFolder(framework.context(), config(first, 50), log.logger());
        try {
            deploy.modified(config(temp.resolve("second"), 10));
            assertEquals(first, deploy.folder());
            assertEquals(50, deploy.pollMillis());
            assertTrue(log.lines().contains("WARN io.segue.deploy: pollMillis must be in 50..60000, was 10 (refused; "
                    + "still folder " + first + ", looked at every 50 ms)"), log.lines()::toString);

            Path second = temp.resolve("second");
            deploy.modified(config(second, 50));
            assertEquals(second, deploy.folder());
            Await.until(() -> java.nio.file.Files.isDirectory(second), PATIENCE, () -> "no folder " + second);
            Path jar = write(second.resolve("b.jar"), bundle("io.test.b", "1.0.0"));
            Await.until(() -> active(jar), PATIENCE, () -> deploy.status() + " " + log.lines());
            assertEquals("b.jar", deploy.status().get(0).file());
        } finally {
            deploy.deactivate();
        }
    }

    private boolean active(Path jar) {
        Bundle bundle = framework.bundleAt(jar.toUri().toString());
        return bundle != null && bundle.getState() == Bundle.ACTIVE;
    }

    private static DeployConfig config(Path folder, long pollMillis) {
        return Configs.of(DeployConfig.class, Map.of("folder", folder.toString(), "pollMillis", pollMillis));
    }
}
