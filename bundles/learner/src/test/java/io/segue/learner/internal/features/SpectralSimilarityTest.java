package io.segue.learner.internal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpectralSimilarityTest {

    @Test
    void identicalSummariesAreFullySimilar() {
        Map<String, Double> a = Map.of("mfcc.mfcc[1]", 12.0, "mfcc.mfcc[2]", -4.0, "spectral-centroid.centroid",
                2200.0);
        assertEquals(1, SpectralSimilarity.of(a, a), 1e-12);
    }

    @Test
    void oppositeTimbresAreDissimilar() {
        Map<String, Double> a = Map.of("mfcc.mfcc[1]", 12.0, "mfcc.mfcc[2]", -4.0);
        Map<String, Double> b = Map.of("mfcc.mfcc[1]", -12.0, "mfcc.mfcc[2]", 4.0);
        assertEquals(-1, SpectralSimilarity.of(a, b), 1e-12);
    }

    @Test
    void everyOutputWeighsTheSameWhateverItsUnit() {
        // the centroids differ by a factor 2 in Hz; the MFCCs agree: a raw cosine would be the centroid's alone
        Map<String, Double> a = Map.of("spectral-centroid.centroid", 4000.0, "mfcc.mfcc[1]", 10.0, "mfcc.mfcc[2]",
                -10.0);
        Map<String, Double> b = Map.of("spectral-centroid.centroid", 2000.0, "mfcc.mfcc[1]", -10.0, "mfcc.mfcc[2]",
                10.0);
        double similarity = SpectralSimilarity.of(a, b);
        // normalised: a = (1, 1, -1), b = (0.5, -1, 1): cosine (0.5 - 2) / (√3 · √2.25)
        assertEquals((0.5 - 2) / (Math.sqrt(3) * 1.5), similarity, 1e-12);
    }

    @Test
    void ignoresWhatIsNotTimbreAndTheOverallLevel() {
        Map<String, Double> a = Map.of("mfcc.mfcc[1]", 12.0, "mfcc.mfcc[2]", -4.0, "tempo.bpm", 128.0,
                "mfcc.mfcc[0]", -200.0);
        Map<String, Double> b = Map.of("mfcc.mfcc[1]", 12.0, "mfcc.mfcc[2]", -4.0, "tempo.bpm", -128.0,
                "mfcc.mfcc[0]", 300.0);
        assertEquals(1, SpectralSimilarity.of(a, b), 1e-12);
    }

    @Test
    void saysNothingWithFewerThanTwoSharedOutputs() {
        assertEquals(0, SpectralSimilarity.of(Map.of(), Map.of()));
        assertEquals(0, SpectralSimilarity.of(Map.of("mfcc.mfcc[1]", 3.0, "mfcc.mfcc[2]", 1.0),
                Map.of("mfcc.mfcc[1]", 3.0, "spectral-flux.flux", 0.2)));
        assertEquals(0, SpectralSimilarity.of(Map.of("mfcc.mfcc[1]", 3.0, "mfcc.mfcc[2]", Double.NaN),
                Map.of("mfcc.mfcc[1]", 3.0, "mfcc.mfcc[2]", 1.0)));
    }

    @Test
    void staysWithinMinusOneAndOne() {
        Map<String, Double> a = Map.of("mfcc.mfcc[1]", 1e300, "mfcc.mfcc[2]", 1e-300, "spectral-flux.flux", 0.0);
        Map<String, Double> b = Map.of("mfcc.mfcc[1]", 1e300, "mfcc.mfcc[2]", 1e-300, "spectral-flux.flux", 0.0);
        double similarity = SpectralSimilarity.of(a, b);
        assertTrue(similarity >= -1 && similarity <= 1, "" + similarity);
    }
}
