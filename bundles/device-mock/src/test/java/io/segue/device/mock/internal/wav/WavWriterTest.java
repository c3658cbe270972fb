package io.segue.device.mock.internal.wav;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.mock.internal.testing.TestWav;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {

    @TempDir
    Path dir;

    @Test
    void samplesAreQuantizedAsACardPlaysThem() {
        assertEquals(0, WavWriter.quantize(0f));
        assertEquals(16384, WavWriter.quantize(0.5f));
        assertEquals(32767, WavWriter.quantize(1f), "full scale clips to the largest code");
        assertEquals(-32768, WavWriter.quantize(-1f));
        assertEquals(32767, WavWriter.quantize(4f));
        assertEquals(-32768, WavWriter.quantize(-4f));
        assertEquals(32767, WavWriter.quantize(Float.POSITIVE_INFINITY));
        assertEquals(-32768, WavWriter.quantize(Float.NEGATIVE_INFINITY));
        assertEquals(0, WavWriter.quantize(Float.NaN), "NaN plays as silence");
    }

    @Test
    void closePatchesTheSizesAndTheReaderGetsTheSamplesBack() throws IOException {
        Path file = dir.resolve("out.wav");
        float[] signal = TestWav.signal(5000, 2, 44_100);
        try (WavWriter writer = WavWriter.create(file, new AudioFormat(44_100, 2))) {
            writer.write(signal, 0, 3000);
            writer.writeSilence(100);
            writer.write(signal, 3000, 2000);
            assertEquals(5100, writer.framesWritten());
        }

        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 5100 * 4, Files.size(file));
        assertEquals(Files.size(file) - 8, header.getInt(4), "RIFF size");
        assertEquals(5100 * 4, header.getInt(40), "data size");
        try (AudioInput input = WavReader.open(file)) {
            assertEquals(new AudioFormat(44_100, 2), input.format());
            assertEquals(5100, input.lengthFrames());
            float[] read = new float[2 * 5100];
            assertEquals(5100, input.read(read, 5100));
            for (int i = 0; i < 2 * 5100; i++) {
                float expected = i < 6000 ? signal[i] : i < 6200 ? 0 : signal[i - 200];
                assertEquals(expected, read[i], 0.5 / 32768 + 1e-7, "sample " + i);
            }
        }
    }

    @Test
    void beforeCloseTheFileIsReadableToItsEnd() throws IOException {
        Path file = dir.resolve("open.wav");
        try (WavWriter writer = WavWriter.create(file, AudioFormat.mono(8000))) {
            writer.write(new float[] {0.25f, -0.25f, 0.5f}, 0, 3);

            try (AudioInput input = WavReader.open(file)) {
                assertEquals(-1, input.lengthFrames(), "the size is not known yet");
                float[] read = new float[10];
                assertEquals(3, input.read(read, 10));
                assertEquals(-0.25f, read[1]);
            }
        }
    }
}
