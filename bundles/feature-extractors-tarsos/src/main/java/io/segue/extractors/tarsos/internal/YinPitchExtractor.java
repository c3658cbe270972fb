package io.segue.extractors.tarsos.internal;

import be.tarsos.dsp.pitch.PitchDetector;
import be.tarsos.dsp.pitch.Yin;
import io.segue.api.feature.FeatureExtractor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * Pitch by YIN (de Cheveigné and Kawahara, JASA 2002) as TarsosDSP's {@link Yin} computes it: id {@value #ID}.
 *
 * <p>Definition: over the first half of the window ({@code W = windowSize / 2}), the difference function
 * {@code d(τ) = Σ_{j<W} (x[j] - x[j+τ])²} for lags {@code τ < W}, normalized by its cumulative mean,
 * {@code d'(τ) = d(τ) τ / Σ_{1≤k≤τ} d(k)}; the first lag {@code τ ≥ 2} where {@code d'} falls below
 * {@value #THRESHOLD}, followed down to its local minimum and refined by parabolic interpolation, gives the pitch
 * {@code sampleRateHz / τ}, and {@code 1 - d'(τ)} its probability. No such lag (noise, silence, a pitch below
 * {@code sampleRateHz / W}): NaN, probability 0. A pitched frame therefore always has a probability above 0.8.
 * The plain (not FFT) YIN is used: it allocates nothing per frame, and TarsosDSP's {@code FastYin} allocates an
 * array per frame and runs FFTs on JTransforms' thread pool.
 */
// off until configured: O(window^2) per frame, and a pitch is of little use on a full mix
@Component(service = FeatureExtractor.class, configurationPid = "io.segue.extractor.pitch-yin",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@FeatureId(YinPitchExtractor.ID)
public final class YinPitchExtractor extends PitchExtractor {

    static final String ID = "pitch-yin";

    /** TarsosDSP's default absolute threshold on {@code d'} (the YIN paper suggests 0.10 .. 0.15). */
    static final double THRESHOLD = 0.20;

    public YinPitchExtractor() {
        super(ID, "Pitch (YIN)", "The fundamental frequency of the window by the YIN algorithm (TarsosDSP).",
                "sampleRateHz / τ for the first lag τ (parabolically refined) where YIN's cumulative-mean-"
                        + "normalized difference d'(τ) over the first half of the window falls below 0.20; "
                        + "NaN when none does (unpitched).",
                "1 - d'(τ) at the chosen lag, so above 0.8 when pitched; 0 when unpitched.");
    }

    @Override
    PitchDetector newDetector(int sampleRateHz, int windowSize) {
        return new Yin(sampleRateHz, windowSize, THRESHOLD);
    }
}
