package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The hop size of the running pipeline changes through ConfigurationAdmin (PID io.segue.pipeline), and a hop
 * larger than the window is refused with a message naming hopSize while the previous hop stays in force.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HopConfigIT {

    private static final String PID = "io.segue.pipeline";
    /** Any location: the configuration must not be bound to this test's bundle. */
    private static final String ANY_LOCATION = "?";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    private Dictionary<String, Object> shipped;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @Before
    public void startStream() throws IOException {
        // FileInstall has loaded config/io.segue.pipeline.cfg (hopSize=512)
        shipped = Await.until(this::properties, properties -> properties != null, TIMEOUT,
                "configuration " + PID + " from config/");
        assertEquals(StreamState.RUNNING, streams.start("mock:sine").state());
        Await.until(() -> hopSize() == 512, TIMEOUT, () -> "shipped hop 512 in force; " + pipeline.status());
    }

    @After
    public void restore() throws IOException {
        streams.stop();
        if (shipped != null) {
            configurationAdmin.getConfiguration(PID, ANY_LOCATION).update(shipped);
        }
    }

    @Test
    public void theHopChangesLiveAndAHopLargerThanTheWindowIsRefused() throws Exception {
        int sampleRateHz = pipeline.status().format().sampleRateHz();
        Frames frames = new Frames(pipeline);

        update("hopSize", 256);
        Await.until(() -> hopSize() == 256, TIMEOUT,
                () -> "hop 256 in force; " + pipeline.status());
        awaitConsecutiveFramesSpacedBy(frames, 256.0 / sampleRateHz, 10);

        update("hopSize", 4096);
        PipelineStatus refused = Await.until(pipeline::status, status -> status.configProblem() != null, TIMEOUT,
                "the pipeline refuses hopSize 4096 (window 2048)");
        assertTrue("problem names hopSize: " + refused.configProblem(), refused.configProblem().contains("hopSize"));
        assertEquals(256, refused.format().hopSize());

        FeatureFrame previous = frames.next(TIMEOUT);
        for (int i = 0; i < 10; i++) {
            FeatureFrame frame = frames.next(TIMEOUT);
            assertEquals("frames after the refused change", previous.index() + 1, frame.index());
            assertEquals("start of frame " + frame.index(), 256.0 / sampleRateHz,
                    frame.startSeconds() - previous.startSeconds(), 1e-6);
            previous = frame;
        }
        assertEquals(256, pipeline.status().format().hopSize());
    }

    /** The hop in force, 0 before the first frame. */
    private int hopSize() {
        return pipeline.status().format() == null ? 0 : pipeline.status().format().hopSize();
    }

    /** Takes frames until {@code pairs} consecutive ones in a row start {@code spacingSeconds} apart. */
    private static void awaitConsecutiveFramesSpacedBy(Frames frames, double spacingSeconds, int pairs)
            throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        FeatureFrame previous = frames.next(TIMEOUT);
        int inRow = 0;
        while (inRow < pairs) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("no " + pairs + " consecutive frames " + spacingSeconds + " s apart within "
                        + TIMEOUT.toMillis() + " ms");
            }
            FeatureFrame frame = frames.next(TIMEOUT);
            boolean spaced = frame.index() == previous.index() + 1
                    && Math.abs(frame.startSeconds() - previous.startSeconds() - spacingSeconds) < 1e-6;
            inRow = spaced ? inRow + 1 : 0;
            previous = frame;
        }
    }

    private void update(String key, Object value) throws IOException {
        Dictionary<String, Object> properties = copy(properties());
        properties.put(key, value);
        configurationAdmin.getConfiguration(PID, ANY_LOCATION).update(properties);
    }

    private Dictionary<String, Object> properties() {
        try {
            return configurationAdmin.getConfiguration(PID, ANY_LOCATION).getProperties();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Dictionary<String, Object> copy = new Hashtable<>();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            copy.put(key, properties.get(key));
        }
        return copy;
    }
}
