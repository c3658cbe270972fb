package io.segue.predictor.sections.internal.testing;

import io.segue.api.feature.FeatureExtractor;
import io.segue.extractors.internal.centroid.SpectralCentroidExtractor;
import io.segue.extractors.internal.energy.EnergyExtractor;
import io.segue.extractors.internal.flux.SpectralFluxExtractor;
import io.segue.extractors.internal.loudness.LoudnessExtractor;
import io.segue.extractors.internal.onset.OnsetExtractor;
import io.segue.extractors.internal.rolloff.SpectralRolloffExtractor;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import io.segue.testing.Configs;
import java.util.List;

/** The real extractors the section predictor reads, configured as the runtime configures them by default. */
public final class Extractors {

    private Extractors() {
    }

    public static List<FeatureExtractor> sections() {
        return List.of(new LoudnessExtractor(), new EnergyExtractor(Configs.defaults(TempoConfig.class)),
                new OnsetExtractor(), new TempoExtractor(Configs.defaults(TempoConfig.class)),
                new SpectralCentroidExtractor(), new SpectralFluxExtractor(), new SpectralRolloffExtractor());
    }
}
