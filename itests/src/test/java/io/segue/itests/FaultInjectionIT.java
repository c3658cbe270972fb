package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamEvent;
import io.segue.api.stream.StreamListener;
import io.segue.api.stream.StreamState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Faults injected through a mock device's options reach the stream as a real device's would: bursts of NaN, ±Inf
 * and clipped samples are replaced and counted before any extractor sees them, and a disconnect sends the stream
 * RECOVERING with the device's message and back to RUNNING on the same device.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FaultInjectionIT {

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
    public void glitchBurstsNeverReachAFeatureFrame() throws Exception {
        assertEquals(StreamState.RUNNING, streams.start("mock:sine?glitchEvery=3000").state());
        Frames frames = new Frames(pipeline);
        for (int i = 0; i < 60; i++) {
            FeatureFrame frame = frames.next(TIMEOUT);
            for (String extractor : new String[] {"rms", "zcr", "spectral-centroid", "spectral-flatness", "mfcc"}) {
                float[] values = frame.values(extractor);
                if (values == null) {
                    continue;
                }
                for (float v : values) {
                    assertTrue(extractor + " in frame " + frame.index() + ": " + v, Float.isFinite(v));
                }
            }
        }
        assertTrue("bad samples replaced and counted: " + streams.status().metrics(),
                streams.status().metrics().samplesReplaced() > 0);
    }

    @Test
    public void aConfiguredDisconnectIsRecoveredFromWithTheDevicesMessageInTheEvent() throws Exception {
        List<StreamEvent> events = new CopyOnWriteArrayList<>();
        ServiceRegistration<StreamListener> listener = context.registerService(StreamListener.class, events::add,
                null);
        try {
            streams.start("mock:sine?disconnectAfter=22050");
            Await.until(() -> streams.status().metrics().recoveries() >= 1
                    && streams.status().state() == StreamState.RUNNING, TIMEOUT,
                    () -> "recovered after the disconnect; " + streams.status());
            StreamEvent recovering = events.stream().filter(e -> e.current() == StreamState.RECOVERING).findFirst()
                    .orElseThrow();
            assertTrue(recovering.message(), recovering.message().contains("mock device disconnected after 22050"
                    + " frames"));
            assertEquals("mock:sine?disconnectAfter=22050", streams.status().deviceId());
        } finally {
            listener.unregister();
        }
    }
}
