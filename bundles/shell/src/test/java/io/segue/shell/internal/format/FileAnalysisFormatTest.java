package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.FeatureSummary;
import io.segue.api.feature.FileAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileAnalysisFormatTest {

    private static final List<FeatureSummary> SUMMARIES = List.of(
            new FeatureSummary("spectral-centroid", "centroid", 0, "Hz", 860, 440.1, 0.5, 439, 441.2, Double.NaN));

    @Test
    void summarizesTheRunThenTabulatesTheFeatures() {
        FileAnalysis analysis = new FileAnalysis("/music/a.wav", new AudioFormat(44100, 2),
                new AnalysisFormat(44100, 2048, 512), 10.0, 860, 125, SUMMARIES, List.of());

        assertEquals("""
                file        /music/a.wav
                format      44100 Hz, 2 channels
                window/hop  2048/512 samples at 44100 Hz, mono
                duration    10.000 s
                frames      860
                elapsed     125 ms (80.0x real time)
                tempo       - (no 'tempo' extractor)
                key         - (no 'key' extractor)
                loudness    - (no 'loudness' extractor)
                energy      - (no 'energy' extractor)
                onsets      - (no 'onset' extractor)
                beats       - (no 'tempo' extractor)

                feature                     unit   mean  std  min    max
                --------------------------  ----  -----  ---  ---  -----
                spectral-centroid.centroid  Hz    440.1  0.5  439  441.2""", report(analysis));
    }

    @Test
    void anInstantAnalysisHasNoSpeedFactor() {
        FileAnalysis analysis = new FileAnalysis("short.wav", AudioFormat.mono(22050),
                new AnalysisFormat(22050, 2048, 512), 0.1, 1, 0, SUMMARIES, List.of());

        assertTrue(report(analysis).contains("\nelapsed     under 1 ms\n"));
    }

    @Test
    void aFileShorterThanOneWindowSaysSo() {
        FileAnalysis analysis = new FileAnalysis("blip.wav", AudioFormat.mono(44100),
                new AnalysisFormat(44100, 2048, 512), 0.01, 0, 0, List.of(), List.of());

        assertTrue(report(analysis).endsWith(
                "\n\nno frames: the file is shorter than one analysis window (2048 samples at 44100 Hz)"),
                report(analysis));
    }

    @Test
    void extractorProblemsAreListedUnderTheSummary() {
        FileAnalysis analysis = new FileAnalysis("a.wav", AudioFormat.mono(22050),
                new AnalysisFormat(22050, 2048, 512), 1.0, 40, 5, SUMMARIES,
                List.of("extractor key failed and was disabled: boom"));

        assertTrue(report(analysis).contains(
                "\nproblem     extractor key failed and was disabled: boom\n"), report(analysis));
    }

    private static String report(FileAnalysis analysis) {
        return FileAnalysisFormat.report(analysis, MusicalSummary.of(analysis, -1, -1));
    }
}
