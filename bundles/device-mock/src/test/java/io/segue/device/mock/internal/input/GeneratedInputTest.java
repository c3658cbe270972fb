package io.segue.device.mock.internal.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.device.mock.internal.signal.SineGenerator;
import io.segue.device.mock.internal.testing.Measure;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GeneratedInputTest {

    @Test
    void monoDeliversTheSignalAsIs() {
        GeneratedInput input = new GeneratedInput(new SineGenerator(1000, 1, 8000), AudioFormat.mono(8000));
        float[] buffer = new float[3];

        assertEquals(3, input.read(buffer, 3));
        assertArrayEquals(new float[] {0f, (float) Math.sqrt(0.5), 1f}, buffer, 1e-6f);
        assertEquals(AudioFormat.mono(8000), input.format());
        assertEquals(-1, input.lengthFrames());
    }

    @Test
    void stereoCarriesTheSameSignalInBothChannels() {
        GeneratedInput stereo = new GeneratedInput(new SineGenerator(440, 0.5, 22050), new AudioFormat(22050, 2));
        SineGenerator reference = new SineGenerator(440, 0.5, 22050);
        float[] buffer = new float[2 * 1023];
        float[] mono = new float[1023];

        for (int chunk = 0; chunk < 5; chunk++) {
            assertEquals(1023, stereo.read(buffer, 1023));
            reference.fill(mono, 0, 1023);
            for (int f = 0; f < 1023; f++) {
                assertEquals(mono[f], buffer[2 * f], "left, frame " + f);
                assertEquals(mono[f], buffer[2 * f + 1], "right, frame " + f);
            }
        }
    }

    @Test
    void neverEndsUntilClosedThenReturnsMinusOne() {
        GeneratedInput input = new GeneratedInput(new SineGenerator(440, 0.5, 8000), AudioFormat.mono(8000));
        float[] buffer = new float[8000];
        for (int i = 0; i < 100; i++) {
            assertEquals(8000, input.read(buffer, 8000));
        }
        input.close();
        input.close();

        assertEquals(-1, input.read(buffer, 8000));
    }

    @Test
    void refusesMoreThanTwoChannelsAndBadReads() {
        assertThrows(IllegalArgumentException.class,
                () -> new GeneratedInput(new SineGenerator(440, 0.5, 8000), new AudioFormat(8000, 3)));
        GeneratedInput stereo = new GeneratedInput(new SineGenerator(440, 0.5, 8000), new AudioFormat(8000, 2));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> stereo.read(new float[100], 51));
        assertTrue(e.getMessage().contains("need 102"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> stereo.read(new float[100], 0));
    }

    @Test
    void steadyStateReadsDoNotAllocate() throws IOException {
        GeneratedInput input = new GeneratedInput(new SineGenerator(440, 0.5, 22050), new AudioFormat(22050, 2));
        long allocated = Measure.bytesAllocatedByReads(input, 2000, 10_000);

        assertTrue(allocated < 10_000, allocated + " bytes allocated in 10,000 reads");
        float[] buffer = new float[2 * 1024];
        input.read(buffer, 1024);
        assertTrue(Measure.peak(buffer, 0, buffer.length) > 0.4, "the reads produce a signal");
    }
}
