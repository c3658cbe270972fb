package io.segue.device.mock.internal.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.device.mock.internal.testing.Measure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClickTrackGeneratorTest {

    private static final int RATE = 22050;

    @ParameterizedTest
    @CsvSource({"120, 11025", "174, 7603.448275862069", "60, 22050", "97.3, 13597.122302158273"})
    void clicksStartOnEveryBeatFromFrameZero(double bpm, double framesPerBeat) {
        float[] x = read(new ClickTrackGenerator(bpm, 0.5, RATE), 10 * RATE);

        List<Integer> expected = new ArrayList<>();
        for (int beat = 0; Math.round(beat * framesPerBeat) < x.length; beat++) {
            expected.add((int) Math.round(beat * framesPerBeat));
        }
        assertEquals(expected, Measure.onsets(x));
    }

    @Test
    void aClickIsAFiveMillisecondDecayingBurstPeakingAtItsFirstSample() {
        ClickTrackGenerator clicks = new ClickTrackGenerator(120, 0.5, RATE);
        float[] x = read(clicks, RATE);
        int length = clicks.clickFrames();

        assertEquals(110, length, "5 ms at 22050 Hz");
        assertEquals(0.5f, x[0], "the first sample is the peak");
        assertEquals(0.5f, x[11025]);
        assertEquals(0.5, Measure.peak(x, 0, x.length), 1e-7);
        assertTrue(Math.abs(x[length - 1]) < 0.5 * Math.exp(-4), "decayed by the end of the burst");
        assertTrue(Measure.peak(x, 0, 22) > Measure.peak(x, 44, 66), "decays");
        assertEquals(0, Measure.peak(x, length, 11025), "silent between clicks");
    }

    @Test
    void theThousandthBeatAt174BpmIsWhereItShouldBeAfterMillionsOfFrames() {
        int rate = 44100;
        ClickTrackGenerator clicks = new ClickTrackGenerator(174, 1, rate);
        long beat1000 = Math.round(1000 * 60.0 * rate / 174);
        float[] chunk = new float[4099];
        long position = 0;
        long lastOnset = -1;
        float previous = 0;
        while (position <= beat1000) {
            clicks.fill(chunk, 0, chunk.length);
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] != 0 && previous == 0) {
                    lastOnset = position + i;
                }
                previous = chunk[i];
            }
            position += chunk.length;
            if (lastOnset >= beat1000) {
                break;
            }
        }

        assertEquals(15_206_897, beat1000);
        assertEquals(beat1000, lastOnset);
    }

    @Test
    void refusesATempoOutOfRange() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ClickTrackGenerator(0, 0.5, RATE));
        assertTrue(e.getMessage().contains("bpm must be in (0, 1000], was 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClickTrackGenerator(1001, 0.5, RATE));
    }

    @Test
    void keepsClickingWhenBeatsAreShorterThanAFrame() {
        ClickTrackGenerator clicks = new ClickTrackGenerator(1000, 1, 10); // 0.6 frames per beat
        float[] x = read(clicks, 100);

        assertEquals(1, clicks.clickFrames());
        assertEquals(0, Measure.peak(x, 0, x.length) - 1, 1e-7);
        assertTrue(x[99] != 0 || x[98] != 0, "still clicking at the end");
    }

    /** Reads {@code frames} frames in chunks of varied odd sizes. */
    private static float[] read(ClickTrackGenerator clicks, int frames) {
        float[] x = new float[frames];
        int[] sizes = {1, 999, 7, 4093, 255};
        int done = 0;
        for (int i = 0; done < frames; i++) {
            int n = Math.min(sizes[i % sizes.length], frames - done);
            clicks.fill(x, done, n);
            done += n;
        }
        return x;
    }
}
