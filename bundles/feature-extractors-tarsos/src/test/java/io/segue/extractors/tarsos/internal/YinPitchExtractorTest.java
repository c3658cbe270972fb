package io.segue.extractors.tarsos.internal;

import static io.segue.extractors.tarsos.internal.WaveFrame.DEFAULT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.FeatureProcessor;
import io.segue.testing.Allocations;
import org.junit.jupiter.api.Test;

class YinPitchExtractorTest extends PitchExtractorContract {

    private final YinPitchExtractor extractor = new YinPitchExtractor();

    @Override
    PitchExtractor extractor() {
        return extractor;
    }

    @Test
    void isPitchYin() {
        assertEquals("pitch-yin", extractor.descriptor().id());
    }

    @Test
    void aPitchedFrameHasAProbabilityAboveOneMinusTheThreshold() {
        // d'(τ) < 0.20 at the chosen lag, so 1 - d'(τ) > 0.80: a noisy tone that is still pitched shows it
        float[] tone = Tones.sine(N, 300, RATE, 0.5, 0.0);
        float[] noise = Tones.whiteNoise(N, 11, 0.15);
        for (int i = 0; i < N; i++) {
            tone[i] += noise[i];
        }
        float[] v = values(tone);
        assertEquals(300, v[0], 3.0);
        assertTrue(v[1] > 0.8f && v[1] < 1.0f, "probability " + v[1]);
    }

    @Test
    void processAllocatesNothing() {
        FeatureProcessor processor = extractor.createProcessor(DEFAULT_FORMAT);
        float[] values = new float[2];
        WaveFrame tone = new WaveFrame(DEFAULT_FORMAT, 0, Tones.sawtooth(N, 220, RATE, 0.5));
        WaveFrame noise = new WaveFrame(DEFAULT_FORMAT, 1, Tones.whiteNoise(N, 5, 0.5));
        int frames = 300;
        long bytes = Allocations.bytesAllocatedBy(() -> {
            processor.process(tone, values);
            processor.process(noise, values);
        }, frames / 2);
        System.out.printf("pitch-yin: %d bytes allocated over %d frames%n", bytes, frames);
        // a few hundred bytes of JVM bookkeeping may land on the thread; one frame's buffer would be 4 KB
        assertTrue(bytes < 1024, bytes + " bytes");
    }
}
