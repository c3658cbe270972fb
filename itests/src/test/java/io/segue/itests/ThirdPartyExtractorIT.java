package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.AnalysisFrame;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * An extractor from a bundle that is not Segue's (the test probe, written only against the api) joins the running
 * stream, computes on the shared spectrum next to the built-ins, and leaves again, while the built-in extractor
 * bundle is not touched and the stream loses nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThirdPartyExtractorIT {

    private static final String PEAK = "third-party-peak";
    private static final String CENTROID = "spectral-centroid";

    @Inject
    private BundleContext context;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @After
    public void stopStream() {
        streams.stop();
    }

    @Test
    public void anExtractorOfAnotherBundleComesAndGoesWhileStreaming() throws Exception {
        Await.until(() -> pipeline.status().extractorIds().contains(CENTROID), TIMEOUT,
                () -> "built-in extractors active; pipeline has " + pipeline.status().extractorIds());
        Bundle builtIns = builtInExtractors();
        assertEquals(StreamState.RUNNING, streams.start("mock:sine?hz=440").state());
        Frames frames = new Frames(pipeline);
        frames.awaitFrame(f -> f.values(CENTROID) != null, TIMEOUT, "with " + CENTROID);

        ServiceRegistration<FeatureExtractor> registration =
                context.registerService(FeatureExtractor.class, new PeakFrequencyExtractor(), null);
        FeatureFrame with = frames.awaitFrame(f -> f.values(PEAK) != null, TIMEOUT, "with " + PEAK);
        assertEquals("the loudest bin of a 440 Hz sine", 440.0, Frames.first(with, PEAK),
                22050.0 / 2048);
        assertNotNull("the built-ins go on beside it", with.values(CENTROID));
        ExtractorInfo info = pipeline.extractors().stream().filter(e -> e.descriptor().id().equals(PEAK))
                .findFirst().orElseThrow(() -> new AssertionError(PEAK + " not listed"));
        assertEquals(context.getBundle().getSymbolicName(), info.bundle());
        assertTrue(info.active());

        registration.unregister();
        frames.awaitFrame(f -> f.values(PEAK) == null, TIMEOUT, "without " + PEAK + " after it left");
        FeatureFrame after = frames.next(TIMEOUT);
        assertNull(after.values(PEAK));
        assertNotNull(after.values(CENTROID));
        assertTrue(pipeline.extractors().stream().noneMatch(e -> e.descriptor().id().equals(PEAK)));

        assertEquals(Bundle.ACTIVE, builtIns.getState());
        assertEquals("the built-in bundle was not restarted", builtIns.getLastModified(),
                builtInExtractors().getLastModified());
        assertEquals(StreamState.RUNNING, streams.status().state());
        assertEquals("chunks dropped while the extractor came and went", 0,
                streams.status().metrics().chunksDropped());
    }

    private Bundle builtInExtractors() {
        for (Bundle bundle : context.getBundles()) {
            if ("io.segue.feature.extractors".equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no built-in extractor bundle");
    }

    /** What a third party would write: the frequency of the loudest bin of the shared spectrum. */
    private static final class PeakFrequencyExtractor implements FeatureExtractor {

        private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(PEAK, "Peak frequency", "1",
                "The centre frequency of the loudest spectrum bin.",
                List.of(new OutputDescriptor("peak", "Peak", "Hz", 1, 0, Double.POSITIVE_INFINITY,
                        "k * sampleRateHz / windowSize for the bin k of the largest magnitude.")),
                Set.of(InputDomain.MAGNITUDE_SPECTRUM), 0);

        @Override
        public ExtractorDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public FeatureProcessor createProcessor(AnalysisFormat format) {
            return new FeatureProcessor() {
                @Override
                public void process(AnalysisFrame frame, float[] values) {
                    float[] m = frame.magnitudes();
                    int best = 0;
                    for (int k = 1; k < m.length; k++) {
                        if (m[k] > m[best]) {
                            best = k;
                        }
                    }
                    values[0] = (float) format.binFrequencyHz(best);
                }

                @Override
                public void reset() {
                }
            };
        }
    }
}
