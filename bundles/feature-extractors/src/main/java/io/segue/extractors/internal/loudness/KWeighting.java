package io.segue.extractors.internal.loudness;

/**
 * The K-weighting pre-filter of ITU-R BS.1770-4: a high shelf (about +4 dB above 1.5 kHz, modelling the head) followed
 * by the "RLB" high-pass (about 38 Hz), as two biquads, with the filter state of one channel.
 *
 * <p>BS.1770 publishes the coefficients for 48 kHz only ({@link #SHELF_48K}, {@link #HIGH_PASS_48K}). For any sample
 * rate this class recovers the analog prototype of each published biquad by inverting the bilinear transform
 * ({@code K = tan(pi f0 / fs)}), and designs it anew at the target rate:
 * <ul>
 * <li>shelf: {@code H(s) = (Vh s^2 + Vb (w0/Q) s + w0^2) / (s^2 + (w0/Q) s + w0^2)}, whose four parameters
 * {@code f0, Q, Vh, Vb} follow from {@code 1 - a1 + a2 = 4/D}, {@code 1 + a1 + a2 = 4K^2/D},
 * {@code 1 - a2 = 2(K/Q)/D}, {@code b0 - b1 + b2 = 4Vh/D}, {@code b0 - b2 = 2Vb(K/Q)/D} with
 * {@code D = 1 + K/Q + K^2} (f0 = 1681.97 Hz, Q = 0.7072, Vh = +4.00 dB);</li>
 * <li>high-pass: {@code H(s) = g s^2 / (s^2 + (w0/Q) s + w0^2)} (f0 = 38.135 Hz, Q = 0.5003); the published
 * numerator {@code 1, -2, 1} means {@code g = D} at 48 kHz, a passband gain of +0.043 dB that this class keeps at every
 * rate, so that the weighting of a 1 kHz tone does not drift with the rate.</li>
 * </ul>
 * At 48 kHz the redesign reproduces the published coefficients to rounding (about 1e-14). The same derivation of
 * f0/Q/gain is what libebur128 does; the difference is the high-pass gain, which libebur128 leaves at {@code 1, -2, 1}
 * (+0.09 dB at 22050 Hz instead of +0.04 dB).
 *
 * <p>Filtering runs in double precision in transposed direct form II. A stage whose two states are both below
 * {@code 1e-30} (-600 dB) is flushed to zero, so that digital silence after a signal becomes exactly zero (and never
 * subnormal) in finite time.
 */
public final class KWeighting {

    /** BS.1770-4 Table 1: the stage-1 (shelf) coefficients at 48 kHz. */
    public static final Biquad SHELF_48K = new Biquad(1.53512485958697, -2.69169618940638, 1.19839281085285,
            -1.69065929318241, 0.73248077421585);

    /** BS.1770-4 Table 2: the stage-2 (RLB high-pass) coefficients at 48 kHz. */
    public static final Biquad HIGH_PASS_48K = new Biquad(1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621);

    private static final double REFERENCE_RATE_HZ = 48000.0;
    private static final double FLUSH = 1e-30;

    private final Biquad shelf;
    private final Biquad highPass;

    private double s1;
    private double s2;
    private double h1;
    private double h2;

    /**
     * @throws IllegalArgumentException when {@code sampleRateHz} is not positive, or so low that the shelf's corner
     *                                  (1682 Hz) is above Nyquist
     */
    public KWeighting(double sampleRateHz) {
        if (!(sampleRateHz > 2 * shelfCornerHz())) {
            throw new IllegalArgumentException("K-weighting needs a sample rate above " + Math.ceil(2 * shelfCornerHz())
                    + " Hz (twice the shelf's 1682 Hz corner), got " + sampleRateHz);
        }
        this.shelf = shelf(sampleRateHz);
        this.highPass = highPass(sampleRateHz);
    }

    /** The stage-1 shelf designed for this filter's rate. */
    public Biquad shelf() {
        return shelf;
    }

    /** The stage-2 high-pass designed for this filter's rate. */
    public Biquad highPass() {
        return highPass;
    }

    /** The gain of both stages at {@code hz}, in dB. */
    public double gainDbAt(double hz, double sampleRateHz) {
        return shelf.gainDbAt(hz, sampleRateHz) + highPass.gainDbAt(hz, sampleRateHz);
    }

