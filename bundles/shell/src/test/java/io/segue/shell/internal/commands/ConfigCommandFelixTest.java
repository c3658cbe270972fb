package io.segue.shell.internal.commands;

import static io.segue.shell.internal.testing.TableRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.config.ConfigurationCheck;
import io.segue.shell.internal.fakes.FakeConfigurationCheck;
import io.segue.shell.internal.fakes.FelixMetatype;
import io.segue.shell.internal.testing.EmbeddedFelix;
import io.segue.testing.Await;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.apache.felix.cm.PersistenceManager;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.apache.felix.metatype.MetaDataReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.MetaTypeService;

/**
 * {@code segue:config} against the runtime's own Felix ConfigAdmin, MetaType and FileInstall (watching a config
 * folder as in the runtime), with bundles whose metatype is the XML bnd writes.
 */
class ConfigCommandFelixTest {

    private static final String PIPELINE = "io.segue.pipeline";
    private static final String MOCK = "io.segue.device.mock";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> PIPELINE_FILE = List.of(
            "# Streaming pipeline (framing for feature extraction).",
            "",
            "# Samples between the starts of consecutive windows: 1..windowSize.",
            "hopSize=512",
            "windowSize=2048");

    @TempDir
    Path folder;

    private Path config;
    private EmbeddedFelix felix;
    private ConfigurationAdmin admin;
    private ConfigCommand command;
    private final FakeConfigurationCheck check = new FakeConfigurationCheck();

    private void start(String storage) throws BundleException, IOException {
        felix = new EmbeddedFelix(folder.resolve(storage), Map.of(
                "felix.fileinstall.dir", config.toString(),
                "felix.fileinstall.poll", "50",
                "felix.fileinstall.noInitialDelay", "true",
                "felix.fileinstall.enableConfigSave", "false",
                "felix.fileinstall.log.level", "1"),
                PersistenceManager.class, MetaDataReader.class, ArtifactInstaller.class);
        felix.install(bundle("io.segue.stream-manager", "stream-manager.xml")).start();
        felix.install(bundle("io.segue.device-mock", "device-mock.xml")).start();
        admin = felix.service(ConfigurationAdmin.class);
        command = new ConfigCommand(felix.context());
        command.setAdmin(admin);
        command.setMetatype(felix.service(MetaTypeService.class));
        command.addCheck(check, Map.of(ConfigurationCheck.PID, PIPELINE));
    }

    private void startWithPipelineFile() throws BundleException, IOException {
        config = Files.createDirectories(folder.resolve("config"));
        Files.write(config.resolve(PIPELINE + ".cfg"), PIPELINE_FILE);
        start("cache");
        Await.until(() -> "512".equals(value(PIPELINE, "hopSize")), PATIENCE,
                () -> "FileInstall to load " + PIPELINE + ".cfg");
    }

    @AfterEach
    void stop() throws BundleException, InterruptedException {
        if (felix != null) {
            felix.close();
        }
    }

    @Test
    void aRefusedValueLeavesTheConfigurationAsItWas() throws Exception {
        startWithPipelineFile();
        long changes = configuration(PIPELINE).getChangeCount();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> command.config("set", PIPELINE, "hopSize", "4096"));

        assertEquals("refused: io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 4096; "
                + "hopSize stays 512", refused.getMessage());
        assertEquals(changes, configuration(PIPELINE).getChangeCount());
        assertEquals("512", value(PIPELINE, "hopSize"));
        assertEquals(PIPELINE_FILE, Files.readAllLines(config.resolve(PIPELINE + ".cfg")));
    }

    @Test
    void aSetValueIsInForceAtOnceAndStillAfterFileInstallReadsTheFileAndAfterARestart() throws Exception {
        startWithPipelineFile();

        String line = command.config("set", PIPELINE, "hopSize", "1024");

        Path file = config.resolve(PIPELINE + ".cfg");
        assertEquals("io.segue.pipeline hopSize: 512 -> 1024 (saved in " + file + ")", line);
        assertEquals(Integer.valueOf(1024), configuration(PIPELINE).getProperties().get("hopSize"));
        List<String> expected = new ArrayList<>(PIPELINE_FILE);
        expected.set(3, "hopSize=1024");
        assertEquals(expected, Files.readAllLines(file));
        // FileInstall sees the file change and applies it: the same value, as text
        Await.until(() -> configuration(PIPELINE).getProperties().get("hopSize") instanceof String, PATIENCE,
                () -> "FileInstall to read " + file + " again");
        assertEquals("1024", value(PIPELINE, "hopSize"));

        felix.close();
        start("cache-after-restart");
        Await.until(() -> configuration(PIPELINE) != null, PATIENCE, () -> "FileInstall to load " + file);
        assertEquals("1024", value(PIPELINE, "hopSize"));
    }

    @Test
    void getShowsTheRangesFromTheBundlesMetatype() throws Exception {
        startWithPipelineFile();

        String shown = command.config("get", PIPELINE);

        assertTrue(shown.startsWith("io.segue.pipeline: Segue streaming pipeline (bundle io.segue.stream-manager)"),
                shown);
        assertTrue(shown.contains("\nset by: file " + config.resolve(PIPELINE + ".cfg") + "\n"), shown);
        assertEquals(List.of("hopSize", "512", "Integer", "512", "1..16384", "Samples between frames, 1..windowSize"),
                row(shown, "hopSize"));
        assertEquals(List.of("io.segue.device.tone", "Segue mock tone (factory)", "defaults", "io.segue.device-mock"),
                row(command.config("list"), "io.segue.device.tone"));
    }

    @Test
    void aPidWithoutAFileGetsOneThatFileInstallThenOwns() throws Exception {
        startWithPipelineFile();

        String line = command.config("set", MOCK, "amplitude", "0.25");

        Path file = config.resolve(MOCK + ".cfg");
        assertEquals("io.segue.device.mock amplitude: 0.5 (the default) -> 0.25 (saved in a new file " + file + ")",
                line);
        Await.until(() -> configuration(MOCK).getProperties().get("felix.fileinstall.filename") != null, PATIENCE,
                () -> "FileInstall to take " + file);
        assertEquals("0.25", value(MOCK, "amplitude"));
        assertEquals("?", configuration(MOCK).getBundleLocation(), "bound to no bundle");
    }

    @Test
    void resetDeletesAConfigurationMadeWithoutAFile() throws Exception {
        config = Files.createDirectories(folder.resolve("config"));
        start("cache");
        Dictionary<String, Object> properties = new Hashtable<>(Map.of("amplitude", 0.9));
        admin.getConfiguration(MOCK, "?").update(properties);

        String line = command.config("reset", MOCK);

        assertEquals("io.segue.device.mock back to its defaults, its configuration deleted (amplitude 0.9 -> 0.5)",
                line);
        assertNull(configuration(MOCK));
    }

    private Configuration configuration(String pid) {
        try {
            Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
            return found == null ? null : found[0];
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object value(String pid, String key) {
        Configuration configuration = configuration(pid);
        return configuration == null ? null : configuration.getProperties().get(key);
    }

    private Path bundle(String symbolicName, String metatype) throws IOException {
        try (InputStream xml = FelixMetatype.class.getResourceAsStream(metatype)) {
            return EmbeddedFelix.bundle(folder.resolve(symbolicName + ".jar"), symbolicName,
                    "OSGI-INF/metatype/" + metatype, xml);
        }
    }
}
