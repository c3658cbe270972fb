package io.segue.learner.internal.component;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.TrackAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A DJ's library of generated track analyses: four styles with their own tempo ranges, energy and timbre (house
 * 118..128 BPM, techno 128..140, downtempo 88..104, drum and bass 170..176), keys at random (one in 25 without a
 * key), loudness following energy, and a feature summary of 13 MFCC means and three spectral means around the
 * style's timbre, plus a tempo mean that is not timbre.
 */
final class SyntheticLibrary {

    private static final String[] STYLES = {"house", "techno", "downtempo", "dnb"};
    private static final double[] SHARE = {0.5, 0.25, 0.13, 0.12};
    private static final double[][] BPM = {{118, 128}, {128, 140}, {88, 104}, {170, 176}};
    private static final double[] ENERGY = {0.6, 0.75, 0.3, 0.8};
    private static final double[] CENTROID_HZ = {2200, 2600, 1500, 3000};

    private SyntheticLibrary() {
    }

    static List<TrackAnalysis> generate(int tracks, long seed) {
        Random random = new Random(seed);
        MusicalKey[] keys = MusicalKey.values();
        double[][] styleMfcc = new double[STYLES.length][13];
        for (double[] mfcc : styleMfcc) {
            for (int c = 0; c < mfcc.length; c++) {
                mfcc[c] = c == 0 ? -200 : random.nextGaussian() * 20 / (1 + c * 0.3);
            }
        }
        List<TrackAnalysis> library = new ArrayList<>();
        for (int i = 0; i < tracks; i++) {
            int style = style(random.nextDouble());
            double bpm = BPM[style][0] + random.nextDouble() * (BPM[style][1] - BPM[style][0]);
            MusicalKey key = random.nextInt(25) == 0 ? null : keys[random.nextInt(keys.length)];
            double energy = clip(ENERGY[style] + random.nextGaussian() * 0.15, 0.05, 1);
            double loudness = -16 + 10 * energy + random.nextGaussian();
            Map<String, Double> summary = new LinkedHashMap<>();
            for (int c = 0; c < 13; c++) {
                summary.put("mfcc.mfcc[" + c + "]", styleMfcc[style][c] + random.nextGaussian() * 6 / (1 + c * 0.3));
            }
            summary.put("spectral-centroid.centroid", CENTROID_HZ[style] * (1 + random.nextGaussian() * 0.1));
            summary.put("spectral-flatness.flatness", clip(0.2 + random.nextGaussian() * 0.05, 0.01, 1));
            summary.put("spectral-rolloff.rolloff", 2 * CENTROID_HZ[style] * (1 + random.nextGaussian() * 0.1));
            summary.put("tempo.bpm", bpm);
            library.add(FakeMusicLibrary.analysis(STYLES[style] + "-" + i, bpm, key, energy, loudness, summary));
        }
        return library;
    }

    private static int style(double u) {
        double sum = 0;
        for (int s = 0; s < SHARE.length; s++) {
            sum += SHARE[s];
            if (u < sum) {
                return s;
            }
        }
        return SHARE.length - 1;
    }

    private static double clip(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
