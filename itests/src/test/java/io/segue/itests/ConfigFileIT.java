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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;

/**
 * What an operator does: edit {@code io.segue.pipeline.cfg} in the watched configuration directory while the stream
 * runs. FileInstall carries the edit to the pipeline, which changes its hop without a restart; a hop larger than the
 * window is refused with a message naming the key and range, and the previous hop keeps running. Works on a copy of
 * the shipped config/ so the project's files are never touched.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigFileIT {

    /** Relative to the itests module, where Failsafe runs; the same path in the driver and in the framework. */
    private static final Path CONFIG = Path.of("target", "config-file-it");
    private static final Path PIPELINE_CFG = CONFIG.resolve("io.segue.pipeline.cfg");

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    @Inject
    private LogReaderService log;

    @Configuration
    public Option[] configuration() {
        // a fresh library too: the shipped databaseFile is relative to the working directory, the itests module
        return SegueRuntime.options(SegueRuntime.configWithFreshLibrary(CONFIG));
    }

    @After
    public void stopStream() {
        streams.stop();
    }

    @Test
    public void editingTheCfgFileChangesTheHopLiveAndABadValueIsRefused() throws Exception {
        assertEquals(StreamState.RUNNING, streams.start("mock:sine").state());
        Await.until(() -> hopSize() == 512, TIMEOUT, () -> "the shipped hopSize=512 in force; " + pipeline.status());
        Frames frames = new Frames(pipeline);
        double sampleRateHz = pipeline.status().format().sampleRateHz();
        frames.next(TIMEOUT);

        rewriteHop("256");
        Await.until(() -> hopSize() == 256, TIMEOUT,
                () -> "hopSize=256 from the edited file; " + pipeline.status());
        skipTheFramesOfTheOldHop(frames, 256 / sampleRateHz);
        assertFramesSpacedBy(frames, 256 / sampleRateHz);

        rewriteHop("4096");
        PipelineStatus refused = Await.until(pipeline::status, s -> s.configProblem() != null, TIMEOUT,
                "hopSize=4096 refused");
        assertEquals("io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 4096"
                + " (previous configuration kept)", refused.configProblem());
        assertEquals(256, refused.format().hopSize());
        LogEntry logged = Await.until(() -> logEntryAbout("hopSize must be in 1..2048"), entry -> entry != null,
                TIMEOUT,
                "the refusal in the log, which the console prints one line an entry");
        assertEquals(LogLevel.ERROR, logged.getLogLevel());
        assertFramesSpacedBy(frames, 256 / sampleRateHz);
        assertEquals(StreamState.RUNNING, streams.status().state());
        assertEquals(0, streams.status().metrics().chunksDropped());

        rewriteHop("512");
        Await.until(() -> pipeline.status().configProblem() == null && hopSize() == 512,
                TIMEOUT, () -> "a good value clears the problem; " + pipeline.status());
    }

    private LogEntry logEntryAbout(String text) {
        for (Enumeration<LogEntry> entries = log.getLog(); entries.hasMoreElements();) {
            LogEntry entry = entries.nextElement();
            Throwable cause = entry.getException();
            while (cause != null && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (entry.getMessage().contains(text)
                    || cause != null && String.valueOf(cause.getMessage()).contains(text)) {
                return entry;
            }
        }
        return null;
    }

    /** The hop in force, 0 before the first frame. */
    private int hopSize() {
        return pipeline.status().format() == null ? 0 : pipeline.status().format().hopSize();
    }

    /** Frames queued before the change, and the one that follows the old hop, come first. */
    private static void skipTheFramesOfTheOldHop(Frames frames, double seconds) throws InterruptedException {
        FeatureFrame[] previous = {frames.next(TIMEOUT)};
        frames.awaitFrame(frame -> {
            boolean newHop = Math.abs(frame.startSeconds() - previous[0].startSeconds() - seconds) < 1e-6;
            previous[0] = frame;
            return newHop;
        }, TIMEOUT, "spaced by the new hop");
    }

    private static void assertFramesSpacedBy(Frames frames, double seconds) throws InterruptedException {
        FeatureFrame previous = frames.next(TIMEOUT);
        for (int i = 0; i < 5; i++) {
            FeatureFrame frame = frames.next(TIMEOUT);
            assertEquals("frame numbers", previous.index() + 1, frame.index());
            assertEquals("spacing of frame " + frame.index(), seconds, frame.startSeconds() - previous.startSeconds(),
                    1e-6);
            previous = frame;
        }
    }

    /** Replaces the hopSize line the way an editor saves: a whole new file, moved into place. */
    private static void rewriteHop(String value) throws IOException {
        String text = Files.readString(PIPELINE_CFG).replaceAll("(?m)^hopSize\\s*=.*$", "hopSize=" + value);
        assertTrue("the shipped file has a hopSize line", text.contains("hopSize=" + value));
        Path temporary = CONFIG.resolve("io.segue.pipeline.cfg.tmp");
        Files.writeString(temporary, text);
        // a new modification time even within the file system's timestamp resolution
        FileTime previous = Files.getLastModifiedTime(PIPELINE_CFG);
        Files.setLastModifiedTime(temporary, FileTime.fromMillis(previous.toMillis() + 2000));
        try {
            Files.move(temporary, PIPELINE_CFG, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + PIPELINE_CFG, e);
        }
    }
}
