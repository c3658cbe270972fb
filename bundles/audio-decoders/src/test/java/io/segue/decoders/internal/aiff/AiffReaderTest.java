package io.segue.decoders.internal.aiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.api.audio.AudioFormat;
import io.segue.decoders.internal.testing.FixtureAssertions;
import io.segue.decoders.internal.testing.FixtureSignal;
import io.segue.decoders.internal.testing.Fixtures;
import io.segue.decoders.internal.testing.ReadToFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AiffReaderTest {

    @TempDir
    Path dir;

    @Test
    void decodesTheFixtureSignalFrom16BitAiff() throws IOException {
        Path file = new AiffWriter(null, 16, 1, 22_050).write(dir.resolve("kick-am.aiff"), FixtureSignal.samples());
        try (AiffReader reader = AiffReader.open(file)) {
            float[] decoded = FixtureAssertions.decodeWholeFixture(reader);
            FixtureAssertions.assertMatchesSource(decoded, 0, 0.05, 80);
        }
    }

    /** Each layout, stereo, with a ramp whose values every depth represents exactly. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "-, 8, 44100", "-, 12, 48000", "-, 16, 44100", "-, 24, 96000", "-, 32, 11025",
        "NONE, 16, 22050", "twos, 24, 44100", "sowt, 16, 44100", "sowt, 24, 48000", "fl32, 32, 8000"})
    void decodesEachEncodingExactly(String compression, int bits, int rate) throws IOException {
        float[] ramp = new float[2 * 300];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (i % 200 - 100) / 128f; // multiples of 2^-7, exact in 8 bits and more
        }
        String name = "ramp-" + compression + "-" + bits + ".aif";
        Path file = new AiffWriter(compression, bits, 2, rate).withChunkBeforeComm("ANNO").write(dir.resolve(name),
                ramp);
        try (AiffReader reader = AiffReader.open(file)) {
            assertEquals(new AudioFormat(rate, 2), reader.format());
            assertEquals(300, reader.lengthFrames());
            float[] decoded = Fixtures.decodeAll(reader, 7);
            assertEquals(Arrays.toString(ramp), Arrays.toString(decoded));
        }
    }

    @Test
    void aTruncatedFileDeliversItsWholeFramesThenSaysWhereItEnds() throws IOException {
        Path whole = new AiffWriter(null, 16, 1, 22_050).write(dir.resolve("whole.aiff"), FixtureSignal.samples());
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.aiff"), Arrays.copyOf(bytes, bytes.length / 2 + 1));
        try (AiffReader reader = AiffReader.open(file)) {
            ReadToFailure read = ReadToFailure.of(reader);
            long frames = read.frames();
            IOException e = read.failure();
            assertEquals((bytes.length / 2 + 1 - 54) / 2, frames); // 54 header bytes, every whole frame delivered
            assertEquals(file + ": truncated after 4.0 s (8.0 s announced)", e == null ? null : e.getMessage());
            assertEquals(e.getMessage(), assertThrows(IOException.class, () -> reader.read(new float[10], 10)).getMessage());
        }
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.aiff"));
        assertEquals(file + ": empty file", assertThrows(IOException.class, () -> AiffReader.open(file)).getMessage());
    }

    @Test
    void refusesATextFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.aif"), "hello, this is not audio\n");
        assertEquals(file + ": not an AIFF file (it starts with 'hell', not 'FORM' of type 'AIFF' or 'AIFC')",
                assertThrows(IOException.class, () -> AiffReader.open(file)).getMessage());
    }

    @Test
    void refusesAWaveFileNamedAiff() throws IOException {
        Path file = Files.write(dir.resolve("wave.aiff"), "RIFF\0\0\0\0WAVEfmt ".getBytes());
        assertEquals(file + ": not an AIFF file (it starts with 'RIFF', not 'FORM' of type 'AIFF' or 'AIFC')",
                assertThrows(IOException.class, () -> AiffReader.open(file)).getMessage());
    }

    @Test
    void refusesACorruptCommChunk() throws IOException {
        Path file = new AiffWriter(null, 16, 1, 22_050).write(dir.resolve("zero.aiff"), new float[100]);
        byte[] bytes = Files.readAllBytes(file);
        bytes[20] = 0; // COMM body starts at 20: channels
        bytes[21] = 0;
        Files.write(file, bytes);
        assertEquals(file + ": 'COMM' chunk says 0 channels; 1 to 64 supported",
                assertThrows(IOException.class, () -> AiffReader.open(file)).getMessage());
    }

    @Test
    void refusesACompressedAifc() throws IOException {
        Path file = new AiffWriter("ima4", 16, 1, 22_050).write(dir.resolve("adpcm.aifc"), new float[100]);
        assertEquals(file + ": unsupported AIFC compression 'ima4'; supported: NONE, twos, sowt, fl32",
                assertThrows(IOException.class, () -> AiffReader.open(file)).getMessage());
    }

    @Test
    void refusesAFileWithoutSound() throws IOException {
        Path file = Files.write(dir.resolve("form.aiff"), "FORM\0\0\0\4AIFF".getBytes());
        assertEquals(file + ": no 'COMM' chunk and no 'SSND' chunk",
                assertThrows(IOException.class, () -> AiffReader.open(file)).getMessage());
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> AiffReader.open(dir.resolve("gone.aiff")));
    }
}
