package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each sum against the plain loop it replaces, over lengths that do and do not fill the four chains. */
class SumsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4, 5, 1025, 2048})
    void agreeWithThePlainLoops(int length) {
        Random random = new Random(length);
        int offset = 3;
        float[] values = new float[offset + length + 2];
        double[] a = new double[length];
        double[] b = new double[length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        double sum = 0;
        double squares = 0;
        double indexed = 0;
        double spread = 0;
        double dot = 0;
        double centre = length / 3.0;
        for (int k = 0; k < length; k++) {
            float v = values[offset + k];
            a[k] = random.nextGaussian();
            b[k] = random.nextGaussian();
            sum += v;
            squares += (double) v * v;
            indexed += k * (double) v;
            spread += (k - centre) * (k - centre) * v;
            dot += a[k] * b[k];
        }
        double tolerance = 1e-9 * (1 + length);
        assertEquals(sum, Sums.sum(values, offset, length), tolerance);
        assertEquals(squares, Sums.sumOfSquares(values, offset, length), tolerance);
        assertEquals(indexed, Sums.indexWeighted(values, offset, length), tolerance * length);
        assertEquals(spread, Sums.squaredDeviationWeighted(values, offset, length, centre), tolerance * length * length);
        assertEquals(dot, Sums.dot(a, b, length), tolerance);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void aRangeOutsideTheArrayIsRefused(int offset) {
        assertThrows(IndexOutOfBoundsException.class, () -> Sums.sum(new float[8], offset, 4));
    }
}
