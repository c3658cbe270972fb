package io.segue.recommender.internal.scoring;

import io.segue.api.feature.MusicalKey;

/**
 * The move on the Camelot wheel from one key to the next, and how well it mixes. The wheel puts keys a fifth apart
 * next to each other (8A, 9A, …) and a minor key beside its relative major (8A, 8B): neighbours share all but one
 * note of their scales, so they mix without a clash.
 *
 * <p>Scores: the same key 1; the relative key and a step either way 0.9; a step with a change of mode ("diagonal",
 * 8A → 9B) 0.5; the "energy boost" moves +2 (a whole tone up) and +7 (a semitone up) a configurable score when
 * enabled; anything else clashes, graded by how far round the wheel it is (0.35 two steps away down to 0.05).
 */
public enum CamelotMove {
    SAME("same key"),
    RELATIVE("relative key"),
    ADJACENT("adjacent on the wheel"),
    DIAGONAL("diagonal move (adjacent, other mode)"),
    BOOST_TWO("energy boost +2 (a whole tone up)"),
    BOOST_SEVEN("energy boost +7 (a semitone up)"),
    CLASH("clash");

    private final String description;

    CamelotMove(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The move from {@code from} to {@code to}; {@code energyBoostMoves} off turns +2 and +7 into clashes. */
    public static CamelotMove of(MusicalKey from, MusicalKey to, boolean energyBoostMoves) {
        int up = Math.floorMod(to.camelotNumber() - from.camelotNumber(), 12);
        boolean sameMode = from.isMinor() == to.isMinor();
        if (up == 0) {
            return sameMode ? SAME : RELATIVE;
        }
        if (up == 1 || up == 11) {
            return sameMode ? ADJACENT : DIAGONAL;
        }
        if (energyBoostMoves && sameMode && up == 2) {
            return BOOST_TWO;
        }
        if (energyBoostMoves && sameMode && up == 7) {
            return BOOST_SEVEN;
        }
        return CLASH;
    }

    /** Steps round the wheel between the two keys, 0..6, either way. */
    public static int steps(MusicalKey from, MusicalKey to) {
        int up = Math.floorMod(to.camelotNumber() - from.camelotNumber(), 12);
        return Math.min(up, 12 - up);
    }

    /** This move's score, 0..1. */
    public double score(MusicalKey from, MusicalKey to, double energyBoostScore) {
        return switch (this) {
            case SAME -> 1;
            case RELATIVE, ADJACENT -> 0.9;
            case DIAGONAL -> 0.5;
            case BOOST_TWO, BOOST_SEVEN -> energyBoostScore;
            case CLASH -> from.isMinor() == to.isMinor() ? Math.max(0.05, 0.35 - 0.1 * (steps(from, to) - 2)) : 0.05;
        };
    }

    /**
     * Every key pair's score: {@code [from.index()][to.index()]}, built once per configuration so that scoring a
     * candidate is one array read.
     */
    public static double[][] table(boolean energyBoostMoves, double energyBoostScore) {
        MusicalKey[] keys = MusicalKey.values();
        double[][] table = new double[keys.length][keys.length];
        for (MusicalKey from : keys) {
            for (MusicalKey to : keys) {
                table[from.index()][to.index()] = of(from, to, energyBoostMoves).score(from, to, energyBoostScore);
            }
        }
        return table;
    }

    /** E.g. {@code "8A → 9A: adjacent on the wheel (A minor → E minor)"}. */
    public static String reason(MusicalKey from, MusicalKey to, boolean energyBoostMoves) {
        CamelotMove move = of(from, to, energyBoostMoves);
        String what = move == CLASH ? "clash, " + steps(from, to) + " steps round the wheel"
                + (from.isMinor() == to.isMinor() ? "" : " and the other mode") : move.description;
        return from.camelot() + " → " + to.camelot() + ": " + what + " (" + from.displayName() + " → "
                + to.displayName() + ")";
    }
}
