package io.segue.recommender.internal.scoring;

/**
 * The best {@code capacity} candidates seen so far: a binary min-heap on flat arrays, the worst kept candidate at
 * the root. Offering a candidate costs O(1) when it is not better than the worst kept one (the common case after
 * the first few thousand), O(log k) otherwise; nothing is allocated after construction.
 *
 * <p>Order: a higher score is better; among equal scores the lower catalogue index is better, so that results are
 * the same from run to run.
 */
final class TopK {

    private final int[] index;
    private final double[] score;
    private final double[] learned;
    private int size;

    TopK(int capacity) {
        index = new int[capacity];
        score = new double[capacity];
        learned = new double[capacity];
    }

    boolean full() {
        return size == index.length;
    }

    /**
     * Whether a candidate scoring at most {@code bound}, offered after every kept one (so with a higher index),
     * could still be kept.
     */
    boolean couldKeep(double bound) {
        return size < index.length || bound > score[0];
    }

    /** Keeps the candidate if it is among the best so far. {@code learnedScore} travels with it. */
    void offer(int candidate, double candidateScore, double learnedScore) {
        if (size < index.length) {
            int slot = size++;
            set(slot, candidate, candidateScore, learnedScore);
            siftUp(slot);
        } else if (worse(index[0], score[0], candidate, candidateScore)) {
            set(0, candidate, candidateScore, learnedScore);
            siftDown(0);
        }
    }

    int size() {
        return size;
    }

    /** Empties the heap into the arrays, best first; returns how many. */
    int drainBestFirst(int[] indexOut, double[] scoreOut, double[] learnedOut) {
        int count = size;
        for (int i = count - 1; i >= 0; i--) {
            indexOut[i] = index[0];
            scoreOut[i] = score[0];
            learnedOut[i] = learned[0];
            size--;
            if (size > 0) {
                set(0, index[size], score[size], learned[size]);
                siftDown(0);
            }
        }
        return count;
    }

    /** Whether candidate a is worse than b. */
    private static boolean worse(int a, double scoreA, int b, double scoreB) {
        return scoreA < scoreB || (scoreA == scoreB && a > b);
    }

    private void set(int slot, int candidate, double candidateScore, double learnedScore) {
        index[slot] = candidate;
        score[slot] = candidateScore;
        learned[slot] = learnedScore;
    }

    private void siftUp(int slot) {
        while (slot > 0) {
            int parent = (slot - 1) >>> 1;
            if (!worse(index[slot], score[slot], index[parent], score[parent])) {
                return;
            }
            swap(slot, parent);
            slot = parent;
        }
    }

    private void siftDown(int slot) {
        while (true) {
            int left = 2 * slot + 1;
            if (left >= size) {
                return;
            }
            int right = left + 1;
            int worst = right < size && worse(index[right], score[right], index[left], score[left]) ? right : left;
            if (!worse(index[worst], score[worst], index[slot], score[slot])) {
                return;
            }
            swap(slot, worst);
            slot = worst;
        }
    }

    private void swap(int a, int b) {
        int i = index[a];
        double s = score[a];
        double l = learned[a];
        set(a, index[b], score[b], learned[b]);
        set(b, i, s, l);
    }
}
