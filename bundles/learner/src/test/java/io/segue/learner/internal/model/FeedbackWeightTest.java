package io.segue.learner.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.learn.Feedback;
import org.junit.jupiter.api.Test;

class FeedbackWeightTest {

    private static double weight(boolean accepted, int rating) {
        return FeedbackWeight.of(new Feedback("a", "b", accepted, rating, null, 0));
    }

    @Test
    void noRatingCountsOnce() {
        assertEquals(1, weight(true, 0));
        assertEquals(1, weight(false, 0));
    }

    @Test
    void aRatingThatAgreesCountsUpToOneAndAHalf() {
        assertEquals(1, weight(true, 3));
        assertEquals(1.25, weight(true, 4));
        assertEquals(1.5, weight(true, 5));
        assertEquals(1, weight(false, 3));
        assertEquals(1.25, weight(false, 2));
        assertEquals(1.5, weight(false, 1));
    }

    @Test
    void aRatingThatContradictsCountsHalf() {
        assertEquals(0.5, weight(true, 1));
        assertEquals(0.5, weight(true, 2));
        assertEquals(0.5, weight(false, 4));
        assertEquals(0.5, weight(false, 5));
    }
}
