package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void significantKeepsFourDigitsWithoutTrailingZeros() {
        assertEquals("0.354", Decimals.significant(0.354f));
        assertEquals("0.0399", Decimals.significant(0.0399f));
        assertEquals("440.3", Decimals.significant(440.28f));
        assertEquals("22050", Decimals.significant(22050));
        assertEquals("-12.35", Decimals.significant(-12.345));
        assertEquals("1", Decimals.significant(1.0));
        assertEquals("0.0003618", Decimals.significant(3.6184e-4));
    }

    @Test
    void significantUsesScientificNotationForTinyAndHugeValues() {
        assertEquals("1.235e-05", Decimals.significant(1.23456e-5));
        assertEquals("1.235e+08", Decimals.significant(1.23456e8));
    }

    @Test
    void significantSpellsOutZeroAndNonFiniteValues() {
        assertEquals("0", Decimals.significant(0.0));
        assertEquals("0", Decimals.significant(-0.0));
        assertEquals("NaN", Decimals.significant(Double.NaN));
        assertEquals("-inf", Decimals.significant(Double.NEGATIVE_INFINITY));
        assertEquals("inf", Decimals.fixed(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void numbersDoNotFollowTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("2.50", Decimals.fixed(2.5, 2));
            assertEquals("1.235e-05", Decimals.significant(1.23456e-5));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
