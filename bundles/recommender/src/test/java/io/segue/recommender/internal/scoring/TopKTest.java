package io.segue.recommender.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void keepsTheBestInOrderLikeAFullSort() {
        Random random = new Random(5);
        double[] scores = new double[5000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.round(random.nextDouble() * 200) / 200.0; // many ties
        }
        TopK top = new TopK(25);
        for (int i = 0; i < scores.length; i++) {
            top.offer(i, scores[i], i * 0.5);
        }
        int[] index = new int[25];
        double[] score = new double[25];
        double[] learned = new double[25];
        assertEquals(25, top.drainBestFirst(index, score, learned));
        int[] expected = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i)).limit(25)
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, index);
        for (int r = 0; r < 25; r++) {
            assertEquals(scores[index[r]], score[r]);
            assertEquals(index[r] * 0.5, learned[r], "the learned score travels with its candidate");
        }
    }

    @Test
    void fewerCandidatesThanCapacity() {
        TopK top = new TopK(10);
        top.offer(0, 0.2, Double.NaN);
        top.offer(1, 0.9, Double.NaN);
        top.offer(2, 0.5, Double.NaN);
        assertTrue(top.couldKeep(0), "not full: anything is kept");
        int[] index = new int[10];
        assertEquals(3, top.drainBestFirst(index, new double[10], new double[10]));
        assertArrayEquals(new int[] {1, 2, 0}, java.util.Arrays.copyOf(index, 3));
    }

    @Test
    void aFullHeapRefusesWhatCannotBeatItsWorst() {
        TopK top = new TopK(2);
        top.offer(0, 0.8, Double.NaN);
        top.offer(1, 0.6, Double.NaN);
        assertFalse(top.couldKeep(0.6), "a tie with a later index loses");
        assertTrue(top.couldKeep(0.61));
    }
}
