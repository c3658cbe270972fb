package io.segue.predictor.sections.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.predictor.sections.internal.layout.FeatureLayout;
import io.segue.predictor.sections.internal.testing.Arrangement;
import io.segue.predictor.sections.internal.testing.Extractors;
import io.segue.predictor.sections.internal.testing.PipelineFrames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Done-when 2 of issue 6: on generated arrangements with known section times (tempo 120..130 BPM, breakdowns and
 * build-ups of 8 and 16 bars), turned into frames by the real live pipeline and extractors, drops are detected
 * within one beat and announced before they land (the last build-up prediction made before the drop expects it
 * within one beat) on at least 80 % of the build-ups.
 *
 * <p>Printed per arrangement: the detected drop's time minus the true one, how long after the drop it was reported,
 * the last announcement's expected time minus the true one, and the lead: how long before the drop the unbroken run
 * of right announcements that ends at the drop began (a 16-bar build-up is first expected to end after 8 bars).
 */
class DropAnnouncementTest {

    private static final List<Arrangement> ARRANGEMENTS = List.of(
            new Arrangement(120, 16, 8, 8, 8, 1), new Arrangement(122, 16, 16, 8, 8, 2),
            new Arrangement(124, 16, 8, 16, 8, 3), new Arrangement(126, 16, 8, 8, 8, 4),
            new Arrangement(126, 16, 16, 8, 8, 5), new Arrangement(128, 16, 8, 8, 8, 6),
            new Arrangement(128, 16, 16, 16, 8, 7), new Arrangement(130, 16, 8, 8, 8, 8),
            new Arrangement(121, 16, 8, 8, 8, 9), new Arrangement(125, 16, 16, 8, 8, 10),
            new Arrangement(127, 16, 8, 16, 8, 11), new Arrangement(129, 16, 16, 8, 8, 12));

    @Test
    void dropsAreDetectedWithinABeatAndAnnouncedBeforeTheyLand() {
        int detected = 0;
        int announced = 0;
        int breakdowns = 0;
        int falseDrops = 0;
        double leadSum = 0;
        double latencySum = 0;
        System.out.printf("%-50s | drop err s | reported after s | announce err s | lead s%n", "arrangement");
        for (Arrangement arrangement : ARRANGEMENTS) {
            List<Prediction> predictions = predict(arrangement);
            double beat = arrangement.beatSeconds();
            double truth = arrangement.dropSeconds();
            Prediction drop = nearest(predictions, PredictionKind.DROP, truth);
            double dropError = drop == null ? Double.NaN : drop.targetSeconds() - truth;
            double reportedAfter = drop == null ? Double.NaN : drop.madeAtSeconds() - truth;
            latencySum += reportedAfter;
            if (drop != null && Math.abs(dropError) <= beat) {
                detected++;
            }
            falseDrops += (int) predictions.stream().filter(p -> p.kind() == PredictionKind.DROP)
                    .filter(p -> Math.abs(p.targetSeconds() - truth) > beat).count();
            Prediction breakdown = nearest(predictions, PredictionKind.BREAKDOWN, arrangement.breakdownSeconds());
            if (breakdown != null && Math.abs(breakdown.targetSeconds() - arrangement.breakdownSeconds()) <= beat) {
                breakdowns++;
            }
            List<Prediction> before = predictions.stream().filter(p -> p.kind() == PredictionKind.BUILDUP)
                    .filter(p -> p.madeAtSeconds() < truth).toList();
            Prediction last = before.isEmpty() ? null : before.get(before.size() - 1);
            double announceError = last == null ? Double.NaN : last.targetSeconds() - truth;
            double lead = Double.NaN;
            if (Math.abs(announceError) <= beat) {
                announced++;
                lead = truth - before.get(before.size() - 1).madeAtSeconds();
                for (int i = before.size() - 1; i >= 0 && Math.abs(before.get(i).targetSeconds() - truth) <= beat;
                        i--) {
                    lead = truth - before.get(i).madeAtSeconds();
                }
                leadSum += lead;
            }
            System.out.printf("%-50s | %10.3f | %16.3f | %14.3f | %6.1f%n", arrangement, dropError, reportedAfter,
                    announceError, lead);
        }
        int n = ARRANGEMENTS.size();
        System.out.printf("drops detected within one beat: %d/%d; announced before they land: %d/%d "
                + "(mean lead %.1f s); drops reported %.2f s after they land on average; "
                + "breakdowns within one beat: %d/%d; false drops: %d%n", detected, n, announced, n,
                announced == 0 ? Double.NaN : leadSum / announced, latencySum / n, breakdowns, n, falseDrops);
        assertTrue(detected >= 0.8 * n, "drops detected within one beat: " + detected + "/" + n);
        assertTrue(announced >= 0.8 * n, "drops announced before they land: " + announced + "/" + n);
        assertTrue(breakdowns >= 0.8 * n, "breakdowns detected within one beat: " + breakdowns + "/" + n);
        assertTrue(falseDrops == 0, "false drops: " + falseDrops);
    }

    static List<Prediction> predict(Arrangement arrangement) {
        List<FeatureFrame> frames = PipelineFrames.of(Extractors.sections(), arrangement.render(),
                Arrangement.SAMPLE_RATE_HZ);
        FeatureLayout layout = FeatureLayout.of(
                Extractors.sections().stream().map(e -> e.descriptor()).toList());
        SectionTracker tracker = new SectionTracker("sections", SectionSettings.DEFAULTS);
        List<Prediction> predictions = new ArrayList<>();
        for (FeatureFrame frame : frames) {
            tracker.observe(frame, layout, predictions::add);
        }
        return predictions;
    }

    private static Prediction nearest(List<Prediction> predictions, PredictionKind kind, double seconds) {
        Prediction best = null;
        for (Prediction p : predictions) {
            if (p.kind() == kind && (best == null
                    || Math.abs(p.targetSeconds() - seconds) < Math.abs(best.targetSeconds() - seconds))) {
                best = p;
            }
        }
        return best;
    }
}
