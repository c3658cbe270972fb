package io.segue.shell.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CfgFileTest {

    private static final List<String> PIPELINE = List.of(
            "# Streaming pipeline.",
            "",
            "# Samples per analysis window: a power of two in 256..16384.",
            "windowSize=2048",
            "",
            "# Samples between the starts of consecutive windows: 1..windowSize.",
            "hopSize = 512",
            "#noiseSeed=0",
            "# the end");

    @TempDir
    Path folder;

    @Test
    void changesOnlyTheLineOfTheKey() {
        List<String> lines = CfgFile.withValues(PIPELINE, Map.of("hopSize", "1024"));

        List<String> expected = new java.util.ArrayList<>(PIPELINE);
        expected.set(6, "hopSize = 1024");
        assertEquals(expected, lines);
    }

    @Test
    void putsANewKeyAfterItsCommentedOutLineOrAtTheEnd() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("noiseSeed", "42");
        values.put("predictionsQueueCapacity", "60");

        List<String> lines = CfgFile.withValues(PIPELINE, values);

        assertEquals("#noiseSeed=0", lines.get(7));
        assertEquals("noiseSeed=42", lines.get(8));
        assertEquals("# the end", lines.get(9));
        assertEquals("predictionsQueueCapacity=60", lines.get(10));
        assertEquals(PIPELINE.size() + 2, lines.size());
    }

    @Test
    void replacesAValueContinuedOverSeveralLines() {
        List<String> lines = CfgFile.withValues(List.of("device=mock:\\", "   sine", "other=1"),
                Map.of("device", "mock:noise"));

        assertEquals(List.of("device=mock:noise", "other=1"), lines);
    }

    @Test
    void writesValuesThatReadBackTheSameAsJavaProperties() throws IOException {
        Path file = folder.resolve("io.segue.test.cfg");
        Map<String, String> values = Map.of("path", "C:\\music\\set 1.wav", "lead", " spaced", "key:colon", "x");

        CfgFile.write(file, values, List.of("written by a test"));

        Properties read = new Properties();
        read.load(new StringReader(Files.readString(file)));
        assertEquals(values, Map.copyOf(read));
        assertEquals("# written by a test", Files.readAllLines(file).get(0));
    }

    @Test
    void keepsTheFilesLineEndingsAndComments() throws IOException {
        Path file = folder.resolve("io.segue.pipeline.cfg");
        Files.writeString(file, String.join("\r\n", PIPELINE) + "\r\n");

        CfgFile.write(file, Map.of("windowSize", "4096"), List.of());

        String content = Files.readString(file);
        assertEquals(String.join("\r\n", PIPELINE).replace("windowSize=2048", "windowSize=4096") + "\r\n", content);
    }

    @Test
    void findsWhereTheValueStarts() {
        assertEquals(4, CfgFile.valueStart("key=value"));
        assertEquals(6, CfgFile.valueStart("key = value"));
        assertEquals(4, CfgFile.valueStart("key value"));
        assertEquals(-1, CfgFile.valueStart("  # key=value"));
        assertEquals(-1, CfgFile.valueStart("! key=value"));
        assertEquals(-1, CfgFile.valueStart("   "));
        assertEquals("a=b", CfgFile.key("a\\=b=c"));
    }
}
