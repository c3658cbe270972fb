package io.segue.deploy.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.deploy.internal.folder.FileStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployStatusFormatTest {

    private static final String NL = System.lineSeparator();

    @Test
    void eachJarOnALineWithItsProblemBelow() {
        Path folder = Path.of("deploy").toAbsolutePath();
        String table = DeployStatusFormat.table(folder, 500,
                List.of(new FileStatus("a.jar", 12, "io.test.a", "1.0.0", "ACTIVE", null),
                        new FileStatus("notes.jar", -1, null, null, "FAILED", "notes.jar is not a jar (zip) file")));

        assertEquals("deploy folder " + folder + ", looked at every 500 ms: 2 jars" + NL
                + "FILE          ID  BUNDLE     VERSION  STATE" + NL
                + "a.jar         12  io.test.a  1.0.0    ACTIVE" + NL
                + "notes.jar      -  -          -        FAILED" + NL
                + "    notes.jar is not a jar (zip) file", table);
    }

    @Test
    void anEmptyFolderIsOneLine() {
        Path folder = Path.of("deploy").toAbsolutePath();
        assertEquals("deploy folder " + folder + ", looked at every 50 ms: 0 jars",
                DeployStatusFormat.table(folder, 50, List.of()));
    }
}
