package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileTest {

    @TempDir
    Path dir;

    @Test
    void aCommitReplacesTheTargetWithWhatWasWritten() throws IOException {
        Path target = Files.writeString(dir.resolve("frames.csv"), "old");
        try (ExportFile file = ExportFile.open("--csv", target, dir.resolve("a.wav"))) {
            file.writer().write("new");
            assertEquals("old", Files.readString(target), "untouched until the commit");
            file.commit();
        }
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list(), "no temporary file left");
    }

    @Test
    void closingWithoutACommitLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("frames.csv"), "old");
        try (ExportFile file = ExportFile.open("--csv", target, dir.resolve("a.wav"))) {
            file.writer().write("half");
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void theFileHasTheUsualPermissionsNotATemporaryFilesOwnerOnlyOnes() throws IOException {
        Path target = dir.resolve("frames.csv");
        Path reference = Files.createFile(dir.resolve("reference"));
        try (ExportFile file = ExportFile.open("--csv", target, dir.resolve("a.wav"))) {
            file.commit();
        }
        assertTrue(Files.getPosixFilePermissions(target).equals(Files.getPosixFilePermissions(reference)),
                Files.getPosixFilePermissions(target).toString());
    }

    /** A move over a link replaces the link itself: /dev/stdout is such a link. */
    @Test
    void aLinkIsRefusedAndLeftAsItWas() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "kept");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);

        IOException e = assertThrows(IOException.class, () -> ExportFile.open("--json", link, dir.resolve("a.wav")));

        assertEquals("--json " + link + ": is not a plain file (a link, a device or a pipe); give a file name, or - "
                + "for standard output", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("kept", Files.readString(real));
    }

    @Test
    void standardOutputIsFlushedNotClosed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("standard output closed");
            }
        };
        try (ExportFile file = ExportFile.standardOutput(out)) {
            file.writer().write("{}");
            file.commit();
        }
        assertEquals("{}", out.toString(StandardCharsets.UTF_8));
    }

    private List<Path> list() throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
