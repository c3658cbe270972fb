package io.segue.decoders.internal.mp3;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp3ReaderTest {

    /** Waveform error of the lossy codec at this bitrate: measured 25.7 dB with JLayer 1.0.1.4. */
    private static final double MIN_SIGNAL_TO_ERROR_DB = 20;

    @TempDir
    Path dir;

    /** LAME 3.100, 64 kbit/s CBR, MPEG-2 layer III at 22050 Hz mono, with a LAME tag: decoded gaplessly. */
    @Test
    void decodesTheFixtureGaplessly() throws IOException {
        Path file = Fixtures.copy("kick-am.mp3", dir);
        try (Mp3Reader reader = Mp3Reader.open(file)) {
            float[] decoded = FixtureAssertions.decodeWholeFixture(reader);
            // lossy: aligned to the sample, the level within 1 dB, the tone within 0.5 Hz
            FixtureAssertions.assertMatchesSource(decoded, 0, 0.5, MIN_SIGNAL_TO_ERROR_DB);
        }
    }

    @Test
    void aFileWithoutInfoFrameIsDecodedWholeWithUnknownLength() throws IOException {
        Path file = Fixtures.copy("kick-am.mp3", dir);
        Mp3Preamble preamble;
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            preamble = Mp3Preamble.read(file, channel);
        }
        // drop the ID3v2 tag and the Info frame: what a stream ripper or an old encoder leaves
        byte[] bytes = Files.readAllBytes(file);
        int infoFrameBytes = 72 * 64_000 / 22_050; // MPEG-2 layer III, 64 kbit/s, unpadded
        int start = (int) preamble.frameOffset() + infoFrameBytes;
        Path bare = Files.write(dir.resolve("bare.mp3"), java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        try (Mp3Reader reader = Mp3Reader.open(bare)) {
            assertEquals(-1, reader.lengthFrames());
            float[] decoded = Fixtures.decodeAll(reader, 1000);
            int expected = (int) (preamble.audioFrames() * 576);
            assertEquals(expected, decoded.length, "every frame decoded, delay and padding included");
        }
    }

    @Test
    void aTruncatedFileDeliversWhatIsThereThenSaysWhereItEnds() throws IOException {
        Path file = Fixtures.truncatedCopy("kick-am.mp3", dir, "cut.mp3", 0.5);
        try (Mp3Reader reader = Mp3Reader.open(file)) {
            ReadToFailure read = ReadToFailure.of(reader);
            long frames = read.frames();
            IOException e = read.failure();
            assertTrue(e != null, "a truncated file must fail, delivered " + frames + " frames");
            assertTrue(frames > FixtureSignal.FRAMES / 4 && frames < FixtureSignal.FRAMES * 3 / 4, "frames " + frames);
            assertTrue(e.getMessage().matches(Pattern.quote(file.toString())
                    + ": truncated after \\d\\.\\d s \\(8\\.\\d s announced\\)"), e.getMessage());
        }
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.mp3"));
        assertEquals(file + ": empty file", assertThrows(IOException.class, () -> Mp3Reader.open(file)).getMessage());
    }

    @Test
    void refusesATextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("set.mp3"), "tracklist:\n1. intro\n2. outro\n");
        assertEquals(file + ": not an MPEG audio file (no MPEG audio frame in its first 29 bytes)",
                assertThrows(IOException.class, () -> Mp3Reader.open(file)).getMessage());
    }

    @Test
    void refusesAnId3TagThatRunsPastTheEnd() throws IOException {
        Path file = Fixtures.copy("kick-am.mp3", dir);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("ID3", new String(bytes, 0, 3, java.nio.charset.StandardCharsets.US_ASCII));
        bytes[6] = 0x7F; // synchsafe size 0x0FFFFFFF
        bytes[7] = 0x7F;
        bytes[8] = 0x7F;
        bytes[9] = 0x7F;
        Files.write(file, bytes);
        assertEquals(file + ": the ID3v2 tag announces 268435465 bytes, past the end of the file (" + bytes.length
                + " bytes): corrupt tag or truncated file",
                assertThrows(IOException.class, () -> Mp3Reader.open(file)).getMessage());
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> Mp3Reader.open(dir.resolve("gone.mp3")));
    }
}
