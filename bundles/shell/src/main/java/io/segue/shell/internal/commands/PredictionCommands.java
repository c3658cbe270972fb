package io.segue.shell.internal.commands;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;

import io.segue.api.learn.Learner;
import io.segue.api.learn.LearnerStatus;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.predict.Prediction;
import io.segue.shell.internal.format.Decimals;
import io.segue.shell.internal.format.KeyValueFormat;
import io.segue.shell.internal.format.MetricsFormat;
import io.segue.shell.internal.format.TableFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code segue:predictions} and {@code segue:learner status|reset|export}. */
@Component(service = PredictionCommands.class, immediate = true)
@GogoCommand(scope = "segue", function = {"predictions", "learner"})
public final class PredictionCommands {

    static final String LEARNER_USAGE = "use: learner status | reset | export";

    private final StreamingIntegration mixer;
    private final List<Learner> learners = new CopyOnWriteArrayList<>();

    @Activate
    public PredictionCommands(@Reference(name = "mixer") StreamingIntegration mixer) {
        this.mixer = mixer;
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    void addLearner(Learner learner) {
        learners.add(learner);
    }

    void removeLearner(Learner learner) {
        learners.remove(learner);
    }

    @Descriptor("the newest predictions of the live stream: beats, build-ups, drops, chords, key changes")
    public String predictions(
            @Descriptor("how many, 1..256 (default 20)")
            @Parameter(names = {"-n", "--count"}, absentValue = "20") String count) {
        List<Prediction> newest = mixer.livePredictions(Arguments.intInRange("-n", count, 1, 256));
        if (newest.isEmpty()) {
            return "no prediction yet (is the stream running and a predictor bundle started?)";
        }
        TableFormat table = new TableFormat("made at s", "kind", "for s", "value", "label", "confidence", "by")
                .alignRight(0, 2, 3, 5);
        for (Prediction p : newest) {
            table.row(Decimals.fixed(p.madeAtSeconds(), 2), p.kind().name().toLowerCase(Locale.ROOT),
                    Decimals.fixed(p.targetSeconds(), 2), Decimals.significantOrDash(p.value()), p.label(),
                    Decimals.fixed(p.confidence(), 2), p.predictorId());
        }
        return table.toString();
    }

    @Descriptor("the learners: status (default), reset (forget everything learned), export (the model as JSON)")
    public String learner(@Descriptor("status, reset or export") String action) {
        if (learners.isEmpty()) {
            return "no learner service is present (is the learner bundle running?)";
        }
        return switch (action) {
            case "status" -> status();
            case "reset" -> {
                learners.forEach(Learner::reset);
                yield "reset: " + String.join(", ", learners.stream().map(Learner::id).toList());
            }
            case "export" -> String.join("\n", learners.stream().map(l -> l.id() + " " + l.exportModel()).toList());
            default -> throw new IllegalArgumentException("unknown learner action '" + action + "'; "
                    + LEARNER_USAGE);
        };
    }

    @Descriptor("the learners' status")
    public String learner() {
        return learner("status");
    }

    private String status() {
        StringBuilder out = new StringBuilder();
        for (Learner learner : learners) {
            LearnerStatus status = learner.status();
            KeyValueFormat lines = new KeyValueFormat()
                    .add("learner", status.learnerId() + ": " + status.description())
                    .add("feedback", status.feedbackCount() + " learned (model version " + status.modelVersion()
                            + ")");
            Map<String, Double> sorted = new TreeMap<>(status.parameters());
            sorted.forEach((name, value) -> lines.add("  " + name, Decimals.significantOrDash(value)));
            out.append(out.length() == 0 ? "" : "\n\n").append(lines);
        }
        out.append("\nlearning queue: ").append(
                MetricsFormat.queueStats(mixer.learningQueue()));
        return out.toString();
    }
}
