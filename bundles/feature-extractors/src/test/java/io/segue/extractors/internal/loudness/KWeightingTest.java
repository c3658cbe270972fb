package io.segue.extractors.internal.loudness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KWeightingTest {

    private static void assertCoefficients(Biquad expected, Biquad actual, double tolerance) {
        assertEquals(expected.b0(), actual.b0(), tolerance, "b0");
        assertEquals(expected.b1(), actual.b1(), tolerance, "b1");
        assertEquals(expected.b2(), actual.b2(), tolerance, "b2");
        assertEquals(expected.a1(), actual.a1(), tolerance, "a1");
        assertEquals(expected.a2(), actual.a2(), tolerance, "a2");
    }

    @Test
    void redesignAt48kHzGivesTheBs1770Coefficients() {
        // ITU-R BS.1770-4, Annex 1, Tables 1 and 2 (48 kHz), typed here from the Recommendation
        assertCoefficients(new Biquad(1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241,
                0.73248077421585), KWeighting.shelf(48000), 1e-9);
        assertCoefficients(new Biquad(1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621),
                KWeighting.highPass(48000), 1e-9);
        KWeighting filter = new KWeighting(48000);
        assertCoefficients(KWeighting.SHELF_48K, filter.shelf(), 1e-12);
        assertCoefficients(KWeighting.HIGH_PASS_48K, filter.highPass(), 1e-12);
    }

    @Test
    void analogPrototypeIsTheDescribedShelfAndHighPass() {
        // BS.1770: a shelf of about +4 dB above about 1.5 kHz and a high-pass near 38 Hz (RLB weighting)
        assertEquals(1682, KWeighting.shelfCornerHz(), 1.0);
        assertEquals(4.0, KWeighting.shelfGainDb(), 0.01);
        assertEquals(Math.sqrt(0.5), KWeighting.shelfQ(), 1e-3);
        assertEquals(38.1, KWeighting.highPassCornerHz(), 0.1);
        assertEquals(0.5, KWeighting.highPassQ(), 1e-3);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050, 16000, 96000})
    void oneKilohertzIsRaisedBy0691dB(int rate) {
        // the -0.691 of the loudness formula cancels this gain: a 1 kHz sine reads its level
        double gain = new KWeighting(rate).gainDbAt(1000, rate);
        System.out.printf("loudness: K-weighting at 1 kHz, %d Hz: %+.4f dB%n", rate, gain);
        assertEquals(0.691, gain, 0.05);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void responseHasTheKWeightingShape(int rate) {
        KWeighting filter = new KWeighting(rate);
        // high shelf: about +4 dB well above the corner (published curve, BS.1770 Fig. 2)
        assertEquals(4.0, filter.gainDbAt(8000, rate), 0.5);
        // RLB: -3 dB region near 38 Hz (Q = 0.5 puts it below -3 dB), strongly attenuated at 10 Hz
        assertTrue(filter.gainDbAt(38, rate) < -3, "38 Hz");
        assertTrue(filter.gainDbAt(10, rate) < -20, "10 Hz");
        assertEquals(0.0, filter.gainDbAt(200, rate), 0.5);
    }

    @Test
    void sameRateSameFilterAsTheReferenceAt48kHz() {
        // at 48 kHz the response is the published filter's to rounding, at every frequency
        KWeighting filter = new KWeighting(48000);
        for (double hz : new double[] {20, 100, 1000, 5000, 15000}) {
            double published = KWeighting.SHELF_48K.gainDbAt(hz, 48000) + KWeighting.HIGH_PASS_48K.gainDbAt(hz, 48000);
            assertEquals(published, filter.gainDbAt(hz, 48000), 1e-9, hz + " Hz");
        }
    }

    @Test
    void filteringASineGivesTheGainOfTheResponse() {
        int rate = 44100;
        KWeighting filter = new KWeighting(rate);
        float[] sine = ToneSequence.of(rate, 2.0, 0.0);
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < sine.length; i++) {
            double y = filter.filter(sine[i]);
            if (i >= rate) {
                sum += y * y;
                counted++;
            }
        }
        double gainDb = 10 * Math.log10(sum / counted / 0.5);
        assertEquals(filter.gainDbAt(1000, rate), gainDb, 0.001);
    }

    @Test
    void silenceAfterASignalBecomesExactZero() {
        KWeighting filter = new KWeighting(48000);
        filter.filter(1.0);
        double y = 1;
        for (int i = 0; i < 48000 * 10 && y != 0.0; i++) {
            y = filter.filter(0.0);
        }
        assertEquals(0.0, y);
        filter.filter(0.5);
        filter.reset();
        assertEquals(0.0, filter.filter(0.0));
    }

    @Test
    void rejectsRatesWithTheShelfAboveNyquist() {
        assertThrows(IllegalArgumentException.class, () -> new KWeighting(3000));
        assertThrows(IllegalArgumentException.class, () -> new KWeighting(0));
    }
}
