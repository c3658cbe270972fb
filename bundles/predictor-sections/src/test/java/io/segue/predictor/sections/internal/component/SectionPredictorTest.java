package io.segue.predictor.sections.internal.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.predictor.sections.internal.testing.Arrangement;
import io.segue.predictor.sections.internal.testing.Extractors;
import io.segue.predictor.sections.internal.testing.PipelineFrames;
import io.segue.testing.Configs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionPredictorTest {

    @Test
    void describesItself() {
        SectionPredictor predictor = new SectionPredictor(Configs.defaults(SectionsConfig.class));
        assertEquals("sections", predictor.id());
        assertEquals(Set.of(PredictionKind.BUILDUP, PredictionKind.DROP, PredictionKind.BREAKDOWN),
                predictor.kinds());
    }

    @Test
    void anInvalidConfigurationFailsActivationNamingThePidAndKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SectionPredictor(Configs.of(SectionsConfig.class, Map.of("phraseBars", 100))));
        assertEquals("io.segue.predictor.sections: phraseBars must be in 2..64, was 100", e.getMessage());
    }

    @Test
    void readsTheExtractorsItIsBoundToAndStopsWhenTheyGo() {
        Arrangement arrangement = new Arrangement(128, 16, 8, 8, 4, 31);
        List<FeatureExtractor> extractors = Extractors.sections();
        List<FeatureFrame> frames = PipelineFrames.of(extractors, arrangement.render(), Arrangement.SAMPLE_RATE_HZ);
        SectionPredictor predictor = new SectionPredictor(Configs.defaults(SectionsConfig.class));

        assertEquals(List.of(), observe(predictor, frames), "no extractor bound yet");

        extractors.forEach(predictor::addExtractor);
        predictor.reset();
        List<Prediction> predictions = observe(predictor, frames);
        assertEquals(Set.of(PredictionKind.BUILDUP, PredictionKind.DROP, PredictionKind.BREAKDOWN),
                Set.copyOf(predictions.stream().map(Prediction::kind).toList()));
        assertTrue(predictions.stream().anyMatch(p -> p.kind() == PredictionKind.DROP
                && Math.abs(p.targetSeconds() - arrangement.dropSeconds()) <= arrangement.beatSeconds()),
                predictions.toString());

        extractors.forEach(predictor::removeExtractor);
        predictor.reset();
        assertEquals(List.of(), observe(predictor, frames), "extractors gone");
    }

    private static List<Prediction> observe(SectionPredictor predictor, List<FeatureFrame> frames) {
        List<Prediction> predictions = new ArrayList<>();
        frames.forEach(frame -> predictor.observe(frame, predictions::add));
        return predictions;
    }
}
