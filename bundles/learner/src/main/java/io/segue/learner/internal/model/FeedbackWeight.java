package io.segue.learner.internal.model;

import io.segue.api.learn.Feedback;

/**
 * How much one feedback counts in a learning step. The label is whether the DJ took the transition; a rating, when
 * given, says how sure the verdict is:
 *
 * <ul>
 * <li>no rating: 1;</li>
 * <li>a rating that agrees (accepted and 3..5, rejected and 1..3): 1 + |rating − 3| / 4, i.e. 1 for a 3 up to 1.5
 * for a 5 on an accepted or a 1 on a rejected transition;</li>
 * <li>a rating that contradicts the verdict (accepted but rated 1 or 2, rejected but rated 4 or 5): 0.5 — the DJ's
 * action and words disagree, so the step is a half one in the action's direction.</li>
 * </ul>
 */
public final class FeedbackWeight {

    private FeedbackWeight() {
    }

    public static double of(Feedback feedback) {
        int rating = feedback.rating();
        if (rating == 0) {
            return 1;
        }
        boolean agrees = feedback.accepted() ? rating >= 3 : rating <= 3;
        return agrees ? 1 + Math.abs(rating - 3) / 4.0 : 0.5;
    }
}
