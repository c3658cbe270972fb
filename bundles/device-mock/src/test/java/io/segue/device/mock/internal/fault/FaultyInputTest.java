package io.segue.device.mock.internal.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.mock.internal.input.PacedInput;
import io.segue.device.mock.internal.testing.Measure;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultyInputTest {

    /** An endless input of 0.25 on every channel. */
    private static AudioInput steady(int channels) {
        return new AudioInput() {
            @Override
            public AudioFormat format() {
                return new AudioFormat(22050, channels);
            }

            @Override
            public int read(float[] buffer, int frames) {
                Arrays.fill(buffer, 0, frames * channels, 0.25f);
                return frames;
            }

            @Override
            public void close() {
            }
        };
    }

    /** An unpaced faulty input of a device of its own. */
    static FaultyInput faulty(AudioInput source, Map<String, String> options) {
        return new FaultyInput(new PacedInput(source, false), new DeviceFaults("mock:test").open(Faults.of(options)));
    }

    @Test
    void disconnectsAfterTheGivenFramesWithAnIOException() throws IOException {
        FaultyInput input = faulty(steady(1), Map.of("disconnectAfter", "1500"));
        float[] buffer = new float[1024];

        assertEquals(1024, input.read(buffer, 1024));
        assertEquals(476, input.read(buffer, 1024), "up to the disconnect, not past it");
        IOException gone = assertThrows(IOException.class, () -> input.read(buffer, 1024));
        assertEquals("mock device disconnected after 1500 frames (fault injection on mock:test)", gone.getMessage());
    }

    @Test
    void glitchBurstsComeAtTheIntervalOnEveryChannelAcrossReads() throws IOException {
        FaultyInput input = faulty(steady(2), Map.of("glitchEvery", "100"));
        float[] buffer = new float[2 * 60];
        int bad = 0;
        for (int read = 0; read < 5; read++) {
            input.read(buffer, 60);
            for (int frame = 0; frame < 60; frame++) {
                long position = read * 60L + frame;
                boolean inBurst = position % 100 < FaultyInput.BURST;
                for (int c = 0; c < 2; c++) {
                    float v = buffer[frame * 2 + c];
                    boolean isBad = !Float.isFinite(v) || Math.abs(v) > 1;
                    assertEquals(inBurst, isBad, "frame " + position + " channel " + c + ": " + v);
                    bad += isBad ? 1 : 0;
                }
            }
        }
        assertEquals(3 * FaultyInput.BURST * 2, bad, "bursts at 0, 100 and 200 of 300 frames");
    }

    @Test
    void badValuesAreRefusedByName() {
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> Faults.of(Map.of("glitchEvery", "often")));
        assertEquals("option 'glitchEvery' must be a whole number of frames, was 'often'", word.getMessage());
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> Faults.of(Map.of("glitchEvery", "4")));
        assertTrue(small.getMessage().contains("at least 8"), small.getMessage());
        assertEquals(Faults.NONE, Faults.of(Map.of("hz", "440")), "other options are not faults");
    }

    @Test
    void theStallOptionsGoTogetherAndDelaysAreBounded() {
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> Faults.of(Map.of("stallAfter", "100")));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Faults.of(Map.of("stallAfter", "100", "stallMillis", "0")));
        IllegalArgumentException jitter = assertThrows(IllegalArgumentException.class,
                () -> Faults.of(Map.of("jitterMillis", "-3")));

        assertEquals("options 'stallAfter' and 'stallMillis' go together: stallAfter=<frames>&stallMillis=<ms> stalls "
                + "for ms milliseconds once that many frames went through; stallMillis is missing", alone.getMessage());
        assertEquals("option 'stallMillis' must be at least 1 milliseconds, was 0", zero.getMessage());
        assertEquals("option 'jitterMillis' must be at least 0 milliseconds, was -3", jitter.getMessage());
        assertEquals(new Faults(-1, -1, 100, 250, 20),
                Faults.of(Map.of("stallAfter", "100", "stallMillis", "250", "jitterMillis", "20")));
    }

    @Test
    void closeReleasesTheOpenOnce() {
        DeviceFaults device = new DeviceFaults("mock:test");
        FaultyInput input = new FaultyInput(new PacedInput(steady(1), false), device.open(Faults.NONE));
        assertEquals(1, device.openCount());

        input.close();
        input.close();

        assertEquals(0, device.openCount());
    }

    @Test
    void steadyStateReadsWithFaultsArmedDoNotAllocate() throws IOException {
        DeviceFaults device = new DeviceFaults("mock:test");
        FaultyInput input = new FaultyInput(new PacedInput(steady(1), false),
                device.open(Faults.of(Map.of("glitchEvery", "5000"))));

        long allocated = Measure.bytesAllocatedByReads(input, 2000, 10_000);

        assertTrue(allocated < 10_000, allocated + " bytes allocated in 10,000 reads");
    }
}
