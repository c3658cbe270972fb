package io.segue.extractors.tarsos.internal;

import be.tarsos.dsp.pitch.PitchDetectionResult;
import be.tarsos.dsp.pitch.PitchDetector;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.FeatureProcessor;

/**
 * Runs a TarsosDSP {@link PitchDetector} on each frame's samples and writes {@code pitch} and {@code probability}.
 *
 * <p>Mapping of the detector's result: when it reports a pitch ({@code isPitched()} and a finite pitch above 0 Hz),
 * the pitch in Hz and its probability clamped to [0, 1] (TarsosDSP's MPM clarity can exceed 1 slightly); otherwise
 * NaN and 0, the API's convention for "none".
 *
 * <p>The detectors keep no state between calls (each frame is analysed on its own), so {@link #reset()} has nothing
 * to forget. Allocation: TarsosDSP's {@code Yin} reuses its buffers and its result object; its
 * {@code McLeodPitchMethod} boxes every key maximum it finds into lists, which allocates a few kilobytes per frame
 * (short-lived garbage; measured in the tests). That cannot be avoided without rewriting the detector.
 */
final class PitchFrameProcessor implements FeatureProcessor {

    private static final int VALUE_COUNT = 2;

    private final String extractorId;
    private final int windowSize;
    private final PitchDetector detector;

    PitchFrameProcessor(String extractorId, int windowSize, PitchDetector detector) {
        this.extractorId = extractorId;
        this.windowSize = windowSize;
        this.detector = detector;
    }

    @Override
    public void process(AnalysisFrame frame, float[] values) {
        float[] samples = frame.samples();
        if (samples.length != windowSize) {
            throw new IllegalArgumentException("extractor '" + extractorId + "' expects " + windowSize
                    + " samples per frame (the format it was created for), got " + samples.length);
        }
        if (values.length < VALUE_COUNT) {
            throw new IllegalArgumentException("extractor '" + extractorId + "' writes " + VALUE_COUNT
                    + " values per frame, the values array holds " + values.length);
        }
        // the detectors only read the samples, so the pipeline's array is handed over as it is
        PitchDetectionResult result = detector.getPitch(samples);
        float pitchHz = result.getPitch();
        if (result.isPitched() && pitchHz > 0.0f && Float.isFinite(pitchHz)) {
            values[0] = pitchHz;
            float probability = result.getProbability();
            values[1] = probability > 0.0f ? Math.min(1.0f, probability) : 0.0f;
        } else {
            values[0] = Float.NaN;
            values[1] = 0.0f;
        }
    }

    @Override
    public void reset() {
        // nothing to forget: every frame is analysed on its own
    }
}
