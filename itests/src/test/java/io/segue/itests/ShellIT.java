package io.segue.itests;

import static io.segue.itests.SegueRuntime.TIMEOUT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * What an operator types at the {@code segue>} prompt, run through Gogo's command processor: start a mock sine,
 * watch the status count chunks with no drops, and read the centroid of the latest frames.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShellIT {

    private static final Pattern CAPTURED = Pattern.compile("(?m)^chunks captured\\s+(\\d+)$");
    private static final Pattern DROPPED = Pattern.compile("(?m)^chunks dropped\\s+(\\d+)$");
    private static final Pattern CENTROID = Pattern.compile("spectral-centroid\\.centroid=([0-9.]+) Hz");

    @Inject
    private CommandProcessor processor;

    private CommandSession session;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @Before
    public void openSession() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), sink, sink);
    }

    @After
    public void stop() throws Exception {
        session.execute("segue:stop");
        session.close();
    }

    @Test
    public void startStatusAndFeaturesOnAMockSine() throws Exception {
        String started = run("segue:start 'mock:sine?hz=440'");
        assertTrue(started, started.startsWith("RUNNING on mock:sine?hz=440, 22050 Hz, mono"));

        long first = captured(run("segue:status"));
        String status = Await.until(() -> run("segue:status"), text -> captured(text) >= first + 10, TIMEOUT,
                "chunks rising in segue:status");
        assertEquals("chunks dropped in:\n" + status, 0, number(DROPPED, status));

        String features = Await.until(() -> run("segue:features -n 3"), text -> centroids(text).size() == 3,
                TIMEOUT, "three frames with a centroid in segue:features -n 3");
        for (double centroid : centroids(features)) {
            assertEquals("centroid in:\n" + features, 440, centroid, 4.4);
        }
    }

    @Test
    public void anOperatorRehearsesADeviceFailureAtThePrompt() throws Exception {
        String tested = run("segue:device-test -d 0.2 mock:noise");
        assertTrue(tested, tested.startsWith("OK: mock:noise captured 4410 frames"));
        String usage = run("segue:fault");
        assertTrue(usage, usage.contains("unplug [ms]"));

        run("segue:start mock:noise");
        String injected = run("segue:fault mock:noise unplug");
        assertTrue(injected, injected.startsWith("mock:noise unplugged"));
        String onFallback = Await.until(() -> run("segue:status"), text -> text.contains("on fallback device"),
                TIMEOUT, "the fallback in segue:status");
        assertTrue(onFallback, onFallback.contains(
                "on fallback device mock:sine; preferred device mock:noise is unavailable"));
        run("segue:fault clear mock:noise");
        String back = Await.until(() -> run("segue:status"), text -> text.contains("device             mock:noise")
                && !text.contains("on fallback device"), TIMEOUT, "back on mock:noise in segue:status");
        assertTrue(back, back.contains("recoveries         2"));
        String metrics = run("segue:metrics");
        assertTrue(metrics, metrics.startsWith("device to feature frame latency: p50 "));
    }

    private String run(String command) {
        try {
            Object result = session.execute(command);
            return result == null ? "" : result.toString();
        } catch (Exception e) {
            throw new AssertionError(command + " failed: " + e, e);
        }
    }

    private static long captured(String status) {
        return number(CAPTURED, status);
    }

    private static long number(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in:\n" + text);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static List<Double> centroids(String features) {
        List<Double> values = new ArrayList<>();
        Matcher matcher = CENTROID.matcher(features);
        while (matcher.find()) {
            values.add(Double.parseDouble(matcher.group(1)));
        }
        return values;
    }
}
