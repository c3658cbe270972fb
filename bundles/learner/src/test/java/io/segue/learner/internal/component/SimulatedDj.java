package io.segue.learner.internal.component;

import io.segue.api.library.TrackAnalysis;
import java.util.List;
import java.util.Random;

/**
 * A DJ with a hidden taste in transitions, unknown to the learner: a transition is liked when at least two of
 * these hold — the tempo changes by at most 4 % (half and double tempo count as the same), the keys are
 * Camelot-compatible (the same key, the relative key, or one step round the wheel in the same mode), and the energy
 * does not fall. The DJ's verdicts are noisy: one in ten is the opposite of the taste.
 *
 * <p>The DJ is offered "recommended-ish" transitions: half of them to a track within 8 % of the current tempo (as a
 * tempo-aware recommender would offer), half to any track.
 */
final class SimulatedDj {

    static final double NOISE = 0.1;

    private final Random random;

    SimulatedDj(long seed) {
        this.random = new Random(seed);
    }

    /** The hidden taste, without noise. */
    static boolean likes(TrackAnalysis from, TrackAnalysis to) {
        int reasons = 0;
        if (tempoChangePercent(from.bpm(), to.bpm()) <= 4) {
            reasons++;
        }
        if (from.key() != null && to.key() != null) {
            int up = Math.floorMod(to.key().camelotNumber() - from.key().camelotNumber(), 12);
            boolean sameMode = from.key().isMinor() == to.key().isMinor();
            if (up == 0 || sameMode && (up == 1 || up == 11)) {
                reasons++;
            }
        }
        if (to.energy() >= from.energy()) {
            reasons++;
        }
        return reasons >= 2;
    }

    /** The DJ's verdict: the taste, flipped one time in ten. */
    boolean verdict(TrackAnalysis from, TrackAnalysis to) {
        boolean liked = likes(from, to);
        return random.nextDouble() < NOISE ? !liked : liked;
    }

    /** A transition a recommender might offer, among {@code tracks}. */
    TrackAnalysis[] offer(List<TrackAnalysis> tracks) {
        TrackAnalysis from = tracks.get(random.nextInt(tracks.size()));
        boolean near = random.nextBoolean();
        TrackAnalysis to;
        int tries = 0;
        do {
            to = tracks.get(random.nextInt(tracks.size()));
            // a track with no neighbour in tempo gets any other after a while
        } while (to == from || near && ++tries < 1000 && tempoChangePercent(from.bpm(), to.bpm()) > 8);
        return new TrackAnalysis[] {from, to};
    }

    static double tempoChangePercent(double fromBpm, double toBpm) {
        double ratio = toBpm / fromBpm;
        ratio = ratio > Math.sqrt(2) ? ratio / 2 : ratio < Math.sqrt(0.5) ? ratio * 2 : ratio;
        return Math.abs(ratio - 1) * 100;
    }
}
