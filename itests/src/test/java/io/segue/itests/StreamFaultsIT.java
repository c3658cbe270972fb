package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.segue.api.audio.FaultInjector;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Stalls, a slow consumer and output underflows, injected into the mock devices of the shipped runtime. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StreamFaultsIT {

    @Inject
    private AudioStreamManager streams;

    @Inject
    private FaultInjector faults;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @After
    public void stopStreams() {
        faults.clear("mock:sine");
        streams.stopOutput();
        streams.stop();
    }

    @Test
    public void aShortStallIsCountedAndALongOneRecovers() throws Exception {
        streams.start("mock:sine");
        Await.until(() -> metrics().chunksIn() > 10, TIMEOUT, () -> streams.status().toString());
        faults.inject("mock:sine", "stall", List.of("300"));
        Await.until(() -> metrics().stalls() == 1, TIMEOUT, () -> "one stall counted; " + streams.status());
        assertEquals(StreamState.RUNNING, streams.status().state());
        assertEquals("a stall shorter than stallTimeoutMillis is no failure", 0, metrics().recoveries());
        assertTrue("the stall's chunks are counted as lost: " + metrics(), metrics().chunksLost() >= 4);

        faults.inject("mock:sine", "stall", List.of("5000"));
        Await.until(() -> metrics().recoveries() == 1 && streams.status().state() == StreamState.RUNNING, TIMEOUT,
                () -> "recovered from a stall longer than stallTimeoutMillis (1000 ms); " + streams.status());
        assertEquals(2, metrics().stalls());
        long after = metrics().chunksIn();
        Await.until(() -> metrics().chunksIn() > after + 10, TIMEOUT, () -> "chunks again; " + streams.status());
    }

    @Test
    public void aSlowConsumerCostsCountedDropsButTheDeviceKeepsItsPace() throws Exception {
        streams.start("mock:sine");
        Await.until(() -> metrics().chunksIn() > 10, TIMEOUT, () -> streams.status().toString());
        assertEquals(0, metrics().chunksDropped());
        // each chunk of 1024 frames lasts 46 ms; the consumer now spends 500 ms on each, so the queue of 100 chunks
        // overflows after about 5 s
        faults.inject("mock:sine", "slow", List.of("500"));
        long startNanos = System.nanoTime();
        long startChunks = metrics().chunksIn();
        Await.until(() -> metrics().chunksDropped() > 20, TIMEOUT.multipliedBy(3),
                () -> "drops counted; " + streams.status());
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long captured = metrics().chunksIn() - startChunks;
        double expected = seconds * 22050 / 1024;
        System.out.printf(Locale.ROOT, "[figures] slow consumer: %d chunks captured in %.2f s (real time: %.1f),"
                + " %d dropped, device rate %.0f frames/s%n", captured, seconds, expected, metrics().chunksDropped(),
                metrics().framesPerSecond());
        // the device thread never waits for the consumer: it captures in real time throughout
        assertTrue("captured " + captured + " of " + expected, captured >= 0.9 * expected - 2);
        assertEquals(22050, metrics().framesPerSecond(), 22050 * 0.1);
        assertTrue(metrics().queueDepth() <= metrics().queueCapacity());
        faults.clear("mock:sine");
    }

    @Test
    public void anOutputThatRunsDryPlaysCountedSilenceIntoItsWavFile() throws Exception {
        Path wav = Files.createTempDirectory("segue-output").resolve("out.wav");
        StreamStatus started = streams.startOutput("mock:wav-out?file=" + wav, false);
        assertEquals(StreamState.RUNNING, started.state());
        float[] tone = new float[started.chunkFrames()];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / 22050.0));
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(streams.play(tone, tone.length));
        }
        // the output thread may run dry between two of the plays above already: wait for all 5 to be played
        Await.until(() -> streams.outputStatus().metrics().latency().count() == 5
                && streams.outputStatus().metrics().underflows() > 0, TIMEOUT,
                () -> "the 5 chunks played, then underflows; " + streams.outputStatus());
        StreamMetrics played = streams.outputStatus().metrics();
        assertEquals(5, played.chunksIn());
        assertEquals(0, played.chunksDropped());
        streams.stopOutput();
        assertEquals(StreamState.STOPPED, streams.outputStatus().state());
        assertTrue("the WAV file holds the 5 chunks and the silence after them: " + Files.size(wav),
                Files.size(wav) > 44 + 5 * 1024 * 2);
    }

    private StreamMetrics metrics() {
        return streams.status().metrics();
    }
}
