package io.segue.device.mock.internal.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SilenceGeneratorTest {

    @Test
    void fillsTheRangeWithZerosAndLeavesTheRest() {
        float[] x = {1, 2, 3, 4, 5};
        SilenceGenerator silence = new SilenceGenerator();
        silence.fill(x, 1, 3);

        assertArrayEquals(new float[] {1, 0, 0, 0, 5}, x);
    }

    @Test
    void isAllZerosOverALongRun() {
        float[] x = new float[100_000];
        java.util.Arrays.fill(x, 0.3f);
        new SilenceGenerator().fill(x, 0, x.length);

        assertArrayEquals(new float[100_000], x);
    }
}
