package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.FileAnalysis;
import io.segue.shell.internal.fakes.CommandAnnotations;
import io.segue.shell.internal.fakes.Extractors;
import io.segue.shell.internal.fakes.FakePipeline;
import io.segue.shell.internal.fakes.TestFrame;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCommandsTest {

    private final FakePipeline pipeline = new FakePipeline()
            .withExtractors(Extractors.active(Extractors.RMS), Extractors.active(Extractors.CENTROID));
    private final FeatureCommands commands = new FeatureCommands(pipeline);

    @TempDir
    Path dir;

    @Test
    void extractorsListsEveryExtractor() {
        String table = commands.extractors();

        assertTrue(table.startsWith("id "), table);
        assertTrue(table.contains("\nrms "), table);
        assertTrue(table.contains("centroid[1] Hz"), table);
    }

    @Test
    void featuresShowsTheNewestFramesLabelledWithUnits() {
        pipeline.withLatest(
                TestFrame.of(1, 0.023, 0, "rms", new float[] {0.1f}, "spectral-centroid", new float[] {430f}),
                TestFrame.of(2, 0.046, 0, "rms", new float[] {0.354f}, "spectral-centroid", new float[] {440.28f}));

        String frames = commands.features("1");

        assertEquals(1, pipeline.requestedCount());
        assertEquals("""
                frame  time (s)  features
                -----  --------  ---------------------------------------------
                    2     0.046  rms=0.354 spectral-centroid.centroid=440.3 Hz""", frames);
    }

    @Test
    void featuresTakesFiveFramesUnlessToldOtherwise() throws NoSuchMethodException {
        Parameter count = FeatureCommands.class.getMethod("features", String.class).getParameters()[0]
                .getAnnotation(Parameter.class);

        assertEquals("-n,--count", String.join(",", count.names()));
        assertEquals("5", count.absentValue());
    }

    @Test
    void featuresPointsToStartWhenThereAreNone() {
        assertEquals("no feature frames yet: is the stream running? try segue:start", commands.features("5"));
    }

    @Test
    void featuresRefusesACountOutOfRange() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> commands.features("0"));
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> commands.features("1001"));

        assertEquals("-n/--count must be in 1..1000, was 0", zero.getMessage());
        assertEquals("-n/--count must be in 1..1000, was 1001", tooMany.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class, () -> commands.features("x"));
        assertEquals("-n/--count must be a whole number in 1..1000, was 'x'", word.getMessage());
        assertEquals(0, pipeline.requestedCount(), "the pipeline is not asked for an invalid count");
    }

    @Test
    void analyzeResolvesTheFileInTheShellsDirectoryAndReports() throws IOException {
        Path file = Files.createFile(dir.resolve("a.wav"));
        pipeline.analyzing(new FileAnalysis(file.toString(), AudioFormat.mono(22050),
                new AnalysisFormat(22050, 2048, 512), 2.0, 83, 20,
                List.of(new FeatureSummary("rms", "rms", 0, "", 83, 0.5, 0.1, 0.2, 0.8, Double.NaN)), List.of()));

        String report = commands.analyze(sessionIn(dir), "a.wav");

        assertEquals(file, pipeline.analyzed());
        assertTrue(report.startsWith("file        " + file + "\n"), report);
        assertTrue(report.contains("\nelapsed     20 ms (100.0x real time)\n"), report);
        assertTrue(report.endsWith("\nrms             0.5  0.1  0.2  0.8"), report);
    }

    @Test
    void analyzeOfAFileShorterThanOneWindowSaysSoInOneLine() throws IOException {
        Files.createFile(dir.resolve("blip.wav"));
        pipeline.analyzing(new FileAnalysis(dir.resolve("blip.wav").toString(), AudioFormat.mono(44100),
                new AnalysisFormat(44100, 2048, 512), 0.01, 0, 0, List.of(), List.of()));

        String report = commands.analyze(sessionIn(dir), "blip.wav");

        assertTrue(report.endsWith(
                "\n\nno frames: the file is shorter than one analysis window (2048 samples at 44100 Hz)"), report);
        assertTrue(report.contains("\nframes      0\n"), report);
    }

    @Test
    void analyzeListsEachProblemOfTheAnalysis() throws IOException {
        Files.createFile(dir.resolve("a.wav"));
        pipeline.analyzing(new FileAnalysis(dir.resolve("a.wav").toString(), AudioFormat.mono(22050),
                new AnalysisFormat(22050, 2048, 512), 2.0, 83, 20,
                List.of(new FeatureSummary("rms", "rms", 0, "", 83, 0.5, 0.1, 0.2, 0.8, Double.NaN)),
                List.of("extractor key failed at frame 3 and was disabled: boom", "extractor tempo could not run")));

        String report = commands.analyze(sessionIn(dir), "a.wav");

        assertTrue(report.contains("\nproblem     extractor key failed at frame 3 and was disabled: boom"
                + "\nproblem     extractor tempo could not run\n"), report);
    }

    @Test
    void aMissingFileIsLeftToThePipelineWhichNamesItInOneLine() {
        Path missing = dir.resolve("missing.wav");

        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> commands.analyze(sessionIn(dir), "missing.wav"));

        assertEquals(missing, pipeline.analyzed(), "the path, resolved in the shell's directory, reaches the pipeline");
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void aDirectoryIsLeftToThePipelineWhichNamesIt() {
        IOException e = assertThrows(IOException.class, () -> commands.analyze(sessionIn(dir), dir.toString()));

        assertEquals(dir, pipeline.analyzed(), "an absolute path is not resolved against the shell's directory");
        assertEquals(dir + ": is a directory, not an audio file", e.getMessage());
    }

    @Test
    void withoutASessionDirectoryThePathIsTakenAsGiven() {
        assertThrows(NoSuchFileException.class, () -> commands.analyze(null, "relative/x.wav"));

        assertEquals(Path.of("relative/x.wav"), pipeline.analyzed());
    }

    @Test
    void analyzePassesOnThePipelinesFailure() throws IOException {
        Files.createFile(dir.resolve("b.ogg"));
        IOException failure = new IOException(dir.resolve("b.ogg") + ": no decoder reads .ogg files");
        pipeline.failingAnalysis(failure);

        assertSame(failure, assertThrows(IOException.class, () -> commands.analyze(sessionIn(dir), "b.ogg")));
    }

    @Test
    void everyCommandAndArgumentIsDescribed() {
        CommandAnnotations.assertEveryCommandDescribed(FeatureCommands.class);
    }

    /** A session whose only answer is its current directory, as Gogo's {@code cd} sets it. */
    private static CommandSession sessionIn(Path currentDir) {
        return (CommandSession) Proxy.newProxyInstance(CommandSession.class.getClassLoader(),
                new Class<?>[] {CommandSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("currentDir") && args == null) {
                        return currentDir;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
