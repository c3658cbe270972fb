package io.segue.extractors.internal.contrast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void putsTheNthValueWhereASortWouldWithSmallerBeforeAndLargerAfter() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int length = 1 + random.nextInt(60);
            float[] values = new float[length];
            for (int i = 0; i < length; i++) {
                // few distinct values, so that ties are common
                values[i] = trial % 2 == 0 ? random.nextInt(5) : random.nextFloat();
            }
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            int nth = random.nextInt(length);
            Selection.select(values, 0, length, nth);
            assertEquals(sorted[nth], values[nth], "trial " + trial);
            for (int i = 0; i < length; i++) {
                assertTrue(i < nth ? values[i] <= values[nth] : values[i] >= values[nth], "trial " + trial);
            }
            float[] after = values.clone();
            Arrays.sort(after);
            assertArrayEquals(sorted, after, "a permutation");
        }
    }

    @Test
    void leavesValuesOutsideTheRangeAlone() {
        float[] values = {9f, 3f, 1f, 2f, 0f};
        Selection.select(values, 1, 4, 1);
        assertArrayEquals(new float[] {9f, 1f, 3f, 2f, 0f}, new float[] {values[0], values[1],
                Math.max(values[2], values[3]), Math.min(values[2], values[3]), values[4]});
    }

    @Test
    void worksOnSortedAndReversedInput() {
        float[] up = new float[100];
        float[] down = new float[100];
        for (int i = 0; i < 100; i++) {
            up[i] = i;
            down[i] = 99 - i;
        }
        Selection.select(up, 0, 100, 2);
        Selection.select(down, 0, 100, 97);
        assertEquals(2f, up[2]);
        assertEquals(97f, down[97]);
    }

    @Test
    void anIndexOutsideTheRangeIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> Selection.select(new float[4], 1, 3, 3));
    }
}
