package io.segue.decoders.internal.vorbis;

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

class VorbisReaderTest {

    /** Waveform error of the lossy codec at this bitrate: measured 32.8 dB with JOrbis 0.0.17.4. */
    private static final double MIN_SIGNAL_TO_ERROR_DB = 28;

    @TempDir
    Path dir;

    /** oggenc 1.4.2 (libvorbis 1.3.7), quality 3, 22050 Hz mono. */
    @Test
    void decodesTheFixtureToItsGranuleLength() throws IOException {
        Path file = Fixtures.copy("kick-am.ogg", dir);
        try (VorbisReader reader = VorbisReader.open(file)) {
            float[] decoded = FixtureAssertions.decodeWholeFixture(reader);
            FixtureAssertions.assertMatchesSource(decoded, 0, 0.5, MIN_SIGNAL_TO_ERROR_DB);
        }
    }

    @Test
    void aTruncatedFileDeliversWhatIsThereThenSaysWhereItEnds() throws IOException {
        Path file = Fixtures.truncatedCopy("kick-am.ogg", dir, "cut.ogg", 0.5);
        try (VorbisReader reader = VorbisReader.open(file)) {
            assertEquals(-1, reader.lengthFrames(), "the end-of-stream page is gone, so is the length");
            ReadToFailure read = ReadToFailure.of(reader);
            long frames = read.frames();
            IOException e = read.failure();
            assertTrue(e != null, "a truncated file must fail, delivered " + frames + " frames");
            assertTrue(frames > FixtureSignal.FRAMES / 4 && frames < FixtureSignal.FRAMES * 3 / 4, "frames " + frames);
            assertTrue(e.getMessage().matches(Pattern.quote(file.toString())
                    + ": truncated after \\d\\.\\d s \\(the file ends before the end-of-stream page\\)"),
                    e.getMessage());
        }
    }

    @Test
    void aCorruptPageInTheMiddleFailsSayingWhere() throws IOException {
        Path file = Fixtures.copy("kick-am.ogg", dir);
        Fixtures.corruptMiddle(file);
        try (VorbisReader reader = VorbisReader.open(file)) {
            ReadToFailure read = ReadToFailure.of(reader);
            long frames = read.frames();
            IOException e = read.failure();
            assertTrue(e != null, "corrupt data must fail, delivered " + frames + " frames");
            assertTrue(e.getMessage().matches(Pattern.quote(file.toString())
                    + ": corrupt Ogg page after \\d\\.\\d s \\(bad checksum or lost sync\\)"), e.getMessage());
            assertEquals(e.getMessage(), assertThrows(IOException.class, () -> reader.read(new float[10], 10)).getMessage());
        }
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.ogg"));
        assertEquals(file + ": empty file",
                assertThrows(IOException.class, () -> VorbisReader.open(file)).getMessage());
    }

    @Test
    void refusesATextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("readme.ogg"), "just text\n");
        assertEquals(file + ": not an Ogg file (it starts with 'just', not 'OggS')",
                assertThrows(IOException.class, () -> VorbisReader.open(file)).getMessage());
    }

    @Test
    void refusesACorruptIdentificationHeader() throws IOException {
        Path file = Fixtures.copy("kick-am.ogg", dir);
        byte[] bytes = Files.readAllBytes(file);
        // the first page's 28-byte header, then the packet: 0x01 "vorbis" version(4) channels(1)
        assertEquals('v', bytes[29]);
        bytes[39] = 0; // no channels; the page's checksum no longer matches either
        Files.write(file, bytes);
        String message = assertThrows(IOException.class, () -> VorbisReader.open(file)).getMessage();
        assertEquals(file + ": corrupt Ogg page in the Vorbis headers (bad checksum or lost sync)", message);
    }

    @Test
    void refusesAnOggFileOfAnotherCodec() throws IOException {
        Path file = Fixtures.copy("kick-am.ogg", dir);
        byte[] bytes = Files.readAllBytes(file);
        bytes[29] = 'V'; // "Vorbis": not the Vorbis identification header; fix the page checksum to match
        OggPages.fixChecksum(bytes, 0);
        Files.write(file, bytes);
        assertEquals(file + ": not an Ogg Vorbis file (its first stream is not Vorbis, or the Vorbis identification"
                + " header is corrupt)", assertThrows(IOException.class, () -> VorbisReader.open(file)).getMessage());
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> VorbisReader.open(dir.resolve("gone.ogg")));
    }
}
