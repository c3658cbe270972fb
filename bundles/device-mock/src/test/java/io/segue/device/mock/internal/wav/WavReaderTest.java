package io.segue.device.mock.internal.wav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.device.mock.internal.testing.TestWav;
import io.segue.testing.Allocations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WavReaderTest {

    private static final int RATE = 8000;
    private static final int FRAMES = 3001;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-bit {1}, {2} channels{3}")
    @CsvSource({
        "8,  PCM,   1, ''",
        "8,  PCM,   2, ''",
        "12, PCM,   1, ''",
        "16, PCM,   1, ''",
        "16, PCM,   2, ''",
        "24, PCM,   2, ''",
        "24, PCM,   6, ''",
        "32, PCM,   2, ''",
        "32, FLOAT, 2, ''",
        "64, FLOAT, 1, ''",
        "16, PCM,   2, ' extensible'",
        "20, PCM,   2, ' extensible'",
        "24, PCM,   1, ' extensible'",
        "32, FLOAT, 4, ' extensible'",
        "64, FLOAT, 2, ' extensible'"
    })
    void readsBackWhatWasWrittenWithinQuantization(int bits, String type, int channels, String extensible)
            throws IOException {
        float[] written = TestWav.signal(FRAMES, channels, RATE);
        TestWav wav = type.equals("PCM") ? TestWav.pcm(bits, channels, RATE) : TestWav.ieeeFloat(bits, channels, RATE);
        if (!extensible.isEmpty()) {
            wav.extensible();
        }
        Path file = wav.samples(written).write(dir.resolve("x.wav"));

        try (WavReader reader = WavReader.open(file)) {
            assertEquals(new AudioFormat(RATE, channels), reader.format());
            assertEquals(FRAMES, reader.lengthFrames());
            float[] read = readAll(reader, 257);

            // rounding to the nearest step: half a step; floats are exact
            double tolerance = type.equals("PCM") ? 0.5 / (1L << (bits - 1)) + 1e-7 : 0;
            assertEquals(written.length, read.length);
            for (int i = 0; i < written.length; i++) {
                assertEquals(written[i], read[i], tolerance, "sample " + i);
            }
        }
    }

    @Test
    void decodesTheExtremesOfEachIntegerFormat() throws IOException {
        assertArrayEquals(new float[] {-1, 0, 127 / 128f},
                readAll(TestWav.pcm(8, 1, RATE).rawData(new byte[] {0, (byte) 0x80, (byte) 0xFF})));
        assertArrayEquals(new float[] {-1, 0, 32767 / 32768f},
                readAll(TestWav.pcm(16, 1, RATE).rawData(new byte[] {0, (byte) 0x80, 0, 0, (byte) 0xFF, 0x7F})));
        assertArrayEquals(new float[] {-1, 1 / 8388608f},
                readAll(TestWav.pcm(24, 1, RATE).rawData(new byte[] {0, 0, (byte) 0x80, 1, 0, 0})));
        assertArrayEquals(new float[] {-1, 0.5f},
                readAll(TestWav.pcm(32, 1, RATE).rawData(new byte[] {0, 0, 0, (byte) 0x80, 0, 0, 0, 0x40})));
    }

    @Test
    void floatSamplesBeyondFullScaleArePassedThrough() throws IOException {
        float[] loud = {1.5f, -2f};

        assertArrayEquals(loud, readAll(TestWav.ieeeFloat(32, 1, RATE).samples(loud)));
    }

    @Test
    void skipsUnknownChunksIncludingOddSizedOnesWithTheirPadByte() throws IOException {
        float[] written = TestWav.signal(100, 2, RATE);
        byte[] odd = "odd length".getBytes(StandardCharsets.US_ASCII);
        Path file = TestWav.pcm(16, 2, RATE)
                .chunkBeforeFmt("JUNK", new byte[] {1, 2, 3})
                .chunkBeforeData("LIST", Arrays.copyOf(odd, 9))
                .chunkBeforeData("fact", new byte[] {100, 0, 0, 0})
                .chunkAfterData("LIST", odd)
                .samples(written)
                .write(dir.resolve("chunks.wav"));

        try (WavReader reader = WavReader.open(file)) {
            assertEquals(100, reader.lengthFrames());
            float[] read = readAll(reader, 33);
            assertEquals(200, read.length, "the chunk after the data is not audio");
            assertArrayEquals(written, read, 1f / 32768);
        }
    }

    @Test
    void readsADataChunkThatComesBeforeTheFmtChunk() throws IOException {
        byte[] fmtAfterData = TestWav.pcm(16, 1, RATE).rawData(new byte[] {0, 0x40}).bytes();
        // move the fmt chunk (bytes 12..35) after the data chunk (36..45)
        byte[] swapped = new byte[fmtAfterData.length];
        System.arraycopy(fmtAfterData, 0, swapped, 0, 12);
        System.arraycopy(fmtAfterData, 36, swapped, 12, 10);
        System.arraycopy(fmtAfterData, 12, swapped, 22, 24);

        assertArrayEquals(new float[] {0.5f}, readAll(Files.write(dir.resolve("late-fmt.wav"), swapped)));
    }

    @Test
    void aTruncatedFileDeliversWhatIsThereThenFails() throws IOException {
        float[] written = TestWav.signal(1000, 2, RATE);
        Path file = TestWav.pcm(16, 2, RATE).samples(written).dataSize(4000 + 2000).write(dir.resolve("cut.wav"));

        try (WavReader reader = WavReader.open(file)) {
            assertEquals(1500, reader.lengthFrames(), "the length the header announces");
            float[] buffer = new float[2 * 600];
            assertEquals(600, reader.read(buffer, 600));
            assertEquals(400, reader.read(buffer, 600), "the frames that are there");
            assertArrayEquals(Arrays.copyOfRange(written, 1200, 2000), Arrays.copyOf(buffer, 800), 1f / 32768);

            IOException e = assertThrows(IOException.class, () -> reader.read(buffer, 600));
            assertEquals(file + ": truncated: expected 6000 bytes of audio, found 4000", e.getMessage());
            assertThrows(IOException.class, () -> reader.read(buffer, 600), "and on every later read");
        }
    }

    @Test
    void aTruncationInsideAFrameCountsTheBytesFound() throws IOException {
        Path file = TestWav.pcm(16, 2, RATE).rawData(new byte[] {1, 0, 2, 0, 3, 0}).dataSize(8)
                .write(dir.resolve("half-frame.wav"));

        try (WavReader reader = WavReader.open(file)) {
            float[] buffer = new float[8];
            assertEquals(1, reader.read(buffer, 4));
            IOException e = assertThrows(IOException.class, () -> reader.read(buffer, 4));
            assertTrue(e.getMessage().endsWith("truncated: expected 8 bytes of audio, found 6"), e.getMessage());
        }
    }

    @Test
    void aDataChunkOfUnknownSizeIsReadToTheEndOfTheFile() throws IOException {
        float[] written = TestWav.signal(500, 1, RATE);
        Path file = TestWav.pcm(16, 1, RATE).samples(written).dataSize(0xFFFF_FFFFL).write(dir.resolve("stream.wav"));

        try (WavReader reader = WavReader.open(file)) {
            assertEquals(-1, reader.lengthFrames());
            assertArrayEquals(written, readAll(reader, 64), 1f / 32768);
        }
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        Path missing = dir.resolve("missing.wav");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> WavReader.open(missing));
        assertTrue(e.getMessage().contains("missing.wav"), e.getMessage());
    }

    @Test
    void garbageIsNotAWaveFile() throws IOException {
        byte[] mp3 = "ID3\u0003 this is an mp3 really".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("song.wav"), mp3);

        IOException e = assertThrows(IOException.class, () -> WavReader.open(file));
        assertTrue(e.getMessage().startsWith(file + ": not a RIFF/WAVE file"), e.getMessage());
        assertTrue(e.getMessage().contains("'ID3?'"), e.getMessage());
    }

    @Test
    void aRiffFileOfAnotherKindIsNotAWaveFile() throws IOException {
        byte[] avi = TestWav.pcm(16, 1, RATE).rawData(new byte[2]).bytes();
        System.arraycopy("AVI ".getBytes(StandardCharsets.US_ASCII), 0, avi, 8, 4);

        IOException e = assertThrows(IOException.class, () -> WavReader.open(Files.write(dir.resolve("a.wav"), avi)));
        assertTrue(e.getMessage().contains("not a RIFF/WAVE file (starts with 'RIFF' ... 'AVI '"), e.getMessage());
    }

    @Test
    void anEmptyOrTinyFileIsNotAWaveFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        Path tiny = Files.write(dir.resolve("tiny.wav"), "RIFF".getBytes(StandardCharsets.US_ASCII));

        assertEquals(empty + ": not a RIFF/WAVE file (only 0 bytes)",
                assertThrows(IOException.class, () -> WavReader.open(empty)).getMessage());
        assertEquals(tiny + ": not a RIFF/WAVE file (only 4 bytes)",
                assertThrows(IOException.class, () -> WavReader.open(tiny)).getMessage());
    }

    @Test
    void anUnsupportedFormatTagIsNamed() throws IOException {
        Path file = TestWav.tag(0x0055, 0, 2, 44100).rawData(new byte[16]).write(dir.resolve("mp3.wav"));

        String message = assertThrows(IOException.class, () -> WavReader.open(file)).getMessage();
        assertTrue(message.startsWith(file + ": unsupported encoding: format tag 0x0055 (MPEG Layer 3)"), message);
    }

    @Test
    void anUnsupportedBitDepthIsNamed() throws IOException {
        Path half = TestWav.ieeeFloat(16, 1, RATE).rawData(new byte[4]).write(dir.resolve("half.wav"));
        Path wide = TestWav.pcm(48, 1, RATE).rawData(new byte[12]).write(dir.resolve("wide.wav"));

        String message = assertThrows(IOException.class, () -> WavReader.open(half)).getMessage();
        assertTrue(message.contains("format tag 0x0003 (IEEE float) with 16 bits per sample"), message);
        message = assertThrows(IOException.class, () -> WavReader.open(wide)).getMessage();
        assertTrue(message.contains("format tag 0x0001 (PCM) with 48 bits per sample"), message);
    }

    @Test
    void anExtensibleFileWithAForeignSubformatIsNamed() throws IOException {
        byte[] tail = new byte[14];
        Arrays.fill(tail, (byte) 0x11);
        Path file = TestWav.pcm(16, 2, RATE).extensible().subformatGuidTail(tail).rawData(new byte[8])
                .write(dir.resolve("ambisonic.wav"));

        String message = assertThrows(IOException.class, () -> WavReader.open(file)).getMessage();
        assertTrue(message.contains("WAVE_FORMAT_EXTENSIBLE with sub-format {11110001-1111-1111-1111-111111111111}"),
                message);
    }

    @Test
    void zeroChannelsOrAZeroSampleRateAreRefused() throws IOException {
        Path noChannels = TestWav.pcm(16, 0, RATE).blockAlign(0).rawData(new byte[4]).write(dir.resolve("c0.wav"));
        Path noRate = TestWav.pcm(16, 1, 0).rawData(new byte[4]).write(dir.resolve("r0.wav"));

        assertEquals(noChannels + ": 'fmt ' chunk says 0 channels",
                assertThrows(IOException.class, () -> WavReader.open(noChannels)).getMessage());
        assertEquals(noRate + ": 'fmt ' chunk says sample rate 0 Hz",
                assertThrows(IOException.class, () -> WavReader.open(noRate)).getMessage());
    }

    @Test
    void anAbsurdChannelCountIsRefusedBeforeAnythingIsAllocated() throws IOException {
        Path file = TestWav.pcm(16, 65535, RATE).blockAlign(2 * 65535 % 65536).rawData(new byte[4])
                .write(dir.resolve("wide.wav"));

        assertEquals(file + ": 65535 channels, at most 64 are supported",
                assertThrows(IOException.class, () -> WavReader.open(file)).getMessage());
    }

    @Test
    void sixtyFourChannelsAreReadAndSixtyFiveRefused() throws IOException {
        float[] written = TestWav.signal(10, 64, RATE);
        Path wide = TestWav.pcm(16, 64, RATE).samples(written).write(dir.resolve("c64.wav"));
        Path wider = TestWav.pcm(16, 65, RATE).rawData(new byte[2 * 65]).write(dir.resolve("c65.wav"));

        try (WavReader reader = WavReader.open(wide)) {
            assertEquals(new AudioFormat(RATE, 64), reader.format());
            float[] buffer = new float[64 * 10];
            assertEquals(10, reader.read(buffer, 10));
            assertArrayEquals(written, buffer, 1f / 32768);
        }
        assertEquals(wider + ": 65 channels, at most 64 are supported",
                assertThrows(IOException.class, () -> WavReader.open(wider)).getMessage());
    }

    @Test
    void anUnreadableFileIsNamedWithTheReason() {
        Path file = dir.resolve("locked.wav");

        AccessDeniedException e = WavReader.notReadable(file, new AccessDeniedException(file.toString()));

        assertEquals(file + ": not readable", e.getMessage());
        assertEquals(file.toString(), e.getFile());
        assertTrue(e.getCause() instanceof AccessDeniedException, String.valueOf(e.getCause()));
    }

    @Test
    void aBlockAlignThatDoesNotMatchIsRefused() throws IOException {
        Path file = TestWav.pcm(16, 2, RATE).blockAlign(6).rawData(new byte[12]).write(dir.resolve("align.wav"));

        String message = assertThrows(IOException.class, () -> WavReader.open(file)).getMessage();
        assertTrue(message.contains("block align 6 bytes, but 2 channels of 16 bits need 4"), message);
    }

    @Test
    void aMissingFmtOrDataChunkIsNamed() throws IOException {
        Path noFmt = TestWav.pcm(16, 1, RATE).withoutFmt().rawData(new byte[4]).write(dir.resolve("nofmt.wav"));
        Path noData = TestWav.pcm(16, 1, RATE).withoutData().chunkAfterData("LIST", new byte[3])
                .write(dir.resolve("nodata.wav"));

        assertEquals(noFmt + ": no 'fmt ' chunk",
                assertThrows(IOException.class, () -> WavReader.open(noFmt)).getMessage());
        assertEquals(noData + ": no 'data' chunk",
                assertThrows(IOException.class, () -> WavReader.open(noData)).getMessage());
    }

    @Test
    void aFileEndingInsideTheFmtChunkIsTruncated() throws IOException {
        byte[] whole = TestWav.pcm(16, 1, RATE).rawData(new byte[4]).bytes();
        Path file = Files.write(dir.resolve("short-fmt.wav"), Arrays.copyOf(whole, 30));

        String message = assertThrows(IOException.class, () -> WavReader.open(file)).getMessage();
        assertEquals(file + ": truncated: the file ends inside the 'fmt ' chunk", message);
    }

    @Test
    void afterCloseReadReturnsMinusOne() throws IOException {
        Path file = TestWav.pcm(16, 1, RATE).samples(TestWav.signal(1000, 1, RATE)).write(dir.resolve("c.wav"));
        WavReader reader = WavReader.open(file);
        float[] buffer = new float[100];
        assertEquals(100, reader.read(buffer, 100));

        reader.close();
        reader.close();

        assertEquals(-1, reader.read(buffer, 100));
    }

    @Test
    void refusesABufferTooSmallForTheFrames() throws IOException {
        Path file = TestWav.pcm(16, 2, RATE).samples(TestWav.signal(10, 2, RATE)).write(dir.resolve("s.wav"));
        try (WavReader reader = WavReader.open(file)) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> reader.read(new float[10], 6));
            assertTrue(e.getMessage().contains("need 12"), e.getMessage());
        }
    }

    @Test
    void steadyStateReadsDoNotAllocate() throws IOException {
        int frames = 12_000 * 1024 / 10;
        float[] written = TestWav.signal(frames, 2, 44_100);
        Path file = TestWav.pcm(24, 2, 44_100).samples(written).write(dir.resolve("long.wav"));
        try (WavReader reader = WavReader.open(file)) {
            float[] buffer = new float[2 * 1024];
            for (int i = 0; i < 100; i++) {
                reader.read(buffer, 1024);
            }
            long before = Allocations.allocatedBytes(Thread.currentThread());
            int reads = 0;
            while (reader.read(buffer, 1024) > 0) {
                reads++;
            }
            long allocated = Allocations.allocatedBytes(Thread.currentThread()) - before;

            assertTrue(reads > 1000, reads + " reads");
            assertTrue(allocated < 10_000, allocated + " bytes allocated in " + reads + " reads");
        }
    }

    private float[] readAll(TestWav wav) throws IOException {
        return readAll(wav.write(Files.createTempFile(dir, "w", ".wav")));
    }

    private static float[] readAll(Path file) throws IOException {
        try (WavReader reader = WavReader.open(file)) {
            return readAll(reader, 5);
        }
    }

    /** Reads to the end in chunks of {@code chunkFrames}, checking that the end is reported as -1. */
    private static float[] readAll(WavReader reader, int chunkFrames) throws IOException {
        int channels = reader.format().channels();
        float[] buffer = new float[chunkFrames * channels];
        float[] all = new float[0];
        int n;
        while ((n = reader.read(buffer, chunkFrames)) > 0) {
            all = Arrays.copyOf(all, all.length + n * channels);
            System.arraycopy(buffer, 0, all, all.length - n * channels, n * channels);
        }
        assertEquals(-1, n, "the end is -1");
        assertEquals(-1, reader.read(buffer, chunkFrames), "and stays -1");
        return all;
    }
}
