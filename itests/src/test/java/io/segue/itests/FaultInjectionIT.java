package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

/**
 * Faults injected through a mock device's options reach the stream as a real device's would: bursts of NaN, ±Inf
 * and clipped samples are replaced and counted before any extractor sees them, and a disconnect fails the stream
 * with the device's message.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FaultInjectionIT {

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
    public void aDisconnectFailsTheStreamWithTheDevicesMessage() throws Exception {
        streams.start("mock:sine?disconnectAfter=22050");
        Await.until(() -> streams.status().state() == StreamState.FAILED, TIMEOUT,
                () -> "the stream FAILED after the disconnect; it is " + streams.status());
        assertTrue(streams.status().message(),
                streams.status().message().contains("mock device disconnected after 22050 frames"));
    }
}
