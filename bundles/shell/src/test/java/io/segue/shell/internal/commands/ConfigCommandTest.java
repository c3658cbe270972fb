package io.segue.shell.internal.commands;

import static io.segue.shell.internal.testing.TableRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.config.ConfigurationCheck;
import io.segue.shell.internal.config.Configurable;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.FakeConfigurationAdmin;
import io.segue.shell.internal.fakes.FakeConfigurationCheck;
import io.segue.shell.internal.fakes.FelixMetatype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    private static final String PIPELINE = "io.segue.pipeline";
    private static final String MOCK = "io.segue.device.mock";
    private static final List<String> PIPELINE_FILE = List.of(
            "# Streaming pipeline (framing for feature extraction).",
            "",
            "# Samples per analysis window: a power of two in 256..16384.",
            "windowSize=2048",
            "",
            "# Samples between the starts of consecutive windows: 1..windowSize.",
            "hopSize=512",
            "",
            "# Feature frames kept for readers: 2..10000.",
            "featuresQueueCapacity = 100");

    @TempDir
    Path config;

    private final FakeConfigurationAdmin admin = new FakeConfigurationAdmin();
    private final FakeConfigurationCheck check = new FakeConfigurationCheck();
    private final List<Configurable> catalog = new ArrayList<>();
    private ConfigCommand command;
    private Path pipelineFile;

    private void start() throws IOException {
        catalog.addAll(FelixMetatype.read(FelixMetatype.class, "stream-manager.xml", "io.segue.stream-manager"));
        catalog.addAll(FelixMetatype.read(FelixMetatype.class, "device-mock.xml", "io.segue.device-mock"));
        pipelineFile = config.resolve(PIPELINE + ".cfg");
        Files.write(pipelineFile, PIPELINE_FILE);
        admin.fromFile(PIPELINE, pipelineFile, Map.of("windowSize", "2048", "hopSize", "512",
                "featuresQueueCapacity", "100"));
        command = new ConfigCommand(metatype -> catalog, config);
        command.setAdmin(admin);
        command.setMetatype(bundle -> null);
        command.addCheck(check, Map.of(ConfigurationCheck.PID, PIPELINE));
    }

    @Test
    void setRefusesAKeyTheMetatypeDoesNotKnowNamingTheKnownOnes() throws IOException {
        start();

        assertEquals("refused: io.segue.pipeline has no key 'hopsize' (its keys: windowSize, hopSize, "
                + "featuresQueueCapacity, predictionsQueueCapacity); nothing changed", refusal(PIPELINE, "hopsize",
                        "1024"));
        assertUnchanged();
    }

    @Test
    void setRefusesAValueOfTheWrongType() throws IOException {
        start();

        assertEquals("refused: hopSize must be a whole number (Integer in 1..16384), was 'half'; hopSize stays 512",
                refusal(PIPELINE, "hopSize", "half"));
        assertUnchanged();
    }

    @Test
    void setRefusesAValueOutOfRange() throws IOException {
        start();

        assertEquals("refused: hopSize must be in 1..16384, was 0; hopSize stays 512",
                refusal(PIPELINE, "hopSize", "0"));
        assertUnchanged();
    }

    @Test
    void setRefusesWhatTheComponentsCheckRefusesAndKeepsTheOldValue() throws IOException {
        start();

        assertEquals("refused: io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 4096; "
                + "hopSize stays 512", refusal(PIPELINE, "hopSize", "4096"));
        assertUnchanged();
        // the check saw the whole configuration as it would be, typed by the metatype (the file gave Strings)
        Map<String, Object> asked = check.asked().get(0);
        assertEquals(4096, asked.get("hopSize"));
        assertEquals(2048, asked.get("windowSize"));
        assertEquals(100, asked.get("featuresQueueCapacity"));
    }

    @Test
    void setRefusesWhenACheckFails() throws IOException {
        start();
        command.addCheck((pid, properties) -> {
            throw new IllegalStateException("broken");
        }, Map.of(ConfigurationCheck.PID, new String[] {"io.segue.stream", PIPELINE}));

        String refusal = refusal(PIPELINE, "hopSize", "256");

        assertEquals("refused: the check of io.segue.pipeline failed (java.lang.IllegalStateException: broken); "
                + "hopSize stays 512", refusal);
        assertUnchanged();
    }

    @Test
    void setStoresTheTypedValueAndWritesItIntoTheFileKeepingItsComments() throws IOException {
        start();

        String line = command.config("set", PIPELINE, "hopSize", "1024");

        assertEquals("io.segue.pipeline hopSize: 512 -> 1024 (saved in " + pipelineFile + ")", line);
        assertEquals(List.of("update " + PIPELINE), admin.calls());
        Map<String, Object> stored = admin.get(PIPELINE).properties();
        assertEquals(Integer.valueOf(1024), stored.get("hopSize"));
        assertEquals(Integer.valueOf(2048), stored.get("windowSize"));
        assertEquals(pipelineFile.toUri().toString(), stored.get("felix.fileinstall.filename"));
        List<String> expected = new ArrayList<>(PIPELINE_FILE);
        expected.set(6, "hopSize=1024");
        assertEquals(expected, Files.readAllLines(pipelineFile));
    }

    @Test
    void setOfAPidWithoutConfigurationCreatesItUnboundAndItsFile() throws IOException {
        start();

        String line = command.config("set", MOCK, "amplitude", "0.25");

        Path file = config.resolve(MOCK + ".cfg");
        assertEquals("io.segue.device.mock amplitude: 0.5 (the default) -> 0.25 (saved in a new file " + file + ")",
                line);
        assertEquals(Double.valueOf(0.25), admin.get(MOCK).properties().get("amplitude"));
        assertEquals("?", admin.get(MOCK).getBundleLocation());
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("# Segue mock devices: written by segue:config set."), lines.get(0));
        assertEquals("amplitude=0.25", lines.get(lines.size() - 1));
    }

    @Test
    void setWithoutAFileInstallFolderSaysTheValueIsNotSaved() throws IOException {
        start();
        command = new ConfigCommand(metatype -> catalog, null);
        command.setAdmin(admin);
        command.setMetatype(bundle -> null);

        String line = command.config("set", MOCK, "realtime", "false");

        assertEquals("io.segue.device.mock realtime: true (the default) -> false (not saved: no FileInstall "
                + "folder, the value lasts until Segue stops)", line);
        assertEquals(Boolean.FALSE, admin.get(MOCK).properties().get("realtime"));
    }

    @Test
    void getShowsEachKeysValueTypeDefaultRangeAndDescription() throws IOException {
        start();
        admin.fromFile(PIPELINE, pipelineFile, Map.of("windowSize", "4096", "hopSize", "512", "colour", "blue"));

        String shown = command.config("get", PIPELINE);

        assertTrue(shown.startsWith("io.segue.pipeline: Segue streaming pipeline (bundle io.segue.stream-manager)\n"
                + "How the live stream is framed for feature extraction. Changes apply to the running stream.\n"
                + "set by: file " + pipelineFile + "\n"), shown);
        assertEquals(List.of("windowSize", "4096 *", "Integer", "2048", "256..16384",
                "Samples per analysis window, a power of two in 256..16384"), row(shown, "windowSize"));
        assertEquals(List.of("hopSize", "512", "Integer", "512", "1..16384", "Samples between frames, 1..windowSize"),
                row(shown, "hopSize"));
        assertEquals("50", row(shown, "predictionsQueueCapacity").get(1), "a key the file does not set: default");
        assertEquals(List.of("colour", "blue", "String", "-", "not in the metatype: the component ignores it"),
                row(shown, "colour"));
        assertTrue(shown.contains("\n* changed from the default"), shown);
        assertFalse(shown.contains("felix.fileinstall.filename"), shown);
    }

    @Test
    void getShowsOptionsAsTheRange() throws IOException {
        start();

        String shown = command.config("get", MOCK);

        assertEquals(List.of("level", "WARN", "String", "WARN", "one of ERROR, WARN, INFO", "A level"),
                row(shown, "level"));
        assertEquals(List.of("file", "\"\"", "String", "\"\"", "WAV file mock:file plays; empty for none"),
                row(shown, "file"));
        assertTrue(shown.contains("set by: defaults\n"), shown);
    }

    @Test
    void anUnknownPidNamesCloseMatches() throws IOException {
        start();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command.config("get", "io.segue.pipline"));

        assertEquals("unknown pid 'io.segue.pipline': did you mean io.segue.pipeline? (segue:config list shows "
                + "every pid)", e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> command.config("set", "org.example.nothing", "a", "1"));
        assertTrue(none.getMessage().startsWith("unknown pid 'org.example.nothing': no known pid is like it"),
                none.getMessage());
    }

    @Test
    void listShowsEveryPidWhatSetsItAndItsBundle() throws IOException {
        start();
        admin.with("io.segue.extra", Map.of("x", "1"));

        String list = command.config("list");

        assertEquals(List.of(PIPELINE, "Segue streaming pipeline", "file io.segue.pipeline.cfg",
                "io.segue.stream-manager"), row(list, PIPELINE));
        assertEquals(List.of(MOCK, "Segue mock devices", "defaults", "io.segue.device-mock"), row(list, MOCK));
        assertEquals(List.of("io.segue.device.tone", "Segue mock tone (factory)", "defaults",
                "io.segue.device-mock"), row(list, "io.segue.device.tone"));
        assertEquals(List.of("io.segue.extra", "(no metatype)", "ConfigAdmin (no file)"), row(list, "io.segue.extra"));
    }

    @Test
    void resetWritesTheDefaultsIntoTheFileAndKeepsIt() throws IOException {
        start();
        command.config("set", PIPELINE, "hopSize", "1024");
        admin.calls().clear();

        String line = command.config("reset", PIPELINE);

        assertEquals("io.segue.pipeline back to its defaults: hopSize 1024 -> 512 (saved in " + pipelineFile + ")",
                line);
        assertEquals(List.of("update " + PIPELINE), admin.calls());
        assertEquals(Integer.valueOf(512), admin.get(PIPELINE).properties().get("hopSize"));
        assertEquals(PIPELINE_FILE, Files.readAllLines(pipelineFile));
    }

    @Test
    void resetDeletesAConfigurationThatHasNoFile() throws IOException {
        start();
        admin.with(MOCK, Map.of("amplitude", 0.9));

        String line = command.config("reset", MOCK);

        assertEquals("io.segue.device.mock back to its defaults, its configuration deleted (amplitude 0.9 -> 0.5)",
                line);
        assertEquals(List.of("delete " + MOCK), admin.calls());
        assertNull(admin.get(MOCK));
        assertEquals("io.segue.device.mock is already at its defaults (it has no configuration)",
                command.config("reset", MOCK));
    }

    @Test
    void withoutTheMetatypeServiceListsConfigurationsAndRefusesToSet() throws IOException {
        start();
        command.setMetatype(null);

        String list = command.config("list");
        assertEquals(List.of(PIPELINE, "(no metatype)", "file io.segue.pipeline.cfg"), row(list, PIPELINE));
        assertTrue(list.endsWith("\nthe metatype service is not running: only configurations in ConfigAdmin are "
                + "shown, without types, defaults or ranges"), list);
        assertEquals(List.of("hopSize", "512", "String", "-"), row(command.config("get", PIPELINE), "hopSize"));
        assertEquals("refused: the metatype service is not running, so values cannot be checked; edit the pid's "
                + ".cfg file instead, or start org.apache.felix.metatype", refusal(PIPELINE, "hopSize", "256"));
        assertUnchanged();
    }

    @Test
    void withoutConfigAdminSaysSo() throws IOException {
        start();
        command.setAdmin(null);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> command.config("list"));

        assertEquals("ConfigAdmin is not running (org.apache.felix.configadmin): no configuration can be read or "
                + "changed", e.getMessage());
    }

    @Test
    void aWrongActionOrAMissingArgumentPrintsTheUsage() throws IOException {
        start();

        assertEquals(ConfigCommand.USAGE, command.config());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> command.config("show", PIPELINE));
        assertEquals("unknown config action 'show' (got 1)\n" + ConfigCommand.USAGE, unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> command.config("set", PIPELINE, "hopSize"));
        assertTrue(missing.getMessage().startsWith("config set takes three arguments: <pid> <key> <value> (got 2)\n"
                + "use: config list"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> command.config("get"));
        assertUnchanged();
    }

    @Test
    void theChecksOfAPidThatWentAwayAreNotAsked() throws IOException {
        start();
        command.removeCheck(check);
        command.addCheck((pid, properties) -> Optional.of("other pid"), Map.of(ConfigurationCheck.PID,
                "io.segue.stream"));

        command.config("set", PIPELINE, "hopSize", "4096");

        assertEquals(List.of(), check.asked());
        assertEquals(Integer.valueOf(4096), admin.get(PIPELINE).properties().get("hopSize"));
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(ConfigCommand.class);
    }

    private String refusal(String pid, String key, String value) {
        return assertThrows(IllegalArgumentException.class, () -> command.config("set", pid, key, value))
                .getMessage();
    }

    /** No update or delete, the file as written, the old values in ConfigAdmin. */
    private void assertUnchanged() throws IOException {
        assertEquals(List.of(), admin.calls());
        assertEquals(PIPELINE_FILE, Files.readAllLines(pipelineFile));
        assertEquals("512", admin.get(PIPELINE).properties().get("hopSize"));
    }
}
