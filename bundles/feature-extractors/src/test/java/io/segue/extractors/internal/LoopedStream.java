package io.segue.extractors.internal;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.testing.Allocations;
import java.util.Arrays;

/**
 * A signal's frames played over and over as one endless, gapless stream (frame numbers and positions keep
 * growing), fed without allocating on the test side: for measuring what a stateful processor allocates once its
 * windows are full and its periodic work runs.
 */
public final class LoopedStream {

    private final AnalysisFormat format;
    private final float[][] samples;
    private final float[][] magnitudes;
    private final MovingFrame frame = new MovingFrame();

    /** Frames {@code signal} (window every hop, the Hann spectrum of each). */
    public LoopedStream(AnalysisFormat format, float[] signal) {
        this.format = format;
        int frames = (signal.length - format.windowSize()) / format.hopSize() + 1;
        samples = new float[frames][];
        magnitudes = new float[frames][];
        for (int i = 0; i < frames; i++) {
            samples[i] = Arrays.copyOfRange(signal, i * format.hopSize(), i * format.hopSize() + format.windowSize());
            magnitudes[i] = HannSpectrum.magnitudes(samples[i]);
        }
    }

    /**
     * Bytes {@code processor} allocates over {@code frames} frames of the stream, after as many to warm up (see
     * {@link Allocations#bytesAllocatedBy}); {@code values} holds the last frame's values afterwards.
     */
    public long bytesAllocated(FeatureProcessor processor, float[] values, int frames) {
        return Allocations.bytesAllocatedBy(() -> {
            int i = (int) (frame.index % samples.length);
            frame.samples = samples[i];
            frame.magnitudes = magnitudes[i];
            processor.process(frame, values);
            frame.index++;
        }, frames);
    }

    /** A frame the stream moves along. */
    private final class MovingFrame implements AnalysisFrame {

        private float[] samples;
        private float[] magnitudes;
        private long index;

        @Override
        public AnalysisFormat format() {
            return format;
        }

        @Override
        public long index() {
            return index;
        }

        @Override
        public long startSample() {
            return index * format.hopSize();
        }

        @Override
        public long captureNanos() {
            return 0;
        }

        @Override
        public float[] samples() {
            return samples;
        }

        @Override
        public float[] magnitudes() {
            return magnitudes;
        }
    }
}
