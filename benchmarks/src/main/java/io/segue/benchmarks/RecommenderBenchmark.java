package io.segue.benchmarks;

import io.segue.api.feature.MusicalKey;
import io.segue.api.learn.Feedback;
import io.segue.api.learn.Learner;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.RecommendationRequest;
import io.segue.recommender.internal.component.CompatibilityRecommender;
import io.segue.recommender.internal.component.RecommenderConfig;
import io.segue.recommender.internal.scoring.Catalogue;
import io.segue.testing.Configs;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.osgi.service.log.Logger;

/**
 * One next-track recommendation over a synthetic library of {@code tracks} tracks (random tempo 60..180 BPM with a
 * few at half and double tempo, key, energy, 5000 artists; 1 % without an analysis), as the shell or the
 * integration asks for it: the ten best after a current track that changes every request, with 20 tracks played in
 * the session, reasons included. The catalogue is read once, in the first call of the trial (the library's
 * revision never changes here), so this measures the scoring alone.
 *
 * <p>SampleTime reports the latency distribution: read {@code p0.50} and {@code p0.99} of
 * {@code recommend} (target: p99 below 20 ms at 100k tracks). {@code rebuildCatalogue} is the extra cost of the
 * first request after the library changed (it does not depend on the learner or the intent).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RecommenderBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecommenderBenchmark {

    private static final int PLAYED = 20;

    @Param({"100000"})
    public int tracks;

    /** {@code none}: no learner; {@code learner}: a learner with an opinion on two transitions in three. */
    @Param({"none", "learner"})
    public String learner;

    @Param({"MAINTAIN", "UP"})
    public EnergyIntent intent;

    private SyntheticLibrary library;
    private CompatibilityRecommender recommender;
    private RecommendationRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        library = new SyntheticLibrary(tracks, new Random(1));
        recommender = new CompatibilityRecommender(library, Configs.defaults(RecommenderConfig.class), silentLogger());
        if (learner.equals("learner")) {
            recommender.bindLearner(new HashedLearner());
        }
        Random random = new Random(2);
        requests = new RecommendationRequest[256];
        for (int r = 0; r < requests.length; r++) {
            List<String> played = new ArrayList<>(PLAYED);
            for (int p = 0; p < PLAYED; p++) {
                played.add("t" + random.nextInt(tracks));
            }
            String current = played.get(PLAYED - 1);
            requests[r] = new RecommendationRequest(current, null, intent, 10, played);
        }
        recommender.recommend(requests[0]); // reads the catalogue
    }

    @Benchmark
    public List<Recommendation> recommend() {
        return recommender.recommend(requests[next++ & (requests.length - 1)]);
    }

    /**
     * What the first request after a library change pays on top: the catalogue's flat arrays built from the
     * library's list (the library's own cost of producing the list is not included).
     */
    @Benchmark
    public Catalogue rebuildCatalogue() {
        return Catalogue.of(library.catalogue(), next++);
    }

    /** A library in memory: only the catalogue and its revision, which is all a recommender reads. */
    static final class SyntheticLibrary implements MusicLibrary {
        private final List<AnalysedTrack> catalogue;

        SyntheticLibrary(int size, Random random) {
            List<AnalysedTrack> tracks = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String id = "t" + i;
                Track track = new Track(id, "/music/" + id + ".flac", "Track " + i, "Artist " + random.nextInt(5000),
                        "", 360, 44100, 2, "flac");
                double bpm = 60 + random.nextDouble() * 120;
                if (random.nextInt(50) == 0) {
                    bpm = random.nextBoolean() ? bpm / 2 : bpm * 2;
                }
                TrackAnalysis analysis = random.nextInt(100) == 0 ? null
                        : new TrackAnalysis(id, "synthetic", bpm, 0.9, random.nextInt(20) == 0, false,
                                MusicalKey.ofIndex(random.nextInt(24)), 0.8, false, -9, random.nextDouble(), 0.7,
                                0.1, Map.of());
                tracks.add(new AnalysedTrack(track, analysis));
            }
            catalogue = List.copyOf(tracks);
        }

        @Override
        public List<AnalysedTrack> catalogue() {
            return catalogue;
        }

        @Override
        public long revision() {
            return 1;
        }

        @Override
        public int size() {
            return catalogue.size();
        }

        @Override
        public Optional<Track> track(String trackId) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public Optional<TrackAnalysis> analysis(String trackId) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public ImportReport importFolder(Path root, boolean followLinksOutside, Consumer<ImportProgress> progress) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public List<Track> tracks(int limit) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public List<Track> search(String text, int limit) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public TrackAnalysis setBpm(String trackId, double bpm) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public TrackAnalysis setKey(String trackId, MusicalKey key) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public TrackAnalysis lockBpm(String trackId, boolean locked) {
            throw new UnsupportedOperationException("not read by the recommender");
        }

        @Override
        public Path databaseFile() {
            throw new UnsupportedOperationException("not read by the recommender");
        }
    }

    /** A learner that answers at once, from the ids' hashes: the cost measured is the recommender's. */
    static final class HashedLearner implements Learner {
        @Override
        public String id() {
            return "hashed";
        }

        @Override
        public void learn(Feedback feedback) {
        }

        @Override
        public OptionalDouble transitionScore(String fromTrackId, String toTrackId) {
            int h = fromTrackId.hashCode() * 31 + toTrackId.hashCode();
            return h % 3 == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.floorMod(h, 1000) / 999.0);
        }

        @Override
        public long feedbackCount() {
            return 1000;
        }

        @Override
        public LearnerStatus status() {
            return new LearnerStatus(id(), "a hash of the pair", 1, 1000, Map.of());
        }

        @Override
        public void reset() {
        }

        @Override
        public String exportModel() {
            return "{}";
        }
    }

    /** The recommender logs only a refused configuration, which this benchmark never gives it. */
    private static Logger silentLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }
}
