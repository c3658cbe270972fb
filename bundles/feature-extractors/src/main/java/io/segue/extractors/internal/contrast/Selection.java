package io.segue.extractors.internal.contrast;

import java.util.Objects;

/** In-place selection of the k-th smallest value (Hoare's quickselect), for quantiles without sorting or allocating. */
final class Selection {

    private Selection() {
    }

    /**
     * Reorders {@code values[from .. to)} so that {@code values[nth]} holds the value a sort would put there, every
     * value before it is no greater and every value after it no smaller. Average time linear in the range. The values
     * must not be NaN.
     *
     * @throws IndexOutOfBoundsException when {@code nth} is not in {@code [from, to)}
     */
    static void select(float[] values, int from, int to, int nth) {
        Objects.checkIndex(nth - from, to - from);
        int low = from;
        int high = to - 1;
        while (low < high) {
            float pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            // now values[low .. j] <= pivot <= values[i .. high], and values between j and i equal the pivot
            if (nth <= j) {
                high = j;
            } else if (nth >= i) {
                low = i;
            } else {
                return;
            }
        }
    }
}
