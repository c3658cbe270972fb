package io.segue.extractors.internal.mfcc;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.Sums;
import io.segue.extractors.internal.mel.MelFilterBank;
import java.util.Objects;

/**
 * Mel-frequency cepstral coefficients of one frame, as {@code librosa.feature.mfcc} computes each frame with its
 * defaults ({@code n_mfcc=20, n_mels=128, htk=False, norm='slaney', power=2.0, dct_type=2, norm='ortho'}).
 *
 * <p>Definition, from the frame's magnitude spectrum {@code |X(k)|} (periodic Hann window, unnormalised DFT, as
 * {@code librosa.stft} with {@code window='hann'}):
 * <ol>
 * <li>power spectrum {@code P[k] = |X(k)|^2};</li>
 * <li>{@code melBands} Slaney-normalised triangular mel filters from 0 Hz to Nyquist
 * ({@link MelFilterBank}): {@code M[b] = sum_k w_b(k) * P[k]};</li>
 * <li>decibels as {@code librosa.power_to_db(ref=1.0, amin=1e-10, top_db)}:
 * {@code L[b] = 10 * log10(max(M[b], 1e-10))}, then {@code L[b] = max(L[b], max_b L[b] - topDb)} where the maximum
 * is over <em>this frame's</em> bands (librosa takes it over the whole spectrogram it is given);</li>
 * <li>orthonormal DCT-II, the first {@code coefficients} terms:
 * {@code c[j] = s(j) * sum_b L[b] * cos(pi * j * (2b + 1) / (2 * melBands))},
 * {@code s(0) = sqrt(1 / melBands)}, {@code s(j > 0) = sqrt(2 / melBands)}.</li>
 * </ol>
 * The coefficients are in dB (a DCT of band levels in dB re a power of 1, the unnormalised {@code |X|^2}):
 * {@code c[0]} is {@code sqrt(melBands)} times the mean band level; silence reads
 * {@code c[0] = -100 * sqrt(melBands)} and 0 for every other coefficient. A gain {@code g} adds
 * {@code 20 * log10(g) * sqrt(melBands)} dB to {@code c[0]} and leaves the others unchanged, until bands fall to the
 * {@code 1e-10} floor.
 *
 * <p>Not thread-safe (one scratch buffer); {@link #compute} allocates nothing.
 */
public final class Mfcc {

    /** The smallest band power taken into account, librosa's {@code amin}: bands read at least -100 dB. */
    public static final double MIN_POWER = 1e-10;
    /** librosa's default number of coefficients, {@code n_mfcc}. */
    public static final int DEFAULT_COEFFICIENTS = 20;
    /** librosa's default number of mel bands, {@code n_mels}. */
    public static final int DEFAULT_MEL_BANDS = 128;
    /** librosa's default dynamic range below the loudest band, {@code top_db}, in dB. */
    public static final double DEFAULT_TOP_DB = 80.0;

    private final MelFilterBank filterBank;
    private final int coefficients;
    private final double topDb;
    /** Row {@code j}: the {@code j}-th orthonormal DCT-II basis vector over the bands. */
    private final double[][] dct;
    private final double[] bandScratch;

    /**
     * @param filterBank   the mel filters, applied to the power spectrum
     * @param coefficients how many DCT coefficients to keep, 1 .. {@code filterBank.bands()}
     * @param topDb        dynamic range kept below the frame's loudest band, in dB, positive;
     *                     {@link Double#POSITIVE_INFINITY} keeps all (librosa's {@code top_db=None})
     * @throws IllegalArgumentException when a value is out of range
     */
    public Mfcc(MelFilterBank filterBank, int coefficients, double topDb) {
        this.filterBank = Objects.requireNonNull(filterBank, "filterBank");
        int bands = filterBank.bands();
        if (coefficients < 1 || coefficients > bands) {
            throw new IllegalArgumentException(
                    "coefficients must be in 1.." + bands + " (the mel bands), was " + coefficients);
        }
        if (!(topDb > 0)) {
            throw new IllegalArgumentException("topDb must be positive (or infinite), was " + topDb);
        }
        this.coefficients = coefficients;
        this.topDb = topDb;
        this.dct = dctMatrix(coefficients, bands);
        this.bandScratch = new double[bands];
    }

    /** librosa's default preset for frames of {@code format}: 20 coefficients, 128 bands, top_db 80. */
    public static Mfcc librosaDefaults(AnalysisFormat format) {
        return new Mfcc(MelFilterBank.forFormat(format, DEFAULT_MEL_BANDS), DEFAULT_COEFFICIENTS, DEFAULT_TOP_DB);
    }

    /**
     * The first {@code rows} basis vectors of the orthonormal DCT-II of length {@code n} (scipy's
     * {@code dct(type=2, norm='ortho')}): {@code D[j][b] = s(j) * cos(pi * j * (2b + 1) / (2n))} with
     * {@code s(0) = sqrt(1/n)}, {@code s(j) = sqrt(2/n)}. With {@code rows == n} the matrix is orthogonal.
     */
    public static double[][] dctMatrix(int rows, int n) {
        if (n < 1 || rows < 1 || rows > n) {
            throw new IllegalArgumentException("need 1 <= rows <= n, were " + rows + " and " + n);
        }
        double[][] d = new double[rows][n];
        for (int j = 0; j < rows; j++) {
            double scale = Math.sqrt((j == 0 ? 1.0 : 2.0) / n);
            for (int b = 0; b < n; b++) {
                d[j][b] = scale * Math.cos(Math.PI * j * (2 * b + 1) / (2.0 * n));
            }
        }
        return d;
    }

    /**
     * Writes the frame's {@link #coefficients()} MFCCs to {@code out[offset ..]}. Allocates nothing.
     *
     * @param magnitudes the frame's magnitude spectrum, {@code filterBank.spectrumSize()} bins
     * @throws IllegalArgumentException when {@code magnitudes} has the wrong length
     * @throws IndexOutOfBoundsException when {@code out} has no room for the coefficients at {@code offset}
     */
    public void compute(float[] magnitudes, float[] out, int offset) {
        Objects.checkFromIndexSize(offset, coefficients, out.length);
        melLevelsDb(magnitudes, bandScratch);
        for (int j = 0; j < coefficients; j++) {
            out[offset + j] = (float) Sums.dot(dct[j], bandScratch, dct[j].length);
        }
    }

    /**
     * Steps 1 to 3 of the definition: the level in dB of each mel band of the frame, after the {@code 1e-10} floor
     * and the {@code topDb} floor below the frame's loudest band. Allocates nothing.
     *
     * @param levelsDb receives {@code filterBank.bands()} levels
     * @throws IllegalArgumentException when an array has the wrong length
     */
    public void melLevelsDb(float[] magnitudes, double[] levelsDb) {
        filterBank.powerBands(magnitudes, levelsDb);
        int bands = filterBank.bands();
        double max = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < bands; b++) {
            double db = 10.0 * Math.log10(Math.max(levelsDb[b], MIN_POWER));
            levelsDb[b] = db;
            max = Math.max(max, db);
        }
        double floor = max - topDb;
        for (int b = 0; b < bands; b++) {
            levelsDb[b] = Math.max(levelsDb[b], floor);
        }
    }

    public int coefficients() {
        return coefficients;
    }

    public double topDb() {
        return topDb;
    }

    public MelFilterBank filterBank() {
        return filterBank;
    }
}
