package io.segue.extractors.internal.loudness;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureProcessor;
import io.segue.extractors.internal.FrameFeeder;
import io.segue.extractors.internal.TestFrame;
import java.util.Arrays;

/**
 * Frames a long signal exactly as {@link FrameFeeder} does (a window every hop, stream positions carried across calls)
 * but without the Hann spectrum, which the loudness extractor does not read: the EBU signals are 20-100 s long at up
 * to 48 kHz, and the spectra would take most of the test time. One window buffer and one values array are reused
 * (a processor must copy what it keeps, as the pipeline's buffers are reused too).
 */
final class WaveformFeeder {

    /** Receives each frame's values; the array is reused for the next frame. */
    interface FrameListener {
        void frame(long startSample, float[] values);
    }

    private static final float[] NO_MAGNITUDES = new float[0];

    private final FeatureProcessor processor;
    private final AnalysisFormat format;
    private final float[] window;
    private final float[] values = new float[LoudnessProcessor.VALUES];
    private long nextIndex;
    private long nextStartSample;
    private long lastEnd;

    WaveformFeeder(FeatureProcessor processor, AnalysisFormat format) {
        this.processor = processor;
        this.format = format;
        this.window = new float[format.windowSize()];
    }

    /** Frames {@code signal} from its first sample; returns the last frame's values (NaN when no window fits). */
    float[] feed(float[] signal, FrameListener listener) {
        int size = format.windowSize();
        int frames = 0;
        Arrays.fill(values, Float.NaN);
        for (int start = 0; start + size <= signal.length; start += format.hopSize()) {
            System.arraycopy(signal, start, window, 0, size);
            processor.process(new TestFrame(format, nextIndex++, nextStartSample + start, window, NO_MAGNITUDES),
                    values);
            listener.frame(nextStartSample + start, values);
            lastEnd = nextStartSample + start + size;
            frames++;
        }
        nextStartSample += frames * (long) format.hopSize();
        return values;
    }

    float[] feed(float[] signal) {
        return feed(signal, (start, v) -> {
        });
    }

    /**
     * Loses {@code samples} samples after the last window, as the pipeline does after dropped chunks: the next frame
     * starts that far past the end of the last window.
     */
    void skip(long samples) {
        nextStartSample = lastEnd + samples;
    }
}
