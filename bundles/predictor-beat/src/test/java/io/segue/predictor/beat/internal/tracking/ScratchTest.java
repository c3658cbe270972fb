package io.segue.predictor.beat.internal.tracking;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void timeline() throws Exception {
        for (DrumPattern p : List.of(DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 100), DrumPattern.of(Style.CLICK, 75))) {
            DrumPattern.Rendering r = p.render(14, 22050, 103);
            List<FeatureFrame> frames = PipelineFrames.of(r.samples());
            System.out.println(p);
            BeatForecaster f = new BeatForecaster("beat", 0.5);
            List<Prediction> out = new ArrayList<>();
            for (FeatureFrame fr : frames) {
                int before = out.size();
                f.observe(fr, out::add);
                float[] t = fr.values("tempo");
                float[] o = fr.values("onset");
                if (fr.startSeconds() > 1.0 && fr.startSeconds() < 2.5) System.out.printf("  %.2f onset at %.3f s=%.2f%n", fr.startSeconds(), fr.startSeconds() + o[1], o[0]);
                if (!Float.isNaN(t[2])) System.out.printf("  %.2f xbeat at %.3f bpm %.1f%n", fr.startSeconds(), fr.startSeconds() + t[2], t[0]);
                if (out.size() > before) {
                    Prediction pr = out.get(before);
                    double best = 9;
                    for (double b : r.beatSeconds()) if (Math.abs(b - pr.targetSeconds()) < Math.abs(best)) best = b - pr.targetSeconds();
                    System.out.printf("  %.2f predict %.3f bpm %.1f conf %.2f err %.0f ms%n", fr.startSeconds(), pr.targetSeconds(), pr.value(), pr.confidence(), -1000 * best);
                }
            }
        }
    }
}
