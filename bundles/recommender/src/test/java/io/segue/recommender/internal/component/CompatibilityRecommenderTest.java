package io.segue.recommender.internal.component;

import static io.segue.api.feature.MusicalKey.A_MINOR;
import static io.segue.api.feature.MusicalKey.B_MINOR;
import static io.segue.api.feature.MusicalKey.C_MAJOR;
import static io.segue.api.feature.MusicalKey.E_MINOR;
import static io.segue.api.feature.MusicalKey.F_SHARP_MAJOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import io.segue.api.learn.Feedback;
import io.segue.api.learn.Learner;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.LiveState;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.RecommendationRequest;
import io.segue.api.mix.ScoreComponent;
import io.segue.testing.Allocations;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompatibilityRecommenderTest {

    private static final String CURRENT = "current";
    private static final double CURRENT_ENERGY = 0.5;
    private static final Set<String> COMPATIBLE_WITH_8A = Set.of("8A", "8B", "7A", "9A", "10A", "3A");

    private final RecordingLogger log = new RecordingLogger();

    /**
     * 10000 tracks of random tempo (60..180 BPM), key, energy and artist (300 artists), and the current track at
     * 128 BPM in 8A (A minor) with energy 0.5.
     */
    private static FakeMusicLibrary syntheticLibrary() {
        FakeMusicLibrary library = new FakeMusicLibrary();
        Random random = new Random(42);
        MusicalKey[] keys = MusicalKey.values();
        for (int i = 0; i < 10000; i++) {
            library.add("t" + i, "Artist " + random.nextInt(300), 60 + random.nextDouble() * 120,
                    keys[random.nextInt(keys.length)], random.nextDouble());
        }
        library.add(CURRENT, "The Current", 128, A_MINOR, CURRENT_ENERGY);
        return library;
    }

    private CompatibilityRecommender recommender(FakeMusicLibrary library, Map<String, ?> config) {
        return new CompatibilityRecommender(library, Configs.of(RecommenderConfig.class, config), log.logger());
    }

    private CompatibilityRecommender recommender(FakeMusicLibrary library) {
        return recommender(library, Map.of());
    }

    private static ScoreComponent component(Recommendation recommendation, String name) {
        return recommendation.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " component in " + recommendation));
    }

    private static boolean has(Recommendation recommendation, String name) {
        return recommendation.components().stream().anyMatch(c -> c.name().equals(name));
    }

    private static List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.track().id()).toList();
    }

    private static double bpm(FakeMusicLibrary library, Recommendation r) {
        return library.analysis(r.track().id()).orElseThrow().bpm();
    }

    private static double energy(FakeMusicLibrary library, Recommendation r) {
        return library.analysis(r.track().id()).orElseThrow().energy();
    }

    private static String camelot(FakeMusicLibrary library, Recommendation r) {
        return library.analysis(r.track().id()).orElseThrow().camelot();
    }

    /** The total is the weighted components minus the penalties, at least 0; the weights add up to 1. */
    private static void assertTotalAddsUp(Recommendation r) {
        double weighted = 0;
        double weights = 0;
        double penalties = 0;
        for (ScoreComponent c : r.components()) {
            assertFalse(c.reason().isBlank(), "a reason for " + c.name());
            if (Set.of("tempo", "key", "energy", "learned").contains(c.name())) {
                weighted += c.weight() * c.score();
                weights += c.weight();
            } else {
                penalties += c.score();
            }
        }
        assertEquals(1, weights, 1e-9, r.toString());
        assertEquals(Math.max(0, weighted - penalties), r.score(), 1e-9, r.toString());
    }

    @Test
    void afterA128BpmTrackIn8aTheTopResultsAreTempoAndKeyCompatibleWithAReasonPerComponent() {
        FakeMusicLibrary library = syntheticLibrary();
        library.add("close", "Someone", 129.5, A_MINOR, CURRENT_ENERGY);
        List<Recommendation> top = recommender(library).recommend(RecommendationRequest.after(CURRENT,
                EnergyIntent.MAINTAIN, 10));

        assertEquals(10, top.size());
        for (Recommendation r : top) {
            double bpm = bpm(library, r);
            double folded = bpm * Math.pow(2, Math.round(Math.log(128 / bpm) / Math.log(2)));
            assertTrue(Math.abs(folded / 128 - 1) < 0.03, "within 3 % of 128 BPM, folded: " + bpm + " in " + r);
            assertTrue(COMPATIBLE_WITH_8A.contains(camelot(library, r)), "compatible with 8A: " + r);
            assertEquals(List.of("tempo", "key", "energy"),
                    r.components().stream().map(ScoreComponent::name).toList(), "no learner, no penalty");
            assertTotalAddsUp(r);
        }
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).score() >= top.get(i).score(), "best first");
        }
        Recommendation close = top.stream().filter(r -> r.track().id().equals("close")).findFirst().orElseThrow();
        assertEquals("128.0 → 129.5 BPM, +1.2 %", component(close, "tempo").reason());
        assertEquals("8A → 8A: same key (A minor → A minor)", component(close, "key").reason());
        assertTrue(component(close, "energy").reason().startsWith("energy 0.50 → 0.50"),
                component(close, "energy").reason());
    }

    @Test
    void keyWeighsLessThanTempo() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "A", 128, A_MINOR, 0.5)
                .add("right-tempo-clashing-key", "B", 128, F_SHARP_MAJOR, 0.5)
                .add("right-key-tempo-out-of-reach", "C", 140, A_MINOR, 0.5);
        List<Recommendation> top = recommender(library).recommend(RecommendationRequest.after(CURRENT,
                EnergyIntent.MAINTAIN, 5));
        assertEquals(List.of("right-tempo-clashing-key", "right-key-tempo-out-of-reach"), ids(top));
        ScoreComponent clash = component(top.get(0), "key");
        assertTrue(clash.score() > 0 && clash.score() < 0.2, "a clash is a low score, not a filter: " + clash);
        assertTrue(component(top.get(0), "tempo").weight() > clash.weight());
        assertEquals(0, component(top.get(1), "tempo").score(), "140 is beyond ±6 % of 128");
    }

    @Test
    void intentUpRaisesTheEnergyAndDownLowersIt() {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        List<Recommendation> up = recommender.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.UP, 10));
        List<Recommendation> down = recommender.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.DOWN,
                10));
        for (Recommendation r : up) {
            assertTrue(energy(library, r) > CURRENT_ENERGY, "up: " + r);
            assertTrue(component(r, "energy").reason().contains("intent up"), r.toString());
        }
        for (Recommendation r : down) {
            assertTrue(energy(library, r) < CURRENT_ENERGY, "down: " + r);
        }
        double meanUp = up.stream().mapToDouble(r -> energy(library, r)).average().orElseThrow();
        assertTrue(meanUp < CURRENT_ENERGY + 0.35, "a moderate rise, not a jump: mean " + meanUp);
    }

    @Test
    void halfAndDoubleTempoTracksInCompatibleKeysRankHighWhenFoldingIsOn() {
        FakeMusicLibrary library = syntheticLibrary();
        library.add("half", "Slow", 64, A_MINOR, CURRENT_ENERGY);
        library.add("double", "Fast", 256, E_MINOR, CURRENT_ENERGY);

        List<String> folded = ids(recommender(library).recommend(RecommendationRequest.after(CURRENT,
                EnergyIntent.MAINTAIN, 10)));
        assertTrue(folded.contains("half") && folded.contains("double"), folded.toString());

        List<Recommendation> all = recommender(library).recommend(RecommendationRequest.after(CURRENT,
                EnergyIntent.MAINTAIN, 5000));
        Recommendation half = all.stream().filter(r -> r.track().id().equals("half")).findFirst().orElseThrow();
        assertEquals("128.0 → 64.0 BPM ×2 = 128.0, +0.0 %", component(half, "tempo").reason());
        Recommendation twice = all.stream().filter(r -> r.track().id().equals("double")).findFirst().orElseThrow();
        assertEquals("128.0 → 256.0 BPM ×½ = 128.0, +0.0 %", component(twice, "tempo").reason());

        List<Recommendation> unfolded = recommender(library, Map.of("foldHalfDouble", false))
                .recommend(RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 10));
        assertFalse(ids(unfolded).contains("half") || ids(unfolded).contains("double"), ids(unfolded).toString());
    }

    @Test
    void aLockedTempoIsNeverFolded() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "A", 128, A_MINOR, 0.5)
                .add("half", "B", 64, A_MINOR, 0.5).add("half-locked", "C", 64, true, A_MINOR, 0.5)
                .add("near", "D", 127, A_MINOR, 0.5);
        CompatibilityRecommender recommender = recommender(library);
        RecommendationRequest request = RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 5);

        List<Recommendation> top = recommender.recommend(request);
        assertEquals(List.of("half", "near", "half-locked"), ids(top), "the candidate's lock");
        ScoreComponent locked = component(top.get(2), "tempo");
        assertEquals(0, locked.score());
        assertEquals("128.0 → 64.0 BPM, -50.0 %, beyond ±6.0 % (tempo locked: not folded to half or double)",
                locked.reason());

        library.correct(CURRENT, 128, true, A_MINOR, 0.5);
        top = recommender.recommend(request);
        assertEquals(List.of("near", "half", "half-locked"), ids(top), "the current track's lock");
        assertEquals(0, component(top.get(1), "tempo").score());
        assertTrue(component(top.get(1), "tempo").reason().contains("tempo locked"));
    }

    @Test
    void userCorrectionsAreWhatIsScored() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "A", 128, A_MINOR, 0.5)
                .add("misdetected", "B", 97, MusicalKey.D_FLAT_MAJOR, 0.5).add("other", "C", 125, A_MINOR, 0.5);
        CompatibilityRecommender recommender = recommender(library);
        RecommendationRequest request = RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 5);
        assertEquals("other", recommender.recommend(request).get(0).track().id());

        library.correct("misdetected", 128, false, A_MINOR, 0.5);
        Recommendation first = recommender.recommend(request).get(0);
        assertEquals("misdetected", first.track().id());
        assertEquals("128.0 → 128.0 BPM, +0.0 %", component(first, "tempo").reason());
    }

    @Test
    void playedTracksAndTheCurrentTrackAreNeverRecommended() {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        List<String> first = ids(recommender.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN,
                10)));
        assertFalse(first.contains(CURRENT));

        List<String> played = List.of(first.get(0), first.get(2), first.get(4), CURRENT);
        List<String> next = ids(recommender.recommend(new RecommendationRequest(CURRENT, null,
                EnergyIntent.MAINTAIN, 10, played)));
        assertEquals(10, next.size());
        for (String id : played) {
            assertFalse(next.contains(id), id + " was played: " + next);
        }
        assertEquals(first.get(1), next.get(0), "the best not yet played moves up");
    }

    @Test
    void anArtistAmongTheLastPlayedIsPenalized() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "Current", 128, A_MINOR, 0.5)
                .add("same", "Repeat Offender", 128, A_MINOR, 0.5).add("other", "Someone Else", 127, A_MINOR, 0.5)
                .add("p1", "repeat offender ", 100, C_MAJOR, 0.5).add("p2", "X", 100, C_MAJOR, 0.5)
                .add("p3", "Y", 100, C_MAJOR, 0.5);
        CompatibilityRecommender recommender = recommender(library);

        List<Recommendation> fresh = recommender.recommend(new RecommendationRequest(CURRENT, null,
                EnergyIntent.MAINTAIN, 2, List.of("p2", "p3")));
        assertEquals(List.of("same", "other"), ids(fresh), "no artist repeated yet");

        List<Recommendation> repeated = recommender.recommend(new RecommendationRequest(CURRENT, null,
                EnergyIntent.MAINTAIN, 2, List.of("p1", "p2", CURRENT)));
        assertEquals(List.of("other", "same"), ids(repeated));
        ScoreComponent penalty = component(repeated.get(1), "same-artist");
        assertEquals(0.3, penalty.score(), 1e-12);
        assertEquals("same artist (Repeat Offender) as the track 3 back, within the last 3", penalty.reason());
        assertEquals(fresh.get(0).score() - 0.3, repeated.get(1).score(), 1e-9);
        assertTotalAddsUp(repeated.get(1));

        List<Recommendation> longAgo = recommender.recommend(new RecommendationRequest(CURRENT, null,
                EnergyIntent.MAINTAIN, 2, List.of("p1", "p2", "p3", CURRENT)));
        assertEquals(List.of("same", "other"), ids(longAgo), "four tracks back is outside the window of 3");
        assertFalse(has(longAgo.get(0), "same-artist"));
    }

    @Test
    void aLearnerPresentReordersAndItsAbsenceChangesNothingElse() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "A", 128, A_MINOR, 0.5)
                .add("perfect", "B", 128, A_MINOR, 0.5).add("loved", "C", 128, E_MINOR, 0.5)
                .add("fine", "D", 127, C_MAJOR, 0.5);
        CompatibilityRecommender recommender = recommender(library);
        RecommendationRequest request = RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 3);
        List<Recommendation> without = recommender.recommend(request);
        assertEquals(List.of("perfect", "loved", "fine"), ids(without));

        ScriptedLearner learner = new ScriptedLearner((from, to) -> from.equals(CURRENT) && to.equals("loved")
                ? OptionalDouble.of(1) : to.equals("perfect") ? OptionalDouble.of(0.1) : OptionalDouble.empty());
        recommender.bindLearner(learner);
        List<Recommendation> with = recommender.recommend(request);
        assertEquals(List.of("loved", "perfect", "fine"), ids(with), "the loved transition rises");
        ScoreComponent loved = component(with.get(0), "learned");
        assertEquals(1, loved.score());
        assertEquals("learner scripted (7 feedbacks) rates this transition 1.00", loved.reason());
        ScoreComponent unknown = component(with.get(2), "learned");
        assertEquals(0.5, unknown.score(), "no opinion is neutral");
        assertTrue(unknown.reason().contains("no opinion"), unknown.reason());
        with.forEach(CompatibilityRecommenderTest::assertTotalAddsUp);

        recommender.unbindLearner(learner);
        List<Recommendation> after = recommender.recommend(request);
        assertEquals(ids(without), ids(after));
        assertFalse(after.stream().anyMatch(r -> has(r, "learned")), "no learner, no learned component");
        assertEquals(without.get(0).score(), after.get(0).score(), 1e-12);
    }

    @Test
    void aGreedySwapToAnotherLearnerIsNotUndoneByUnbindingTheFirst() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "A", 128, A_MINOR, 0.5)
                .add("x", "B", 128, A_MINOR, 0.5);
        CompatibilityRecommender recommender = recommender(library);
        ScriptedLearner first = new ScriptedLearner((from, to) -> OptionalDouble.of(0.2));
        ScriptedLearner second = new ScriptedLearner((from, to) -> OptionalDouble.of(0.9));
        recommender.bindLearner(first);
        recommender.bindLearner(second);
        recommender.unbindLearner(first);
        Recommendation r = recommender.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 1))
                .get(0);
        assertEquals(0.9, component(r, "learned").score());
    }

    @Test
    void theLearnerIsConsultedOnlyAsFarAsNeededAndTheTopKIsExact() {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        ScriptedLearner learner = new ScriptedLearner((from, to) -> {
            int h = (from + "→" + to).hashCode();
            return h % 3 == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.floorMod(h, 1000) / 999.0);
        });
        recommender.bindLearner(learner);
        List<Recommendation> all = recommender.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.UP,
                library.size()));
        int askedForAll = learner.calls;
        learner.calls = 0;
        List<Recommendation> top = recommender.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.UP, 10));
        assertEquals(ids(all.subList(0, 10)), ids(top), "pruning does not change the top 10");
        assertEquals(library.size() - 1, askedForAll, "every analysed candidate when all are wanted");
        assertTrue(learner.calls < askedForAll / 3, "asked " + learner.calls + " times for the top 10");
    }

    @Test
    void aLearnerThatThrowsIsNeutralAndTheRecommendationsStillCome() {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        recommender.bindLearner(new ScriptedLearner((from, to) -> {
            throw new IllegalStateException("model file corrupt");
        }));
        List<Recommendation> top = recommender.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.UP, 5));
        assertEquals(5, top.size());
        for (Recommendation r : top) {
            assertEquals(0.5, component(r, "learned").score());
            assertEquals("learner scripted (7 feedbacks) failed on this request (java.lang.IllegalStateException: "
                    + "model file corrupt): neutral", component(r, "learned").reason());
        }
    }

    @Test
    void forTheLiveStreamWithoutACurrentTrack() {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        recommender.bindLearner(new ScriptedLearner((from, to) -> OptionalDouble.of(1)));
        List<Recommendation> top = recommender.recommend(new RecommendationRequest(null,
                new LiveState(128, A_MINOR, 0.5), EnergyIntent.UP, 10, List.of(CURRENT)));
        assertEquals(10, top.size());
        for (Recommendation r : top) {
            assertTrue(COMPATIBLE_WITH_8A.contains(camelot(library, r)), r.toString());
            assertTrue(component(r, "tempo").score() > 0.5, r.toString());
            assertTrue(energy(library, r) > 0.5, r.toString());
            assertFalse(has(r, "learned"), "no transition to learn about without a current track");
            assertTotalAddsUp(r);
        }

        List<Recommendation> unknown = recommender.recommend(new RecommendationRequest(null,
                new LiveState(Double.NaN, null, Double.NaN), EnergyIntent.MAINTAIN, 3, List.of()));
        assertEquals(3, unknown.size());
        Recommendation r = unknown.get(0);
        assertEquals("no tempo for the live stream: neutral", component(r, "tempo").reason());
        assertEquals("no key for the live stream: neutral", component(r, "key").reason());
        assertEquals("no energy for the live stream: neutral", component(r, "energy").reason());
        assertEquals(0.5, r.score(), 1e-12);
    }

    @Test
    void tracksWithoutAnalysisAreExcludedAndAMissingKeyIsNeutral() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "A", 128, A_MINOR, 0.5)
                .addUnanalysed("unanalysed", "B").add("keyless", "C", 128, null, 0.5)
                .add("tempoless", "D", Double.NaN, A_MINOR, 0.5);
        List<Recommendation> all = recommender(library).recommend(RecommendationRequest.after(CURRENT,
                EnergyIntent.MAINTAIN, 10));
        assertEquals(List.of("keyless", "tempoless"), ids(all));
        assertEquals(0.5, component(all.get(0), "key").score());
        assertEquals("no key for this track: neutral", component(all.get(0), "key").reason());
        assertEquals(0, component(all.get(1), "tempo").score());
        assertEquals("no tempo measured for this track", component(all.get(1), "tempo").reason());
    }

    @Test
    void anUnknownCurrentTrackIsRefusedWithItsId() {
        CompatibilityRecommender recommender = recommender(syntheticLibrary());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> recommender.recommend(RecommendationRequest.after("t99999", EnergyIntent.UP, 5)));
        assertEquals("track t99999 is not in the library", e.getMessage());
    }

    @Test
    void theCatalogueIsReadOncePerRevision() {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        RecommendationRequest request = RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 3);
        for (int i = 0; i < 5; i++) {
            recommender.recommend(request);
        }
        assertEquals(1, library.catalogueReads());
        assertNotEquals("fresh", recommender.recommend(request).get(0).track().id());

        library.add("fresh", "New", 128, A_MINOR, CURRENT_ENERGY);
        assertEquals("fresh", recommender.recommend(request).get(0).track().id(), "the new track is seen");
        recommender.recommend(request);
        assertEquals(2, library.catalogueReads());
    }

    @Test
    void concurrentRequestsAfterAChangeReadTheCatalogueOnce() throws Exception {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        RecommendationRequest request = RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 5);
        List<Thread> threads = new ArrayList<>();
        List<List<String>> results = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 20; i++) {
                    results.add(ids(recommender.recommend(request)));
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(80, results.size());
        assertEquals(1, library.catalogueReads());
        assertEquals(1, results.stream().collect(Collectors.toSet()).size(), "every thread saw the same answer");
    }

    @Test
    void whileOneRequestReadsAChangedCatalogueTheOthersAreAnsweredFromThePreviousOne() throws Exception {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library);
        RecommendationRequest request = RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 3);
        List<String> before = ids(recommender.recommend(request));

        CountDownLatch release = new CountDownLatch(1);
        library.slowDownReads(release);
        library.add("fresh", "New", 128, A_MINOR, CURRENT_ENERGY);
        List<List<String>> reader = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread rebuilding = new Thread(() -> reader.add(ids(recommender.recommend(request))));
        rebuilding.start();
        library.awaitReadStarted();

        assertEquals(before, ids(recommender.recommend(request)), "answered at once from the previous catalogue");
        release.countDown();
        rebuilding.join();
        assertEquals("fresh", reader.get(0).get(0), "the reader sees the new track");
        assertEquals("fresh", recommender.recommend(request).get(0).track().id());
        assertEquals(2, library.catalogueReads());
    }

    @Test
    void aBadConfigurationIsRefusedWithTheKeyAndTheRange() {
        assertRefused(Map.of("tempoTolerancePercent", 80.0),
                "io.segue.recommender: tempoTolerancePercent must be in 0.5..50, was 80.0");
        assertRefused(Map.of("tempoWeight", -1.0), "io.segue.recommender: tempoWeight must be in 0..100, was -1.0");
        assertRefused(Map.of("keyWeight", Double.NaN), "io.segue.recommender: keyWeight must be in 0..100, was NaN");
        assertRefused(Map.of("energyBoostScore", 1.5),
                "io.segue.recommender: energyBoostScore must be in 0..1, was 1.5");
        assertRefused(Map.of("artistWindow", 51), "io.segue.recommender: artistWindow must be in 0..50, was 51");
        assertRefused(Map.of("sameArtistPenalty", 2.0),
                "io.segue.recommender: sameArtistPenalty must be in 0..1, was 2.0");
        assertRefused(Map.of("tempoWeight", 0.0, "keyWeight", 0.0, "energyWeight", 0.0),
                "io.segue.recommender: tempoWeight, keyWeight and energyWeight are all 0; at least one must be "
                        + "above 0");
    }

    private static void assertRefused(Map<String, ?> config, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecommenderSettings.of(Configs.of(RecommenderConfig.class, config)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aRefusedChangeKeepsThePreviousSettingsAndABadStartRunsOnTheDefaults() {
        FakeMusicLibrary library = syntheticLibrary();
        CompatibilityRecommender recommender = recommender(library, Map.of("tempoTolerancePercent", 4.0));
        assertEquals(4, recommender.settings().tempoTolerancePercent());
        assertThrows(IllegalArgumentException.class,
                () -> recommender.modified(Configs.of(RecommenderConfig.class, Map.of("artistWindow", -1))));
        assertEquals(4, recommender.settings().tempoTolerancePercent(), "the previous settings stay");
        recommender.modified(Configs.of(RecommenderConfig.class, Map.of("energyBoostMoves", false)));
        assertFalse(recommender.settings().energyBoostMoves());
        assertEquals(6, recommender.settings().tempoTolerancePercent());

        CompatibilityRecommender badStart = recommender(library, Map.of("tempoTolerancePercent", 0.0));
        assertEquals(6, badStart.settings().tempoTolerancePercent());
        assertEquals(List.of("WARN io.segue.recommender: tempoTolerancePercent must be in 0.5..50, was 0.0 "
                + "(running on the defaults)"), log.lines());
        assertEquals(5, badStart.recommend(RecommendationRequest.after(CURRENT, EnergyIntent.UP, 5)).size());
    }

    @Test
    void energyBoostMovesCanBeTurnedOff() {
        FakeMusicLibrary library = new FakeMusicLibrary().add(CURRENT, "A", 128, A_MINOR, 0.5)
                .add("boost", "B", 128, B_MINOR, 0.5);
        Recommendation on = recommender(library).recommend(RecommendationRequest.after(CURRENT,
                EnergyIntent.MAINTAIN, 1)).get(0);
        Recommendation off = recommender(library, Map.of("energyBoostMoves", false))
                .recommend(RecommendationRequest.after(CURRENT, EnergyIntent.MAINTAIN, 1)).get(0);
        assertEquals(0.7, component(on, "key").score());
        assertEquals("8A → 10A: energy boost +2 (a whole tone up) (A minor → B minor)", component(on, "key").reason());
        assertTrue(component(off, "key").score() < 0.4, off.toString());
        assertTrue(component(off, "key").reason().contains("clash"), off.toString());
    }

    @Test
    void aRequestAllocatesTheSameOverTenTimesTheTracks() {
        long small = bytesPerRequest(5_000);
        long large = bytesPerRequest(50_000);
        assertTrue(large - small < 512, "no allocation per candidate: " + small + " B per request over 5k tracks, "
                + large + " B over 50k");
    }

    private long bytesPerRequest(int tracks) {
        FakeMusicLibrary library = new FakeMusicLibrary();
        Random random = new Random(7);
        for (int i = 0; i < tracks; i++) {
            library.add("t" + i, "Artist " + random.nextInt(500), 60 + random.nextDouble() * 120,
                    MusicalKey.ofIndex(random.nextInt(24)), random.nextDouble());
        }
        CompatibilityRecommender recommender = recommender(library);
        RecommendationRequest request = new RecommendationRequest("t0", null, EnergyIntent.UP, 10,
                List.of("t1", "t2", "t3"));
        int repetitions = 50;
        return Allocations.bytesAllocatedBy(() -> recommender.recommend(request), repetitions) / repetitions;
    }

    /** A learner whose scores a function gives, counting how often it is asked. */
    private static final class ScriptedLearner implements Learner {
        private final BiFunction<String, String, OptionalDouble> scores;
        volatile int calls;

        ScriptedLearner(BiFunction<String, String, OptionalDouble> scores) {
            this.scores = scores;
        }

        @Override
        public String id() {
            return "scripted";
        }

        @Override
        public void learn(Feedback feedback) {
        }

        @Override
        public OptionalDouble transitionScore(String fromTrackId, String toTrackId) {
            calls++;
            return scores.apply(fromTrackId, toTrackId);
        }

        @Override
        public long feedbackCount() {
            return 7;
        }

        @Override
        public LearnerStatus status() {
            return new LearnerStatus(id(), "scripted", 1, 7, Map.of());
        }

        @Override
        public void reset() {
            throw new UnsupportedOperationException("a scripted learner does not reset");
        }

        @Override
        public String exportModel() {
            return "{}";
        }
    }
}
