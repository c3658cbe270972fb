package io.segue.extractors.tarsos.internal;

import be.tarsos.dsp.pitch.McLeodPitchMethod;
import be.tarsos.dsp.pitch.PitchDetector;
import io.segue.api.feature.FeatureExtractor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * Pitch by the McLeod Pitch Method ("A Smarter Way to Find Pitch", McLeod and Wyvill, ICMC 2005) as TarsosDSP's
 * {@link McLeodPitchMethod} computes it: id {@value #ID}.
 *
 * <p>Definition: the normalized square difference function of the whole window,
 * {@code n(τ) = 2 Σ x[j] x[j+τ] / Σ (x[j]² + x[j+τ]²)} (sums over {@code j < windowSize - τ}), in -1..1; its key
 * maxima (the highest point between each positive-going and the next negative-going zero crossing) above 0.5 are
 * refined by parabolic interpolation, and the first reaching {@value #CUTOFF} of the highest gives the period
 * {@code τ} and the pitch {@code sampleRateHz / τ}. The probability is the clarity: the highest key maximum's value.
 * No key maximum above 0.5 (silence, a lone click), or a pitch at or below 80 Hz (TarsosDSP's lower limit for this
 * method; white noise's highest maxima lie at long lags and fall there): NaN, probability 0.
 *
 * <p>Windows that start and end with exact zeros go through {@link ZeroEdgeGuard}, which keeps the detector from
 * dividing 0 by 0 (an {@link AssertionError} inside TarsosDSP when assertions are enabled).
 *
 * <p>Unlike {@link YinPitchExtractor}, this detector allocates: TarsosDSP boxes each key maximum into lists, a few
 * kilobytes of short-lived garbage per frame.
 */
// off until configured: O(window^2) per frame, and a pitch is of little use on a full mix
@Component(service = FeatureExtractor.class, configurationPid = "io.segue.extractor.pitch-mpm",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@FeatureId(McLeodPitchExtractor.ID)
public final class McLeodPitchExtractor extends PitchExtractor {

    static final String ID = "pitch-mpm";

    /** TarsosDSP's default cutoff ("k" in the paper) relative to the highest key maximum. */
    static final double CUTOFF = 0.97;

    public McLeodPitchExtractor() {
        super(ID, "Pitch (McLeod)",
                "The fundamental frequency of the window by the McLeod Pitch Method (TarsosDSP).",
                "sampleRateHz / τ for the first key maximum τ (above 0.5, parabolically refined) of the normalized "
                        + "square difference function reaching 0.97 of the highest; NaN when there is none or the pitch "
                        + "is at or below 80 Hz (unpitched).",
                "The clarity: the highest key maximum of the normalized square difference function, clamped "
                        + "to 0..1; 0 when unpitched.");
    }

    @Override
    PitchDetector newDetector(int sampleRateHz, int windowSize) {
        return new ZeroEdgeGuard(new McLeodPitchMethod(sampleRateHz, windowSize, CUTOFF), windowSize);
    }
}
