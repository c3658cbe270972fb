package io.segue.learner.internal.features;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.TrackAnalysis;
import java.util.List;

/**
 * The features of a transition from one track to the next, computed from the two tracks' stored analyses, each
 * brought to a fixed scale so that one learning rate suits them all.
 *
 * <p>The scales are fixed, not learned: a model that learns from its first few feedbacks has no data to standardise
 * with, and fixed scales keep a stored model's weights meaningful across restarts and libraries. Each feature lies in
 * 0..1 or −1..1; a value that cannot be computed (an unknown tempo, no key, no summary) takes the middle of its range,
 * so that it pushes the score neither way.
 *
 * <ol start="0">
 * <li>{@code bias}: always 1.</li>
 * <li>{@code tempoDistance}: |log2(to BPM / from BPM)|, folded to the nearest of 0 and ±1 (half and double tempo mix)
 * unless either tempo is locked, divided by {@value #TEMPO_SCALE_OCTAVES} octaves (≈ 11 %, beyond any pitch fader)
 * and capped at 1.</li>
 * <li>{@code camelotSteps}: steps round the Camelot wheel, 0..6, divided by 6.</li>
 * <li>{@code modeChange}: 1 when one key is minor and the other major, else 0.</li>
 * <li>{@code energyDelta}: (to − from energy) / {@value #ENERGY_SCALE}, within −1..1: positive when energy rises.</li>
 * <li>{@code energyJump}: the size of that change, 0..1, whichever way.</li>
 * <li>{@code loudnessDelta}: (to − from integrated loudness) / {@value #LOUDNESS_SCALE_LU} LU, within −1..1.</li>
 * <li>{@code spectralSimilarity}: {@link SpectralSimilarity} of the two feature summaries, −1..1.</li>
 * </ol>
 */
public final class TransitionFeatures {

    /** The feature names, in the order of the vector's entries. */
    public static final List<String> NAMES = List.of("bias", "tempoDistance", "camelotSteps", "modeChange",
            "energyDelta", "energyJump", "loudnessDelta", "spectralSimilarity");
    public static final int COUNT = 8;

    static final double TEMPO_SCALE_OCTAVES = 0.15;
    static final double ENERGY_SCALE = 0.5;
    static final double LOUDNESS_SCALE_LU = 10;

    private TransitionFeatures() {
    }

    /** The feature vector of the transition {@code from} → {@code to}, {@link #COUNT} entries named {@link #NAMES}. */
    public static double[] of(TrackAnalysis from, TrackAnalysis to) {
        double[] x = new double[COUNT];
        x[0] = 1;
        x[1] = tempoDistance(from, to);
        if (from.key() != null && to.key() != null) {
            x[2] = camelotSteps(from.key(), to.key()) / 6.0;
            x[3] = from.key().isMinor() == to.key().isMinor() ? 0 : 1;
        } else {
            x[2] = 0.5;
            x[3] = 0.5;
        }
        double energy = to.energy() - from.energy();
        if (Double.isFinite(energy)) {
            x[4] = clip(energy / ENERGY_SCALE, -1, 1);
            x[5] = Math.abs(x[4]);
        } else {
            x[4] = 0;
            x[5] = 0.5;
        }
        double loudness = to.loudnessLufs() - from.loudnessLufs();
        x[6] = Double.isFinite(loudness) ? clip(loudness / LOUDNESS_SCALE_LU, -1, 1) : 0;
        x[7] = SpectralSimilarity.of(from.summary(), to.summary());
        return x;
    }

    /** The tempo distance feature, 0..1; 0.5 when either tempo is unknown. */
    static double tempoDistance(TrackAnalysis from, TrackAnalysis to) {
        if (!(from.bpm() > 0 && to.bpm() > 0)) {
            return 0.5;
        }
        double octaves = Math.log(to.bpm() / from.bpm()) / Math.log(2);
        double distance = Math.abs(octaves);
        if (!from.bpmLocked() && !to.bpmLocked()) {
            distance = Math.min(distance, Math.min(Math.abs(octaves - 1), Math.abs(octaves + 1)));
        }
        return Math.min(1, distance / TEMPO_SCALE_OCTAVES);
    }

    /** Steps round the Camelot wheel between two keys, 0..6, either way. */
    public static int camelotSteps(MusicalKey from, MusicalKey to) {
        int up = Math.floorMod(to.camelotNumber() - from.camelotNumber(), 12);
        return Math.min(up, 12 - up);
    }

    private static double clip(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
