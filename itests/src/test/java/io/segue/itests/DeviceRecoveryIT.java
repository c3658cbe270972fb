package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.FaultInjector;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
import org.osgi.framework.BundleContext;

/**
 * The stream through injected device failures, on the shipped configuration (fallback mock:sine after 250 ms): a
 * disconnect is recovered on the same device, an unplugged device is replaced by the fallback and comes back when
 * it returns, a device that disappears and returns is announced. Prints the time from each injected failure to
 * the first chunk of the reopened or fallback device, and the chunks the outage cost.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeviceRecoveryIT {

    private static final int ROUNDS = 10;

    @Inject
    private BundleContext context;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private FaultInjector faults;

    @Inject
    private AudioDevices devices;

    private StreamWatch watch;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @Before
    public void watch() {
        watch = new StreamWatch(context);
    }

    @After
    public void stopStream() {
        watch.close();
        streams.stop();
        faults.clear("mock:sine");
        faults.clear("mock:noise");
        faults.clear("mock:silence");
    }

    @Test
    public void aDisconnectedDeviceIsReopenedAndTheStreamGoesOn() throws Exception {
        streams.start("mock:sine");
        List<Double> millis = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            awaitChunks(5);
            long lostBefore = streams.status().metrics().chunksLost();
            long injected = System.nanoTime();
            faults.inject("mock:sine", "disconnect", List.of());
            StreamWatch.Arrival first = awaitRecovery(injected);
            millis.add((first.nanos() - injected) / 1e6);
            Await.until(() -> streams.status().metrics().chunksLost() >= lostBefore, TIMEOUT, () -> "metrics");
            lost.add(streams.status().metrics().chunksLost() - lostBefore);
        }
        StreamStatus status = streams.status();
        assertEquals(StreamState.RUNNING, status.state());
        assertEquals("mock:sine", status.deviceId());
        assertEquals(ROUNDS, status.metrics().recoveries());
        assertTrue("sequence numbers only increase", watch.sequencesIncrease());
        report("disconnect -> first chunk from the reopened device", millis, lost);
        assertTrue("every recovery within 2 s: " + millis, Collections.max(millis) < 2000);
    }

    @Test
    public void anUnpluggedDeviceIsReplacedByTheFallbackAndTakenBackWhenItReturns() throws Exception {
        streams.start("mock:noise");
        List<Double> millis = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        for (int round = 0; round < ROUNDS / 2; round++) {
            awaitChunks(5);
            long lostBefore = streams.status().metrics().chunksLost();
            long injected = System.nanoTime();
            faults.inject("mock:noise", "unplug", List.of());
            StreamWatch.Arrival first = awaitRecovery(injected);
            millis.add((first.nanos() - injected) / 1e6);
            StreamStatus onFallback = streams.status();
            assertTrue(onFallback.toString(), onFallback.onFallback());
            assertEquals("mock:sine", onFallback.deviceId());
            assertEquals("mock:noise", onFallback.preferredDevice());
            assertTrue(onFallback.message(), onFallback.message().startsWith(
                    "running on the fallback device mock:sine: the preferred device mock:noise is unavailable"));
            StreamWatch.Change recovering = watch.firstChange(StreamState.RECOVERING, injected);
            StreamWatch.Change running = watch.firstChange(StreamState.RUNNING, recovering.nanos());
            assertTrue("the failed device alone is retried for fallbackAfterMillis (250 ms) first",
                    running.event().epochMillis() - recovering.event().epochMillis() >= 250);
            Await.until(() -> streams.status().metrics().chunksLost() >= lostBefore, TIMEOUT, () -> "metrics");
            lost.add(streams.status().metrics().chunksLost() - lostBefore);

            awaitChunks(5);
            faults.clear("mock:noise");
            Await.until(() -> "mock:noise".equals(streams.status().deviceId()), TIMEOUT,
                    () -> "back on mock:noise after it returned; " + streams.status());
            assertFalse(streams.status().onFallback());
        }
        assertEquals(StreamState.RUNNING, streams.status().state());
        assertTrue("sequence numbers only increase", watch.sequencesIncrease());
        report("unplug -> first chunk from the fallback device", millis, lost);
        assertTrue("every fallback within 2 s: " + millis, Collections.max(millis) < 2000);
    }

    @Test
    public void aDeviceUnpluggedBrieflyIsReopenedBeforeTheFallbackIsTried() throws Exception {
        streams.start("mock:noise");
        awaitChunks(5);
        long injected = System.nanoTime();
        faults.inject("mock:noise", "unplug", List.of("100"));
        awaitRecovery(injected);
        assertEquals("mock:noise", streams.status().deviceId());
        assertFalse(streams.status().onFallback());
        assertTrue(streams.status().message(), streams.status().message().startsWith("recovered on mock:noise"));
    }

    @Test
    public void aDeviceThatDisappearsAndReturnsIsAnnounced() throws Exception {
        long since = System.currentTimeMillis();
        faults.inject("mock:silence", "unplug", List.of());
        Await.until(() -> changed("mock:silence", false, since), TIMEOUT,
                () -> "mock:silence announced as gone; changes: " + devices.recentChanges());
        assertTrue(devices.find("mock:silence").isEmpty());
        faults.clear("mock:silence");
        Await.until(() -> changed("mock:silence", true, since), TIMEOUT,
                () -> "mock:silence announced as back; changes: " + devices.recentChanges());
    }

    private boolean changed(String deviceId, boolean added, long sinceEpochMillis) {
        return devices.recentChanges().stream().anyMatch(c -> c.device().id().equals(deviceId)
                && c.added() == added && c.epochMillis() >= sinceEpochMillis);
    }

    /** Waits for RECOVERING and then RUNNING after {@code injected}; returns the first chunk after RUNNING. */
    private StreamWatch.Arrival awaitRecovery(long injected) {
        Await.until(() -> watch.firstChange(StreamState.RECOVERING, injected) != null, TIMEOUT,
                () -> "RECOVERING after the fault; " + streams.status());
        long recovering = watch.firstChange(StreamState.RECOVERING, injected).nanos();
        Await.until(() -> watch.firstChange(StreamState.RUNNING, recovering) != null, TIMEOUT,
                () -> "RUNNING again; " + streams.status());
        long running = watch.firstChange(StreamState.RUNNING, recovering).nanos();
        Await.until(() -> watch.firstChunkAfter(running) != null, TIMEOUT, () -> "a chunk after the recovery");
        StreamWatch.Arrival first = watch.firstChunkAfter(running);
        assertNotNull(first);
        return first;
    }

    private void awaitChunks(int count) {
        int now = watch.chunks();
        Await.until(() -> watch.chunks() >= now + count, TIMEOUT, () -> count + " chunks; " + streams.status());
    }

    private static void report(String what, List<Double> millis, List<Long> lost) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "[figures] %s: median %.0f ms, max %.0f ms over %d; chunks lost per outage:"
                + " %s%n", what, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size(), lost);
    }
}
