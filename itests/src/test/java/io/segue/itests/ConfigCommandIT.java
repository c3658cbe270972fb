package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Done-when 3 of issue 7: at the prompt, {@code segue:config set} with a bad value prints the reason and the old
 * value stays in force (in ConfigAdmin, in the cfg file and in the running pipeline); a good value reaches the
 * running pipeline and its file.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigCommandIT {

    /** Relative to the itests module, where Failsafe runs: the same path in the driver and in the framework. */
    private static final Path CONFIG = Path.of("target", "config-command-it");

    @Inject
    private CommandProcessor commands;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options(SegueRuntime.configWithFreshLibrary(CONFIG));
    }

    @After
    public void stopStream() {
        streams.stop();
    }

    @Test
    public void aBadValueIsRefusedWithItsReasonAndTheOldOneStays() throws Exception {
        assertEquals(StreamState.RUNNING, streams.start("mock:sine").state());
        Await.until(() -> hopSize() == 512, TIMEOUT, () -> "the shipped hop in force; " + pipeline.status());
        Path cfg = CONFIG.resolve("io.segue.pipeline.cfg");
        String fileBefore = Files.readString(cfg);

        String refused = runExpectingFailure("segue:config set io.segue.pipeline hopSize 4096");
        assertEquals("refused: io.segue.pipeline: hopSize must be in 1..2048 (at most windowSize), was 4096;"
                + " hopSize stays 512", refused);
        String outOfRange = runExpectingFailure("segue:config set io.segue.pipeline featuresQueueCapacity 1");
        assertTrue(outOfRange, outOfRange.startsWith("refused: ") && outOfRange.contains("2..10000")
                && outOfRange.endsWith("featuresQueueCapacity stays 100"));

        assertEquals("ConfigAdmin still holds the old value", "512",
                String.valueOf(configurationAdmin.getConfiguration("io.segue.pipeline", "?").getProperties()
                        .get("hopSize")));
        assertEquals("the cfg file is untouched", fileBefore, Files.readString(cfg));
        assertEquals(512, hopSize());
        assertEquals("no refusal reached the component", null, pipeline.status().configProblem());
        String shown = run("segue:config get io.segue.pipeline");
        assertTrue(shown, shown.lines().anyMatch(line -> line.matches("hopSize\\s+512\\s+Integer\\s+512\\s.*")));

        String applied = run("segue:config set io.segue.pipeline hopSize 256");
        assertTrue(applied, applied.startsWith("io.segue.pipeline hopSize: 512 -> 256"));
        Await.until(() -> hopSize() == 256, TIMEOUT, () -> "the new hop in the running pipeline; " + pipeline.status());
        assertTrue("saved in the file", Files.readString(cfg).lines().anyMatch("hopSize=256"::equals));
        assertEquals(StreamState.RUNNING, streams.status().state());
    }

    private int hopSize() {
        return pipeline.status().format() == null ? 0 : pipeline.status().format().hopSize();
    }

    private String run(String command) throws Exception {
        Object result = session().execute(command);
        return result == null ? "" : result.toString();
    }

    /** The message an operator sees for a command that fails. */
    private String runExpectingFailure(String command) {
        try {
            Object result = session().execute(command);
            throw new AssertionError(command + " was accepted: " + result);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(command + " failed otherwise: " + e, e);
        }
    }

    private CommandSession session() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return commands.createSession(new ByteArrayInputStream(new byte[0]), sink, sink);
    }
}
