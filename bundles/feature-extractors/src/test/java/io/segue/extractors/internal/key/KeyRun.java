package io.segue.extractors.internal.key;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.HannSpectrum;
import io.segue.extractors.internal.TestFrame;
import io.segue.testing.Configs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A key processor run over whole signals, framed as the pipeline frames them (as {@code FrameFeeder} does, with
 * the spectrum computed by {@link HannSpectrum}): each frame's four values.
 */
final class KeyRun {

    static final int KEY = 0;
    static final int STRENGTH = 1;
    static final int FILE_KEY = 2;
    static final int FILE_STRENGTH = 3;

    private final FeatureProcessor processor;
    private final AnalysisFormat format;
    private long nextIndex;
    private long nextStartSample;

    KeyRun(double windowSeconds, AnalysisFormat format) {
        this.processor = extractor(windowSeconds).createProcessor(format);
        this.format = format;
    }

    static KeyExtractor extractor(double windowSeconds) {
        return new KeyExtractor(Configs.of(KeyConfig.class, Map.of("windowSeconds", windowSeconds)));
    }

    /** Frames {@code signal} after what was fed before; returns every frame's values. */
    List<float[]> feed(float[] signal) {
        List<float[]> out = new ArrayList<>();
        for (int start = 0; start + format.windowSize() <= signal.length; start += format.hopSize()) {
            float[] samples = Arrays.copyOfRange(signal, start, start + format.windowSize());
            float[] values = new float[4];
            processor.process(new TestFrame(format, nextIndex + out.size(), nextStartSample + start, samples,
                    HannSpectrum.magnitudes(samples)), values);
            out.add(values);
        }
        nextIndex += out.size();
        nextStartSample += (long) out.size() * format.hopSize();
        return out;
    }

    /** The values of the last frame of {@code signal}. */
    float[] last(float[] signal) {
        List<float[]> frames = feed(signal);
        return frames.get(frames.size() - 1);
    }

    void reset() {
        processor.reset();
        nextIndex = 0;
        nextStartSample = 0;
    }
}
