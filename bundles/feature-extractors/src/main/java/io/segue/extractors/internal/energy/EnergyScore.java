package io.segue.extractors.internal.energy;

import io.segue.extractors.internal.Clamp;

/**
 * How energetic a stretch of audio sounds, 0..1, from four measurements over it: loudness, onset rate, brightness
 * (spectral centroid) and spectral change (spectral flux). Plain Java, stateless.
 *
 * <p>Definition, with {@code clamp(x) = min(1, max(0, x))}:
 * <ul>
 * <li>{@code eL = clamp((S - }{@value #QUIET_LUFS}{@code ) / }{@value #LOUDNESS_SPAN_LU}{@code )}, {@code S} the
 * loudness in LUFS: 0 at {@value #QUIET_LUFS} LUFS (quiet background), 1 at -8 LUFS (a loud modern master);</li>
 * <li>{@code eR = 1 - exp(-R / }{@value #ONSET_RATE_SCALE}{@code )}, {@code R} onsets per second: 0.63 at four
 * onsets a second (eighth notes at 120 BPM), saturating towards sixteenths;</li>
 * <li>{@code eC = clamp(log2(C / }{@value #DARK_HZ}{@code ) / }{@value #BRIGHTNESS_OCTAVES}{@code )}, {@code C} the
 * mean spectral centroid in Hz: 0 at {@value #DARK_HZ} Hz, 1 four octaves higher (4 kHz: hats and noise);</li>
 * <li>{@code eF = clamp(F / }{@value #FLUX_REFERENCE}{@code )}, {@code F} the mean spectral flux (L2 distance of
 * consecutive sum-normalized spectra): 1 at the flux measured on drum patterns, a pad's held chords read near
 * 0;</li>
 * <li>{@code energy = }{@value #LOUDNESS_WEIGHT}{@code  eL + }{@value #ONSET_WEIGHT}{@code  eR + }
 * {@value #BRIGHTNESS_WEIGHT}{@code  eC + }{@value #FLUX_WEIGHT}{@code  eF}.</li>
 * </ul>
 * Loudness weighs most: turning the same music down makes it less energetic. {@code S = -infinity} (digital
 * silence) gives 0, {@code S = NaN} (not measured yet) gives NaN.
 */
public final class EnergyScore {

    /** Loudness at which {@code eL} is 0, in LUFS. */
    public static final double QUIET_LUFS = -40;

    /** Loudness range over which {@code eL} rises from 0 to 1, in LU. */
    public static final double LOUDNESS_SPAN_LU = 32;

    /** Onset rate at which {@code eR} reaches {@code 1 - 1/e}, in onsets per second. */
    public static final double ONSET_RATE_SCALE = 4;

    /** Centroid at which {@code eC} is 0, in Hz. */
    public static final double DARK_HZ = 250;

    /** Octaves above {@link #DARK_HZ} at which {@code eC} reaches 1. */
    public static final double BRIGHTNESS_OCTAVES = 4;

    /** Mean spectral flux at which {@code eF} reaches 1. */
    public static final double FLUX_REFERENCE = 0.1;

    public static final double LOUDNESS_WEIGHT = 0.5;
    public static final double ONSET_WEIGHT = 0.2;
    public static final double BRIGHTNESS_WEIGHT = 0.15;
    public static final double FLUX_WEIGHT = 0.15;

    private EnergyScore() {
    }

    /**
     * The energy of a stretch of audio, 0..1; 0 when {@code lufs} is -infinity, NaN when it is NaN.
     *
     * @param lufs             loudness in LUFS
     * @param onsetsPerSecond  onset rate, >= 0
     * @param centroidHz       mean spectral centroid in Hz, 0 when no frame had sound
     * @param flux             mean spectral flux, >= 0
     */
    public static double energy(double lufs, double onsetsPerSecond, double centroidHz, double flux) {
        if (Double.isNaN(lufs)) {
            return Double.NaN;
        }
        if (lufs == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double loudness = Clamp.unit((lufs - QUIET_LUFS) / LOUDNESS_SPAN_LU);
        double onsets = 1 - Math.exp(-Math.max(0, onsetsPerSecond) / ONSET_RATE_SCALE);
        double brightness = centroidHz > 0
                ? Clamp.unit(Math.log(centroidHz / DARK_HZ) / Math.log(2) / BRIGHTNESS_OCTAVES)
                : 0;
        double change = Clamp.unit(flux / FLUX_REFERENCE);
        return LOUDNESS_WEIGHT * loudness + ONSET_WEIGHT * onsets + BRIGHTNESS_WEIGHT * brightness
                + FLUX_WEIGHT * change;
    }
}
