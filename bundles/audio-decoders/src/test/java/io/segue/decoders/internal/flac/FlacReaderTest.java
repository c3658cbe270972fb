package io.segue.decoders.internal.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.decoders.internal.testing.FixtureAssertions;
import io.segue.decoders.internal.testing.FixtureSignal;
import io.segue.decoders.internal.testing.Fixtures;
import io.segue.decoders.internal.testing.ReadToFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlacReaderTest {

    private static final double LSB = 1.0 / 32_768;

    @TempDir
    Path dir;

    @Test
    void decodesTheFixtureSampleExactly() throws IOException {
        Path file = Fixtures.copy("kick-am.flac", dir);
        try (FlacReader reader = FlacReader.open(file)) {
            float[] decoded = FixtureAssertions.decodeWholeFixture(reader);
            float[] source = FixtureSignal.samples();
            for (int i = 0; i < source.length; i++) {
                assertEquals(source[i], decoded[i], 1.5 * LSB, "sample " + i); // lossless: 16-bit rounding only
            }
            FixtureAssertions.assertMatchesSource(decoded, 0, 0.05, 80);
        }
    }

    @Test
    void oddChunkSizesDeliverTheSameSamples() throws IOException {
        Path file = Fixtures.copy("kick-am.flac", dir);
        float[] whole;
        float[] bySeven;
        try (FlacReader reader = FlacReader.open(file)) {
            whole = Fixtures.decodeAll(reader, 50_000);
        }
        try (FlacReader reader = FlacReader.open(file)) {
            bySeven = Fixtures.decodeAll(reader, 7);
        }
        assertArrayEquals(whole, bySeven);
    }

    @Test
    void aTruncatedFileDeliversItsWholeFramesThenSaysWhereItEnds() throws IOException {
        Path file = Fixtures.truncatedCopy("kick-am.flac", dir, "cut.flac", 0.5);
        try (FlacReader reader = FlacReader.open(file)) {
            ReadToFailure read = ReadToFailure.of(reader);
            long frames = read.frames();
            IOException e = read.failure();
            assertTrue(e != null, "a truncated file must fail, delivered " + frames + " frames");
            assertTrue(frames > FixtureSignal.FRAMES / 4 && frames < FixtureSignal.FRAMES * 3 / 4, "frames " + frames);
            assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(file.toString())
                    + ": truncated after \\d\\.\\d s \\(8\\.0 s announced\\)"), e.getMessage());
            assertEquals(e.getMessage(), assertThrows(IOException.class, () -> reader.read(new float[10], 10)).getMessage());
        }
    }

    @Test
    void aCorruptFrameInTheMiddleFailsSayingWhere() throws IOException {
        Path file = Fixtures.copy("kick-am.flac", dir);
        Fixtures.corruptMiddle(file);
        try (FlacReader reader = FlacReader.open(file)) {
            ReadToFailure read = ReadToFailure.of(reader);
            long frames = read.frames();
            IOException e = read.failure();
            assertTrue(e != null, "corrupt data must fail, delivered " + frames + " frames");
            assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(file.toString())
                    + ": corrupt frame after \\d\\.\\d s \\(1 frame\\(s\\) failed their CRC or header check\\)"),
                    e.getMessage());
        }
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.flac"));
        assertEquals(file + ": empty file", assertThrows(IOException.class, () -> FlacReader.open(file)).getMessage());
    }

    @Test
    void refusesATextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.flac"), "hello, this is not audio\n");
        assertEquals(file + ": not a FLAC file (it starts with 'hell', not 'fLaC')",
                assertThrows(IOException.class, () -> FlacReader.open(file)).getMessage());
    }

    @Test
    void refusesACorruptStreamInfo() throws IOException {
        Path file = Fixtures.copy("kick-am.flac", dir);
        byte[] bytes = Files.readAllBytes(file);
        // STREAMINFO starts at 8; its sample rate is the 20 bits from byte 18
        bytes[18] = 0;
        bytes[19] = 0;
        bytes[20] &= 0x0F;
        Files.write(file, bytes);
        String message = assertThrows(IOException.class, () -> FlacReader.open(file)).getMessage();
        assertTrue(message.startsWith(file + ": corrupt "), message);
        assertTrue(message.contains("0 Hz") || message.contains("metadata"), message);
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> FlacReader.open(dir.resolve("gone.flac")));
    }
}
