package io.segue.predictor.sections.internal.component;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.api.predict.Predictor;
import io.segue.predictor.sections.internal.layout.FeatureLayout;
import io.segue.predictor.sections.internal.tracker.SectionSettings;
import io.segue.predictor.sections.internal.tracker.SectionTracker;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Energy transitions as a {@link Predictor}, id {@value #ID}: a {@link SectionTracker} reports breakdowns and drops
 * as they happen (target time: when they happened) and, during a build-up, when the drop is expected (target time:
 * the phrase boundary it should land on). {@link Prediction#value()} is, for {@link PredictionKind#BUILDUP}, the
 * bars left until the expected drop; for {@link PredictionKind#DROP} and {@link PredictionKind#BREAKDOWN}, the rise or
 * fall of the momentary loudness in LU.
 *
 * <p>It reads the outputs {@code loudness/momentary}, {@code spectral-centroid/centroid}, {@code spectral-flux/flux},
 * {@code onset/onset} and {@code tempo/bpm, confidence, beat}, at the offsets the extractors' descriptors give: the
 * extractor services are tracked for their descriptors only (dynamic, greedy, optional). A missing extractor leaves
 * its test out (see {@link SectionTracker}); none at all means no predictions, never an error.
 *
 * <p>Configuration {@value SectionsConfig#PID}; an invalid value fails activation with a message naming the key, the
 * value and the allowed range.
 */
@Component(service = Predictor.class, configurationPid = SectionsConfig.PID)
@Designate(ocd = SectionsConfig.class)
public final class SectionPredictor implements Predictor {

    public static final String ID = "sections";

    private static final Set<PredictionKind> KINDS = Set.of(PredictionKind.BUILDUP, PredictionKind.DROP,
            PredictionKind.BREAKDOWN);

    private final Map<FeatureExtractor, ExtractorDescriptor> extractors = new ConcurrentHashMap<>();
    /** Rebuilt when extractors come and go (SCR's thread); read once per frame (the prediction thread). */
    private volatile FeatureLayout layout = FeatureLayout.EMPTY;
    private final SectionTracker tracker;

    /**
     * @throws IllegalArgumentException when a configuration value is out of range; the message names the key
     */
    @Activate
    public SectionPredictor(SectionsConfig config) {
        this.tracker = new SectionTracker(ID, settings(config));
    }

    static SectionSettings settings(SectionsConfig config) {
        try {
            return new SectionSettings(config.phraseBars(), config.breakdownFallDb(), config.dropMarginDb(),
                    config.buildupOctaves());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SectionsConfig.PID + ": " + e.getMessage(), e);
        }
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC, policyOption = GREEDY)
    public void addExtractor(FeatureExtractor extractor) {
        extractors.put(extractor, extractor.descriptor());
        layout = FeatureLayout.of(extractors.values());
    }

    public void removeExtractor(FeatureExtractor extractor) {
        extractors.remove(extractor);
        layout = FeatureLayout.of(extractors.values());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PredictionKind> kinds() {
        return KINDS;
    }

    /** Synchronized only so that a reset from another thread is seen; the host never calls two at once. */
    @Override
    public synchronized void observe(FeatureFrame frame, Consumer<Prediction> out) {
        tracker.observe(frame, layout, out);
    }

    @Override
    public synchronized void reset() {
        tracker.reset();
    }
}
