package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The device-mock bundle is updated, and then stopped and started, while the stream runs on one of its devices: the
 * stream recovers onto the device of the new bundle each time, and goes on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeviceProviderSwapIT {

    private static final String MOCK_BUNDLE = "io.segue.device.mock";

    @Inject
    private BundleContext context;

    @Inject
    private AudioStreamManager streams;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @After
    public void stopStream() {
        streams.stop();
    }

    @Test
    public void theStreamRecoversOntoTheDevicesOfTheReplacedProviderBundle() throws Exception {
        streams.start("mock:sine");
        try (StreamWatch watch = new StreamWatch(context)) {
            awaitChunks(watch, 10);
            Bundle mock = SegueRuntime.installedBundle(context, MOCK_BUNDLE);

            mock.update(); // a new class loader: the old provider and its open device go away
            Await.until(() -> streams.status().metrics().recoveries() >= 1
                    && streams.status().state() == StreamState.RUNNING, TIMEOUT,
                    () -> "recovered onto the updated bundle's mock:sine; " + streams.status());
            awaitChunks(watch, 10);

            mock.stop();
            Await.until(() -> streams.status().state() == StreamState.RECOVERING, TIMEOUT,
                    () -> "RECOVERING while no provider offers mock:sine; " + streams.status());
            mock.start();
            Await.until(() -> streams.status().metrics().recoveries() >= 2
                    && streams.status().state() == StreamState.RUNNING, TIMEOUT,
                    () -> "recovered once the bundle started again; " + streams.status());
            awaitChunks(watch, 10);

            assertEquals("mock:sine", streams.status().deviceId());
            assertTrue("sequence numbers only increase", watch.sequencesIncrease());
        }
    }

    private void awaitChunks(StreamWatch watch, int count) {
        int now = watch.chunks();
        Await.until(() -> watch.chunks() >= now + count, TIMEOUT, () -> count + " chunks; " + streams.status());
    }
}
