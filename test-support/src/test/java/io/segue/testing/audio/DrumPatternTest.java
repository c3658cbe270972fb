package io.segue.testing.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.testing.audio.DrumPattern.Style;
import org.junit.jupiter.api.Test;

class DrumPatternTest {

    @Test
    void beatsAreOneBeatPeriodApart() {
        DrumPattern.Rendering r = DrumPattern.of(Style.BOOM_BAP, 80).render(10, 22050, 1);
        double[] beats = r.beatSeconds();
        assertEquals(14, beats.length, "10 s at 80 BPM: beats at 0, 0.75, ... 9.75");
        for (int i = 1; i < beats.length; i++) {
            assertEquals(0.75, beats[i] - beats[i - 1], 1e-9);
        }
        // sixteenth hats: an onset on every sixteenth step
        assertEquals(4 * 14 - 1, r.onsetSeconds().length, 1);
        assertEquals(220500, r.samples().length);
    }

    @Test
    void halfTimeHasItsSnareOnThree() {
        double bpm = 140;
        DrumPattern.Rendering eighths = DrumPattern.of(Style.HALF_TIME, bpm).withEighthHats().render(60 / bpm * 4, 22050,
                1);
        // eighth hats and kick/snare on eighths: 8 onsets in the bar
        assertEquals(8, eighths.onsetSeconds().length);
        assertEquals(4, eighths.beatSeconds().length);
    }

    @Test
    void renderingIsDeterministicAndSeeded() {
        DrumPattern pattern = DrumPattern.of(Style.DRUM_AND_BASS, 172).withHumanize(5).withNoise(0.01);
        assertArrayEquals(pattern.render(3, 22050, 7).samples(), pattern.render(3, 22050, 7).samples());
        assertTrue(pattern.render(3, 22050, 7).samples()[100] != pattern.render(3, 22050, 8).samples()[100]);
    }

    @Test
    void aRampSpeedsTheBeatsUp() {
        double[] beats = DrumPattern.of(Style.CLICK, 100).withRampTo(150).render(20, 22050, 1).beatSeconds();
        assertEquals(0.6, beats[1] - beats[0], 0.01);
        assertEquals(0.4, beats[beats.length - 1] - beats[beats.length - 2], 0.01);
        double[] stepped = DrumPattern.of(Style.CLICK, 120).withStepTo(60, 5).render(10, 22050, 1).beatSeconds();
        assertEquals(0.5, stepped[1] - stepped[0], 1e-9);
        assertEquals(1.0, stepped[stepped.length - 1] - stepped[stepped.length - 2], 1e-9);
    }
}
