package io.segue.extractors.internal.mfcc;

/**
 * librosa's MFCC of one frame written straight from the formulas, in double precision and O(n^2), independent of
 * the code under test: periodic Hann window, plain DFT, |X|^2, dense Slaney mel matrix, power_to_db with amin 1e-10
 * and top_db relative to the frame's maximum, DCT-II with the ortho scaling by its sum.
 */
final class NaiveMfcc {

    private NaiveMfcc() {
    }

    static double[] mfcc(float[] samples, double sampleRate, int melBands, int coefficients, double topDb) {
        double[] db = melDb(samples, sampleRate, melBands, topDb);
        double[] out = new double[coefficients];
        for (int j = 0; j < coefficients; j++) {
            double sum = 0;
            for (int b = 0; b < melBands; b++) {
                sum += db[b] * Math.cos(Math.PI * j * (b + 0.5) / melBands);
            }
            out[j] = sum * (j == 0 ? Math.sqrt(1.0 / melBands) : Math.sqrt(2.0 / melBands));
        }
        return out;
    }

    static double[] melDb(float[] samples, double sampleRate, int melBands, double topDb) {
        int n = samples.length;
        double[] power = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < n; i++) {
                double w = 0.5 * (1 - Math.cos(2 * Math.PI * i / n));
                double angle = 2 * Math.PI * ((long) k * i % n) / n;
                re += w * samples[i] * Math.cos(angle);
                im -= w * samples[i] * Math.sin(angle);
            }
            power[k] = re * re + im * im;
        }
        double topMel = mel(sampleRate / 2);
        double[] edges = new double[melBands + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = hz(topMel * i / (melBands + 1));
        }
        double[] db = new double[melBands];
        double max = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < melBands; b++) {
            double energy = 0;
            for (int k = 0; k < power.length; k++) {
                double f = k * sampleRate / n;
                double up = (f - edges[b]) / (edges[b + 1] - edges[b]);
                double down = (edges[b + 2] - f) / (edges[b + 2] - edges[b + 1]);
                double w = Math.max(0, Math.min(up, down)) * 2 / (edges[b + 2] - edges[b]);
                energy += w * power[k];
            }
            db[b] = 10 * Math.log10(Math.max(1e-10, energy)) - 10 * Math.log10(1.0);
            max = Math.max(max, db[b]);
        }
        for (int b = 0; b < melBands; b++) {
            db[b] = Math.max(db[b], max - topDb);
        }
        return db;
    }

    private static double mel(double hz) {
        return hz < 1000 ? 3 * hz / 200 : 15 + 27 * Math.log(hz / 1000) / Math.log(6.4);
    }

    private static double hz(double mel) {
        return mel < 15 ? 200 * mel / 3 : 1000 * Math.pow(6.4, (mel - 15) / 27);
    }
}
