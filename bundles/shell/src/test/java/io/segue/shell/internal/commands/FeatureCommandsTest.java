package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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

        String report = commands.analyze(sessionIn(dir), "", "", "a.wav");

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

        String report = commands.analyze(sessionIn(dir), "", "", "blip.wav");

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

        String report = commands.analyze(sessionIn(dir), "", "", "a.wav");

        assertTrue(report.contains("\nproblem     extractor key failed at frame 3 and was disabled: boom"
                + "\nproblem     extractor tempo could not run\n"), report);
    }

    @Test
    void aMissingFileIsLeftToThePipelineWhichNamesItInOneLine() {
        Path missing = dir.resolve("missing.wav");

        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> commands.analyze(sessionIn(dir), "", "", "missing.wav"));

        assertEquals(missing, pipeline.analyzed(), "the path, resolved in the shell's directory, reaches the pipeline");
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void aDirectoryIsLeftToThePipelineWhichNamesIt() {
        IOException e = assertThrows(IOException.class, () -> commands.analyze(sessionIn(dir), "", "", dir.toString()));

        assertEquals(dir, pipeline.analyzed(), "an absolute path is not resolved against the shell's directory");
        assertEquals(dir + ": is a directory, not an audio file", e.getMessage());
    }

    @Test
    void withoutASessionDirectoryThePathIsTakenAsGiven() {
        assertThrows(NoSuchFileException.class, () -> commands.analyze(null, "", "", "relative/x.wav"));

        assertEquals(Path.of("relative/x.wav"), pipeline.analyzed());
    }

    @Test
    void analyzePassesOnThePipelinesFailure() throws IOException {
        Files.createFile(dir.resolve("b.ogg"));
        IOException failure = new IOException(dir.resolve("b.ogg") + ": no decoder reads .ogg files");
        pipeline.failingAnalysis(failure);

        assertSame(failure, assertThrows(IOException.class, () -> commands.analyze(sessionIn(dir), "", "", "b.ogg")));
    }

    @Test
    void analyzeReportsTempoKeyLoudnessOnsetsAndBeatsFromTheWholeFileValues() throws IOException {
        Files.createFile(dir.resolve("a.wav"));
        pipeline.withExtractors(Extractors.active(Extractors.RMS), Extractors.active(Extractors.TEMPO),
                Extractors.active(Extractors.KEY), Extractors.active(Extractors.ONSET));
        pipeline.analyzing(analysisWithTempoAndKey(dir.resolve("a.wav")), framesWithEvents());

        String report = commands.analyze(sessionIn(dir), "", "", "a.wav");

        assertTrue(report.contains("\ntempo       128.0 BPM (confidence 0.80)\n"), report);
        assertTrue(report.contains("\nkey         A minor  8A  1m (strength 0.66)\n"), report);
        assertTrue(report.contains("\nloudness    - (no 'loudness' extractor)\n"), report);
        assertTrue(report.contains("\nonsets      1\nbeats       1\n"), report);
    }

    @Test
    void analyzeSaysNoneWhereTheExtractorsFoundNoTempoOrKey() throws IOException {
        Files.createFile(dir.resolve("silence.wav"));
        pipeline.analyzing(new FileAnalysis(dir.resolve("silence.wav").toString(), AudioFormat.mono(22050),
                new AnalysisFormat(22050, 2048, 512), 2.0, 83, 20, List.of(
                        new FeatureSummary("tempo", "file-bpm", 0, "BPM", 0, 0, 0, 0, 0, Double.NaN),
                        new FeatureSummary("key", "file-key", 0, "", 0, 0, 0, 0, 0, Double.NaN)), List.of()));

        String report = commands.analyze(sessionIn(dir), "", "", "silence.wav");

        assertTrue(report.contains("\ntempo       none\nkey         none\n"), report);
    }

    @Test
    void analyzeSaysNoneRatherThanNaNForAFileTooShortForLoudness() throws IOException {
        Files.createFile(dir.resolve("blip.wav"));
        pipeline.analyzing(new FileAnalysis(dir.resolve("blip.wav").toString(), AudioFormat.mono(22050),
                new AnalysisFormat(22050, 2048, 512), 0.3, 9, 1, List.of(
                        new FeatureSummary("loudness", "integrated", 0, "LUFS", 0, Double.NaN, Double.NaN, Double.NaN,
                                Double.NaN, Double.NaN),
                        new FeatureSummary("energy", "energy", 0, "", 0, Double.NaN, Double.NaN, Double.NaN,
                                Double.NaN, Double.NaN),
                        new FeatureSummary("key", "file-key", 0, "", 9, 30, 0, 30, 30, 30)), List.of()));

        String report = commands.analyze(sessionIn(dir), "", "", "blip.wav");

        assertTrue(report.contains("\nloudness    none (nothing above the -70 LUFS gate, or shorter than 400 ms)\n"),
                report);
        assertTrue(report.contains("\nenergy      none (shorter than 400 ms)\n"), report);
        assertTrue(report.contains("\nkey         none\n"), "30 is no key index: " + report);
        assertFalse(report.contains("NaN"), report);
    }

    @Test
    void analyzeJsonIsOneDocumentWithTheSummaryEventTimesAndEveryFrame() throws IOException {
        Files.createFile(dir.resolve("a.wav"));
        pipeline.withExtractors(Extractors.active(Extractors.RMS), Extractors.active(Extractors.TEMPO),
                Extractors.active(Extractors.KEY), Extractors.active(Extractors.ONSET));
        pipeline.analyzing(analysisWithTempoAndKey(dir.resolve("a.wav")), framesWithEvents());

        String report = commands.analyze(sessionIn(dir), "a.json", "", "a.wav");

        assertTrue(report.endsWith("\n\nwrote the summary and 83 frames to " + dir.resolve("a.json")), report);
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("a.json"))).getAsJsonObject();

        assertEquals(128.0, json.getAsJsonObject("tempo").get("bpm").getAsDouble());
        assertEquals("8A", json.getAsJsonObject("key").get("camelot").getAsString());
        assertEquals("A minor", json.getAsJsonObject("key").get("name").getAsString());
        JsonArray onsets = json.getAsJsonArray("onsets");
        assertEquals(1, onsets.size());
        assertEquals(0.5 - 0.02, onsets.get(0).getAsDouble(), 1e-6, "frame start + the event's offset");
        assertEquals(0.25 - 0.1, json.getAsJsonArray("beats").get(0).getAsDouble(), 1e-6);
        assertEquals(1, json.getAsJsonArray("beats").size());
        JsonArray frames = json.getAsJsonArray("frames");
        assertEquals(3, frames.size());
        assertEquals(0.25, frames.get(1).getAsJsonObject().get("time").getAsDouble());
        assertTrue(frames.get(0).getAsJsonObject().get("onset").isJsonNull(), "no event: null, not NaN");
        assertEquals(0.5f, frames.get(2).getAsJsonObject().get("rms").getAsFloat());
        assertTrue(json.get("loudness").getAsJsonObject().get("integratedLufs").isJsonNull());
    }

    @Test
    void analyzeCsvWritesEveryFrameAndTheSummaryBesideIt() throws IOException {
        Files.createFile(dir.resolve("a.wav"));
        pipeline.withExtractors(Extractors.active(Extractors.RMS), Extractors.active(Extractors.ONSET));
        pipeline.analyzing(analysisWithTempoAndKey(dir.resolve("a.wav")), framesWithEvents());

        String report = commands.analyze(sessionIn(dir), "", "frames.csv", "a.wav");

        List<String> lines = Files.readAllLines(dir.resolve("frames.csv"));
        assertEquals(List.of("frame,time,rms,onset.strength,onset,tempo[0],tempo[1],tempo[2],tempo[3],tempo[4]",
                "0,0,0.25,1,,,0,,,0", "1,0.25,0.5,3,,128,0.5,-0.1,128,0.5", "2,0.5,0.5,2,-0.02,128,0.8,,128,0.8"),
                lines, "an extractor without a descriptor (tempo here) keeps its raw values; NaN is an empty field");
        List<String> summary = Files.readAllLines(dir.resolve("frames.summary.csv"));
        assertEquals("feature,index,unit,count,mean,std,min,max,last", summary.get(0));
        assertTrue(summary.contains("tempo.file-bpm,0,BPM,83,128,0,128,128,128"), summary.toString());
        assertTrue(report.endsWith("\nwrote 83 frames to " + dir.resolve("frames.csv") + ", the summary to "
                + dir.resolve("frames.summary.csv")), report);
    }

    @Test
    void aFailedAnalysisLeavesAnExistingCsvAsItWas() throws IOException {
        Files.createFile(dir.resolve("b.ogg"));
        Files.writeString(dir.resolve("frames.csv"), "precious");
        pipeline.failingAnalysis(new IOException("b.ogg: no decoder reads .ogg files"));

        assertThrows(IOException.class, () -> commands.analyze(sessionIn(dir), "", "frames.csv", "b.ogg"));

        assertEquals("precious", Files.readString(dir.resolve("frames.csv")));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aCsvInAMissingDirectoryIsRefusedByName() throws IOException {
        Files.createFile(dir.resolve("a.wav"));

        IOException e = assertThrows(IOException.class,
                () -> commands.analyze(sessionIn(dir), "", "no/such/frames.csv", "a.wav"));

        assertEquals("--csv " + dir.resolve("no/such/frames.csv") + ": no such directory " + dir.resolve("no/such"),
                e.getMessage());
    }

    @Test
    void theAudioFileIsNeverOverwritten() throws IOException {
        Files.writeString(dir.resolve("a.wav"), "RIFF");

        IOException csv = assertThrows(IOException.class, () -> commands.analyze(sessionIn(dir), "", "a.wav", "a.wav"));
        IOException json = assertThrows(IOException.class,
                () -> commands.analyze(sessionIn(dir), "a.wav", "", "a.wav"));

        assertEquals("--csv " + dir.resolve("a.wav") + ": is the audio file being analysed; give another name",
                csv.getMessage());
        assertTrue(json.getMessage().startsWith("--json "), json.getMessage());
        assertEquals("RIFF", Files.readString(dir.resolve("a.wav")));
        assertEquals(null, pipeline.analyzed(), "refused before the analysis");
    }

    @Test
    void aSummaryTargetThatIsADirectoryIsRefusedBeforeAnythingIsWritten() throws IOException {
        Files.createFile(dir.resolve("a.wav"));
        pipeline.withExtractors(Extractors.active(Extractors.RMS));
        pipeline.analyzing(analysisWithTempoAndKey(dir.resolve("a.wav")), framesWithEvents());
        Files.createDirectory(dir.resolve("frames.summary.csv"));

        IOException e = assertThrows(IOException.class,
                () -> commands.analyze(sessionIn(dir), "", "frames.csv", "a.wav"));

        assertEquals("--csv " + dir.resolve("frames.summary.csv") + ": is a directory; give a file name",
                e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.wav", "frames.summary.csv"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no CSV and no temporary file");
        }
    }

    private static FileAnalysis analysisWithTempoAndKey(Path file) {
        return new FileAnalysis(file.toString(), AudioFormat.mono(22050), new AnalysisFormat(22050, 2048, 512), 2.0,
                83, 20, List.of(new FeatureSummary("rms", "rms", 0, "", 83, 0.5, 0.1, 0.2, 0.8, 0.5),
                        new FeatureSummary("tempo", "file-bpm", 0, "BPM", 83, 128, 0, 128, 128, 128),
                        new FeatureSummary("tempo", "file-confidence", 0, "", 83, 0.8, 0, 0.8, 0.8, 0.8),
                        new FeatureSummary("key", "file-key", 0, "", 83, 21, 0, 21, 21, 21),
                        new FeatureSummary("key", "file-strength", 0, "", 83, 0.66, 0, 0.66, 0.66, 0.66)),
                List.of());
    }

    /** Three frames 0.25 s apart; an onset reported by the last (0.02 s before its start), a beat by the second. */
    private static TestFrame[] framesWithEvents() {
        float nan = Float.NaN;
        return new TestFrame[] {
            TestFrame.of(0, 0.0, 0, "rms", new float[] {0.25f}, "onset", new float[] {1f, nan}, "tempo",
                    new float[] {nan, 0f, nan, nan, 0f}),
            TestFrame.of(1, 0.25, 0, "rms", new float[] {0.5f}, "onset", new float[] {3f, nan}, "tempo",
                    new float[] {128f, 0.5f, -0.1f, 128f, 0.5f}),
            TestFrame.of(2, 0.5, 0, "rms", new float[] {0.5f}, "onset", new float[] {2f, -0.02f}, "tempo",
                    new float[] {128f, 0.8f, nan, 128f, 0.8f})};
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