    /** Filters one sample (both stages), updating the state. Allocates nothing. */
    public double filter(double x) {
        Biquad s = shelf;
        double y = s.b0() * x + s1;
        s1 = s.b1() * x - s.a1() * y + s2;
        s2 = s.b2() * x - s.a2() * y;
        Biquad h = highPass;
        double z = h.b0() * y + h1;
        h1 = h.b1() * y - h.a1() * z + h2;
        h2 = h.b2() * y - h.a2() * z;
        // both states of a stage at once: flushing one alone can re-excite the other (the high-pass has a near
        // double pole) and keep a tail alive forever
        if (Math.abs(s1) < FLUSH && Math.abs(s2) < FLUSH) {
            s1 = 0;
            s2 = 0;
        }
        if (Math.abs(h1) < FLUSH && Math.abs(h2) < FLUSH) {
            h1 = 0;
            h2 = 0;
        }
        return z;
    }

    /** Clears the filter state: the next sample is filtered as the first of a signal preceded by silence. */
    public void reset() {
        s1 = 0;
        s2 = 0;
        h1 = 0;
        h2 = 0;
    }

    /** The shelf's corner frequency f0 recovered from {@link #SHELF_48K}, in Hz (about 1681.97). */
    public static double shelfCornerHz() {
        return cornerHz(SHELF_48K);
    }

    /** The high-pass corner frequency f0 recovered from {@link #HIGH_PASS_48K}, in Hz (about 38.135). */
    public static double highPassCornerHz() {
        return cornerHz(HIGH_PASS_48K);
    }

    /** The shelf's quality factor Q recovered from {@link #SHELF_48K} (about 0.7072). */
    public static double shelfQ() {
        return quality(SHELF_48K);
    }

    /** The high-pass quality factor Q recovered from {@link #HIGH_PASS_48K} (about 0.5003). */
    public static double highPassQ() {
        return quality(HIGH_PASS_48K);
    }

    /** The shelf's high-frequency gain Vh recovered from {@link #SHELF_48K}, in dB (about +4.0). */
    public static double shelfGainDb() {
        Biquad p = SHELF_48K;
        return 20 * Math.log10((p.b0() - p.b1() + p.b2()) / (1 - p.a1() + p.a2()));
    }

    /** The shelf designed for {@code sampleRateHz} from the analog prototype of {@link #SHELF_48K}. */
    public static Biquad shelf(double sampleRateHz) {
        Biquad p = SHELF_48K;
        double k48 = tanOfCorner(p);
        double q = quality(p);
        double vh = (p.b0() - p.b1() + p.b2()) / (1 - p.a1() + p.a2());
        double vb = (p.b0() - p.b2()) / (1 - p.a2());
        double k = Math.tan(Math.atan(k48) * REFERENCE_RATE_HZ / sampleRateHz);
        double d = 1 + k / q + k * k;
        return new Biquad((vh + vb * k / q + k * k) / d, 2 * (k * k - vh) / d, (vh - vb * k / q + k * k) / d,
                2 * (k * k - 1) / d, (1 - k / q + k * k) / d);
    }

    /** The high-pass designed for {@code sampleRateHz} from the analog prototype of {@link #HIGH_PASS_48K}. */
    public static Biquad highPass(double sampleRateHz) {
        Biquad p = HIGH_PASS_48K;
        double k48 = tanOfCorner(p);
        double q = quality(p);
        double gain = (1 + k48 / q + k48 * k48) * p.b0();
        double k = Math.tan(Math.atan(k48) * REFERENCE_RATE_HZ / sampleRateHz);
        double d = 1 + k / q + k * k;
        double g = gain / d;
        return new Biquad(g, -2 * g, g, 2 * (k * k - 1) / d, (1 - k / q + k * k) / d);
    }

    /** {@code K = tan(pi f0 / fs)} of a published biquad: {@code K^2 = (1 + a1 + a2) / (1 - a1 + a2)}. */
    private static double tanOfCorner(Biquad p) {
        return Math.sqrt((1 + p.a1() + p.a2()) / (1 - p.a1() + p.a2()));
    }

    /** {@code Q} of a published biquad: {@code K/Q = (1 - a2) D / 2} with {@code D = 4 / (1 - a1 + a2)}. */
    private static double quality(Biquad p) {
        double d = 4 / (1 - p.a1() + p.a2());
        return tanOfCorner(p) / ((1 - p.a2()) * d / 2);
    }

    private static double cornerHz(Biquad p) {
        return REFERENCE_RATE_HZ / Math.PI * Math.atan(tanOfCorner(p));
    }
}
