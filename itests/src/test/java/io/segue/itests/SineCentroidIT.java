package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A 440 Hz sine streamed from the mock device has its spectral centroid at 440 Hz, frame after frame. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SineCentroidIT {

    private static final String CENTROID = "spectral-centroid";

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
    public void theCentroidOfA440HzSineIsWithinOnePercentOf440Hz() throws Exception {
        Await.until(() -> pipeline.status().extractorIds().contains(CENTROID), TIMEOUT,
                () -> "extractor " + CENTROID + " active; pipeline has " + pipeline.status().extractorIds());
        assertEquals(StreamState.RUNNING, streams.start("mock:sine?hz=440").state());

        Frames frames = new Frames(pipeline);
        for (int i = 0; i < 10; i++) {
            FeatureFrame frame = frames.awaitFrame(f -> f.values(CENTROID) != null, TIMEOUT, "with " + CENTROID);
            assertEquals("centroid of frame " + frame.index(), 440.0, Frames.first(frame, CENTROID), 4.4);
        }
    }
}
