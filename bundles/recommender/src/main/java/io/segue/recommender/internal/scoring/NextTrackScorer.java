package io.segue.recommender.internal.scoring;

import io.segue.api.feature.MusicalKey;
import io.segue.api.learn.Learner;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.LiveState;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.RecommendationRequest;
import io.segue.api.mix.ScoreComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores every track of a {@link Catalogue} as the next one after a reference (the current track, or the live
 * stream's state) and keeps the best: plain Java, no OSGi, safe to share between threads (immutable).
 *
 * <p>The total is the weighted mean of the components (tempo, key, energy, and learned when a learner is present and
 * there is a current track to learn about), minus the penalties, at least 0. Each {@link ScoreComponent} carries
 * its weight as a share of the weights in use, so {@code total = max(0, Σ weight × score − Σ penalties)}.
 *
 * <p>Excluded, never recommended: the reference track itself, tracks already played in the session, and tracks
 * without an analysis (nothing is known to match them on). A track whose analysis lacks a tempo scores 0 on tempo;
 * a missing key or energy on either side is neutral (0.5), and the reason says so.
 *
 * <p>Cost: one pass over the catalogue's flat arrays with a bounded top-k heap; no allocation per candidate; the
 * learner is asked only about candidates that could still enter the top k with its best possible score; reasons
 * are written for the top k alone.
 */
public final class NextTrackScorer {

    /** A component's score when one side is unknown. */
    static final double NEUTRAL = 0.5;

    private final ScoringSettings settings;
    private final double[][] keyScores;

    public NextTrackScorer(ScoringSettings settings) {
        this.settings = settings;
        this.keyScores = CamelotMove.table(settings.energyBoostMoves(), settings.energyBoostScore());
    }

    public ScoringSettings settings() {
        return settings;
    }

    /**
     * The best candidates for {@code request}, best first.
     *
     * @param learner the learner to ask, or {@code null} when there is none
     * @throws IllegalArgumentException when the request's current track is not in the catalogue
     */
    public List<Recommendation> recommend(Catalogue catalogue, RecommendationRequest request, Learner learner) {
        Reference reference = Reference.of(catalogue, request);
        Learner asked = reference.trackId == null ? null : learner;
        double tempoWeight = settings.tempoWeight();
        double keyWeight = settings.keyWeight();
        double energyWeight = settings.energyWeight();
        double learnedWeight = asked == null ? 0 : settings.learnedWeight();
        double weights = tempoWeight + keyWeight + energyWeight + learnedWeight;
        double perWeight = 1 / weights;

        int[] excluded = excludedIndices(catalogue, request, reference);
        int[] recentArtists = recentArtists(catalogue, request, reference);
        double penalty = settings.sameArtistPenalty();
        double tolerance = settings.tempoTolerancePercent();
        boolean fold = settings.foldHalfDouble() && !reference.bpmLocked;
        double referenceBpm = reference.bpm;
        boolean referenceHasBpm = !Double.isNaN(referenceBpm);
        TempoMatch match = new TempoMatch(referenceBpm, tolerance);
        double referenceEnergy = reference.energy;
        boolean referenceHasEnergy = !Double.isNaN(referenceEnergy);
        double[] keyRow = reference.key == Catalogue.NO_KEY ? null : keyScores[reference.key];
        EnergyIntent intent = request.intent();

        boolean[] analysed = catalogue.analysedFlags();
        double[] bpms = catalogue.bpms();
        double[] octaves = catalogue.octaves();
        boolean[] locks = catalogue.locks();
        byte[] keys = catalogue.keys();
        double[] energies = catalogue.energies();
        int[] artists = catalogue.artists();
        int size = catalogue.size();

        TopK best = new TopK(Math.max(1, Math.min(request.limit(), size)));
        int nextExcluded = 0;
        String learnerFailure = null;
        for (int i = 0; i < size; i++) {
            if (nextExcluded < excluded.length && excluded[nextExcluded] == i) {
                nextExcluded++;
                continue;
            }
            if (!analysed[i]) {
                continue;
            }
            double tempo;
            if (!referenceHasBpm) {
                tempo = NEUTRAL;
            } else {
                double bpm = bpms[i];
                if (Double.isNaN(bpm)) {
                    tempo = 0;
                } else {
                    tempo = match.score(bpm, fold && !locks[i] ? match.foldFactorOfOctaves(octaves[i]) : 1);
                }
            }
            int key = keys[i];
            double harmony = keyRow == null || key == Catalogue.NO_KEY ? NEUTRAL : keyRow[key];
            double energyValue = energies[i];
            double energy = !referenceHasEnergy || Double.isNaN(energyValue) ? NEUTRAL
                    : EnergyFit.score(intent, energyValue - referenceEnergy);
            double partial = tempoWeight * tempo + keyWeight * harmony + energyWeight * energy;
            double taken = contains(recentArtists, artists[i]) ? penalty : 0;

            double learned = Double.NaN;
            double total;
            if (asked == null) {
                total = partial * perWeight - taken;
            } else {
                if (!best.couldKeep((partial + learnedWeight) * perWeight - taken)) {
                    continue;
                }
                if (learnerFailure == null) {
                    try {
                        learned = learnedScore(asked.transitionScore(reference.trackId, catalogue.track(i).id()));
                    } catch (RuntimeException e) {
                        // a third-party model that throws is neutral from here on; the reasons say why
                        learnerFailure = e.toString();
                    }
                }
                total = (partial + learnedWeight * (Double.isNaN(learned) ? NEUTRAL : learned)) * perWeight - taken;
            }
            best.offer(i, total > 0 ? total : 0, learned);
        }

        int count = best.size();
        int[] indices = new int[count];
        double[] totals = new double[count];
        double[] learnedScores = new double[count];
        best.drainBestFirst(indices, totals, learnedScores);
        List<Recommendation> result = new ArrayList<>(count);
        Explainer explainer = new Explainer(catalogue, request, reference, asked, learnerFailure, recentArtists,
                weights);
        for (int r = 0; r < count; r++) {
            result.add(explainer.explain(indices[r], totals[r], learnedScores[r]));
        }
        return result;
    }

    private static double learnedScore(OptionalDouble score) {
        if (score == null || score.isEmpty() || Double.isNaN(score.getAsDouble())) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, score.getAsDouble()));
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** The reference track and the session's played tracks, as sorted distinct catalogue indices. */
    private static int[] excludedIndices(Catalogue catalogue, RecommendationRequest request, Reference reference) {
        List<String> played = request.playedTrackIds();
        int[] excluded = new int[played.size() + 1];
        int count = 0;
        if (reference.index >= 0) {
            excluded[count++] = reference.index;
        }
        for (String id : played) {
            int index = catalogue.indexOf(id);
            if (index >= 0) {
                excluded[count++] = index;
            }
        }
        Arrays.sort(excluded, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || excluded[distinct - 1] != excluded[i]) {
                excluded[distinct++] = excluded[i];
            }
        }
        return Arrays.copyOf(excluded, distinct);
    }

    /**
     * The artists of the last {@code artistWindow} tracks played, the current track counting as the last when the
     * played list does not end with it; newest first.
     */
    private int[] recentArtists(Catalogue catalogue, RecommendationRequest request, Reference reference) {
        List<String> recent = recentTrackIds(request, reference, settings.artistWindow());
        int[] artists = new int[recent.size()];
        for (int i = 0; i < artists.length; i++) {
            int index = catalogue.indexOf(recent.get(i));
            // NO_ARTIST never equals a track's artist number, and an unknown track has no artist
            artists[i] = index < 0 ? Integer.MIN_VALUE : catalogue.artist(index);
            if (artists[i] == Catalogue.NO_ARTIST) {
                artists[i] = Integer.MIN_VALUE;
            }
        }
        return artists;
    }

    /** The last {@code window} tracks played, newest first. */
    static List<String> recentTrackIds(RecommendationRequest request, Reference reference, int window) {
        List<String> played = new ArrayList<>(request.playedTrackIds());
        if (reference.trackId != null && (played.isEmpty() || !played.get(played.size() - 1)
                .equals(reference.trackId))) {
            played.add(reference.trackId);
        }
        List<String> recent = new ArrayList<>(Math.min(window, played.size()));
        for (int i = played.size() - 1; i >= 0 && recent.size() < window; i--) {
            recent.add(played.get(i));
        }
        return recent;
    }

    /** What the candidates are compared with. */
    static final class Reference {
        final String trackId;
        final int index;
        final double bpm;
        final boolean bpmLocked;
        final int key;
        final double energy;
        /** "the current track" or "the live stream", for the reasons. */
        final String name;

        private Reference(String trackId, int index, double bpm, boolean bpmLocked, int key, double energy,
                String name) {
            this.trackId = trackId;
            this.index = index;
            this.bpm = bpm;
            this.bpmLocked = bpmLocked;
            this.key = key;
            this.energy = energy;
            this.name = name;
        }

        static Reference of(Catalogue catalogue, RecommendationRequest request) {
            String trackId = request.currentTrackId();
            if (trackId != null) {
                int index = catalogue.indexOf(trackId);
                if (index < 0) {
                    throw new IllegalArgumentException("track " + trackId + " is not in the library");
                }
                return new Reference(trackId, index, catalogue.bpm(index), catalogue.bpmLocked(index),
                        catalogue.key(index), catalogue.energy(index), "the current track");
            }
            LiveState live = request.live();
            double energy = live.energy() >= 0 && live.energy() <= 1 ? live.energy() : Double.NaN;
            return new Reference(null, -1, TempoMatch.sanitize(live.bpm()), false,
                    live.key() == null ? Catalogue.NO_KEY : live.key().index(), energy, "the live stream");
        }
    }

    /** Writes the components and their reasons for the few candidates returned. */
    private final class Explainer {
        private final Catalogue catalogue;
        private final RecommendationRequest request;
        private final Reference reference;
        private final Learner learner;
        /** Why the learner failed during this request, or {@code null}. */
        private final String learnerFailure;
        private final int[] recentArtists;
        private final double weights;
        private final String learnerName;

        Explainer(Catalogue catalogue, RecommendationRequest request, Reference reference, Learner learner,
                String learnerFailure, int[] recentArtists, double weights) {
            this.catalogue = catalogue;
            this.request = request;
            this.reference = reference;
            this.learner = learner;
            this.learnerFailure = learnerFailure;
            this.recentArtists = recentArtists;
            this.weights = weights;
            this.learnerName = learner == null ? "" : learnerName(learner);
        }

        Recommendation explain(int index, double total, double learned) {
            List<ScoreComponent> components = new ArrayList<>(5);
            components.add(tempo(index));
            components.add(key(index));
            components.add(energy(index));
            if (learner != null) {
                components.add(learned(learned));
            }
            int back = artistBack(catalogue.artist(index));
            if (back > 0) {
                components.add(new ScoreComponent("same-artist", settings.sameArtistPenalty(), 1,
                        "same artist (" + catalogue.track(index).artist().strip() + ") as the track " + back
                                + " back, within the last " + settings.artistWindow()));
            }
            return new Recommendation(catalogue.track(index), total, components);
        }

        private ScoreComponent tempo(int index) {
            double weight = settings.tempoWeight() / weights;
            if (Double.isNaN(reference.bpm)) {
                return new ScoreComponent("tempo", NEUTRAL, weight, "no tempo for " + reference.name + ": neutral");
            }
            double bpm = catalogue.bpm(index);
            if (Double.isNaN(bpm)) {
                return new ScoreComponent("tempo", 0, weight, "no tempo measured for this track");
            }
            TempoMatch match = new TempoMatch(reference.bpm, settings.tempoTolerancePercent());
            boolean lockedHere = reference.bpmLocked || catalogue.bpmLocked(index);
            boolean fold = settings.foldHalfDouble() && !lockedHere;
            double factor = match.foldFactor(bpm, fold);
            boolean lockPreventedFold = settings.foldHalfDouble() && lockedHere && match.foldFactor(bpm, true) != 1;
            double score = match.score(bpm, factor);
            return new ScoreComponent("tempo", score, weight, TempoMatch.reason(reference.bpm, bpm, factor,
                    settings.tempoTolerancePercent(), lockPreventedFold));
        }

        private ScoreComponent key(int index) {
            double weight = settings.keyWeight() / weights;
            int key = catalogue.key(index);
            boolean referenceHasKey = reference.key != Catalogue.NO_KEY;
            if (!referenceHasKey || key == Catalogue.NO_KEY) {
                String reason = !referenceHasKey && key == Catalogue.NO_KEY ? "no key on either side"
                        : !referenceHasKey ? "no key for " + reference.name : "no key for this track";
                return new ScoreComponent("key", NEUTRAL, weight, reason + ": neutral");
            }
            MusicalKey from = MusicalKey.ofIndex(reference.key);
            MusicalKey to = MusicalKey.ofIndex(key);
            return new ScoreComponent("key", keyScores[reference.key][key], weight,
                    CamelotMove.reason(from, to, settings.energyBoostMoves()));
        }

        private ScoreComponent energy(int index) {
            double weight = settings.energyWeight() / weights;
            double energy = catalogue.energy(index);
            if (Double.isNaN(reference.energy) || Double.isNaN(energy)) {
                String whose = Double.isNaN(reference.energy) ? reference.name : "this track";
                return new ScoreComponent("energy", NEUTRAL, weight, "no energy for " + whose + ": neutral");
            }
            return new ScoreComponent("energy", EnergyFit.score(request.intent(), energy - reference.energy), weight,
                    EnergyFit.reason(request.intent(), reference.energy, energy));
        }

        private ScoreComponent learned(double learned) {
            double weight = settings.learnedWeight() / weights;
            if (!Double.isNaN(learned)) {
                return new ScoreComponent("learned", learned, weight,
                        Decimals.append(new StringBuilder(learnerName).append(" rates this transition "), learned, 2,
                                false).toString());
            }
            String reason = learnerFailure != null
                    ? learnerName + " failed on this request (" + learnerFailure + "): neutral"
                    : learnerName + " has no opinion on this transition yet: neutral";
            return new ScoreComponent("learned", NEUTRAL, weight, reason);
        }

        /** How far back a track by {@code artist} was played within the window (1 = the latest), or 0. */
        private int artistBack(int artist) {
            for (int i = 0; i < recentArtists.length; i++) {
                if (recentArtists[i] == artist) {
                    return i + 1;
                }
            }
            return 0;
        }

        private static String learnerName(Learner learner) {
            try {
                return "learner " + learner.id() + " (" + learner.feedbackCount() + " feedbacks)";
            } catch (RuntimeException e) {
                return "the learner";
            }
        }
    }
}
