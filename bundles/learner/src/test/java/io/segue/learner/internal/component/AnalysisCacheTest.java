package io.segue.learner.internal.component;

import static io.segue.api.feature.MusicalKey.A_MINOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnalysisCacheTest {

    private final FakeMusicLibrary library = new FakeMusicLibrary().add("a", 128, A_MINOR, 0.5, -8)
            .add("b", 126, A_MINOR, 0.6, -8).add("c", 124, A_MINOR, 0.7, -8);

    @Test
    void remembersAnalysesAndAbsencesUntilTheLibraryChanges() {
        AnalysisCache cache = new AnalysisCache(library, 10);
        assertEquals(128, cache.analysis("a").orElseThrow().bpm());
        assertTrue(cache.analysis("x").isEmpty());
        cache.analysis("a");
        cache.analysis("x");
        assertEquals(2, library.analysisReads());
        library.add("a", 140, A_MINOR, 0.5, -8);
        assertEquals(140, cache.analysis("a").orElseThrow().bpm(), "a correction is seen at once");
        assertEquals(3, library.analysisReads());
    }

    @Test
    void startsOverWhenFull() {
        AnalysisCache cache = new AnalysisCache(library, 2);
        cache.analysis("a");
        cache.analysis("b");
        cache.analysis("c"); // full: forgets a and b
        cache.analysis("c");
        assertEquals(3, library.analysisReads());
        cache.analysis("a");
        assertEquals(4, library.analysisReads());
    }
}
