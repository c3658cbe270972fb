package io.segue.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.segue.api.feature.FeatureListener;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.stream.Stream;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Done-when 1 of issue 7: the example third-party extractor (examples/third-party-extractor, built against the api
 * alone) dropped into the deploy folder of a running Segue is listed by {@code segue:extractors} and its values are
 * in the feature frames within 2 s; deleting the jar removes it again. The stream runs throughout and loses nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DeployFolderIT {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final String EXTRACTOR = "bass-ratio";

    @Inject
    private BundleContext context;

    @Inject
    private AudioStreamManager streams;

    @Inject
    private StreamingPipeline pipeline;

    @Inject
    private CommandProcessor commands;

    /** Relative to the itests module, where Failsafe runs: the same path in the driver and in the framework. */
    private static final Path CONFIG = Path.of("target", "deploy-folder-it", "config");
    private static final Path DEPLOY = Path.of("target", "deploy-folder-it", "deploy");

    @Configuration
    public Option[] configuration() throws IOException {
        Path config = SegueRuntime.configWithFreshLibrary(CONFIG);
        Files.createDirectories(DEPLOY);
        try (Stream<Path> left = Files.list(DEPLOY)) {
            for (Path file : left.toList()) {
                Files.delete(file);
            }
        }
        Path deployCfg = config.resolve("io.segue.deploy.cfg");
        Files.writeString(deployCfg, Files.readString(deployCfg).replaceAll("(?m)^folder=.*$",
                Matcher.quoteReplacement("folder=" + DEPLOY.toAbsolutePath().toString().replace('\\', '/'))));
        return SegueRuntime.options(config);
    }

    @After
    public void stopStream() {
        streams.stop();
    }

    @Test
    public void aBundleDroppedIntoDeployJoinsTheStreamAndLeavesWhenDeleted() throws Exception {
        Path example = Path.of(System.getProperty("segue.example.extractor"));
        assertTrue("the example extractor is built first: " + example, Files.isRegularFile(example));
        AtomicLong lastWithExtractor = new AtomicLong();
        AtomicLong lastWithout = new AtomicLong();
        AtomicReference<Float> ratio = new AtomicReference<>();
        ServiceRegistration<FeatureListener> frames = context.registerService(FeatureListener.class, frame -> {
            float[] values = frame.values(EXTRACTOR);
            if (values != null) {
                ratio.set(values[0]);
                lastWithExtractor.set(System.nanoTime());
            } else {
                lastWithout.set(System.nanoTime());
            }
        }, null);
        try {
            assertEquals(StreamState.RUNNING, streams.start("mock:sine?hz=60").state());
            Await.until(() -> lastWithout.get() != 0, SegueRuntime.TIMEOUT, () -> "frames without the example");
            assertTrue(run("segue:extractors"), !run("segue:extractors").contains(EXTRACTOR));

            Path dropped = DEPLOY.resolve("third-party-extractor.jar");
            long droppedAt = System.nanoTime();
            Files.copy(example, dropped, StandardCopyOption.REPLACE_EXISTING);
            Await.until(() -> lastWithExtractor.get() > droppedAt && run("segue:extractors").contains(EXTRACTOR),
                    WITHIN, () -> "the dropped extractor in frames and in segue:extractors; " + run("segue:deploy"));
            long joinedMillis = (lastWithExtractor.get() - droppedAt) / 1_000_000;
            assertEquals("a 60 Hz sine is all bass", 1.0, ratio.get(), 0.01);

            long deletedAt = System.nanoTime();
            Files.delete(dropped);
            Await.until(() -> lastWithout.get() > deletedAt && !run("segue:extractors").contains(EXTRACTOR),
                    WITHIN, () -> "the extractor gone after its jar was deleted; " + run("segue:deploy"));
            long leftMillis = (lastWithout.get() - deletedAt) / 1_000_000;

            assertEquals(StreamState.RUNNING, streams.status().state());
            assertEquals("chunks dropped", 0, streams.status().metrics().chunksDropped());
            assertEquals("chunks lost", 0, streams.status().metrics().chunksLost());
            System.out.println(String.format(Locale.ROOT, "[figures] deploy folder: dropped jar -> first frame with"
                    + " %s %d ms; deleted jar -> first frame without %d ms", EXTRACTOR, joinedMillis, leftMillis));
        } finally {
            frames.unregister();
        }
    }

    private String run(String command) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(output, true, StandardCharsets.UTF_8);
        CommandSession session = commands.createSession(new ByteArrayInputStream(new byte[0]), sink, sink);
        try {
            Object result = session.execute(command);
            return (result == null ? "" : result.toString()) + output.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(command + " failed: " + e, e);
        } finally {
            session.close();
        }
    }
}
