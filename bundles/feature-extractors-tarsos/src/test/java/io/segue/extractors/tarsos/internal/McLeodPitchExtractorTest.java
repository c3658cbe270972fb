package io.segue.extractors.tarsos.internal;

import static io.segue.extractors.tarsos.internal.WaveFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.FeatureProcessor;
import io.segue.testing.Allocations;
import org.junit.jupiter.api.Test;

class McLeodPitchExtractorTest extends PitchExtractorContract {

    private final McLeodPitchExtractor extractor = new McLeodPitchExtractor();

    @Override
    PitchExtractor extractor() {
        return extractor;
    }

    @Test
    void isPitchMpm() {
        assertEquals("pitch-mpm", extractor.descriptor().id());
    }

    @Test
    void pitchesAtOrBelow80HzAreUnpitched() {
        // TarsosDSP's MPM reports nothing at or below 80 Hz; 100 Hz is still found
        assertUnpitched(values(Tones.sawtooth(N, 70, RATE, 0.8)), "70 Hz sawtooth");
        assertPitched(100, values(Tones.sawtooth(N, 100, RATE, 0.8)), "100 Hz sawtooth");
    }

    @Test
    void processAllocatesABoundedAmountPerFrame() {
        // TarsosDSP boxes each key maximum of the NSDF (a Float period, a Float amplitude, an Integer lag): at most
        // one maximum per two lags, so the garbage per frame is bounded by the window, not by the stream
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] values = new float[2];
        WaveFrame tone = new WaveFrame(DEFAULT_FORMAT, 0, Tones.sawtooth(N, 220, RATE, 0.5));
        WaveFrame noise = new WaveFrame(DEFAULT_FORMAT, 1, Tones.whiteNoise(N, 5, 0.5));
        int frames = 200;
        long toneBytes = Allocations.bytesAllocatedBy(() -> processor.process(tone, values), frames);
        long noiseBytes = Allocations.bytesAllocatedBy(() -> processor.process(noise, values), frames);
        System.out.printf("pitch-mpm: allocates %d bytes per frame on a sawtooth, %d on white noise%n",
                toneBytes / frames, noiseBytes / frames);
        assertTrue(noiseBytes / frames < 16 * 1024, noiseBytes / frames + " bytes per frame");
    }
}
