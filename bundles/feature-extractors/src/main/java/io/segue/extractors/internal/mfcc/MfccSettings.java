package io.segue.extractors.internal.mfcc;

/**
 * A validated MFCC preset.
 *
 * @param coefficients DCT coefficients kept, 1..melBands
 * @param melBands     Slaney mel bands, 2..512
 * @param topDb        dB kept below the frame's loudest band, 1..200
 */
record MfccSettings(int coefficients, int melBands, double topDb) {

    static final MfccSettings LIBROSA =
            new MfccSettings(Mfcc.DEFAULT_COEFFICIENTS, Mfcc.DEFAULT_MEL_BANDS, Mfcc.DEFAULT_TOP_DB);

    static final int MAX_MEL_BANDS = 512;
    static final double MIN_TOP_DB = 1.0;
    static final double MAX_TOP_DB = 200.0;

    /**
     * @throws IllegalArgumentException naming the first key whose value is out of range, its value and the range
     */
    static MfccSettings of(MfccConfig config) {
        String pid = MfccConfig.PID;
        int bands = config.melBands();
        if (bands < 2 || bands > MAX_MEL_BANDS) {
            throw new IllegalArgumentException(
                    pid + ": melBands must be in 2.." + MAX_MEL_BANDS + ", was " + bands);
        }
        int coefficients = config.coefficients();
        if (coefficients < 1 || coefficients > bands) {
            throw new IllegalArgumentException(pid + ": coefficients must be in 1.." + bands
                    + " (at most melBands), was " + coefficients);
        }
        double topDb = config.topDb();
        if (!(topDb >= MIN_TOP_DB && topDb <= MAX_TOP_DB)) {
            throw new IllegalArgumentException(
                    pid + ": topDb must be in " + MIN_TOP_DB + ".." + MAX_TOP_DB + " dB, was " + topDb);
        }
        return new MfccSettings(coefficients, bands, topDb);
    }

    boolean isLibrosaDefault() {
        return equals(LIBROSA);
    }
}
