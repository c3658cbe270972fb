package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.shell.internal.fakes.Extractors;
import io.segue.shell.internal.fakes.TestFrame;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisRecorderTest {

    private static final Map<String, io.segue.api.feature.ExtractorDescriptor> DESCRIPTORS =
            Map.of("onset", Extractors.ONSET, "tempo", Extractors.TEMPO);

    @Test
    void eventTimesAreTheFrameStartPlusTheOffset() {
        AnalysisRecorder recorder = new AnalysisRecorder(DESCRIPTORS, null, null);

        recorder.onFeatures(TestFrame.of(0, 1.0, 0, "onset", new float[] {1f, -0.25f}));
        recorder.onFeatures(TestFrame.of(1, 1.5, 0, "onset", new float[] {1f, Float.NaN}));

        assertEquals(List.of(0.75), recorder.onsetTimes());
        assertEquals(1, recorder.onsetCount());
        assertEquals(-1, recorder.beatCount(), "no tempo extractor in the frames");
    }

    @Test
    void aWriterThatFailsStopsTheAnalysisNamingItself() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        AnalysisRecorder recorder = new AnalysisRecorder(DESCRIPTORS, new StringWriter(), broken);

        AnalysisRecorder.OutputFailure failure = assertThrows(AnalysisRecorder.OutputFailure.class,
                () -> recorder.onFeatures(TestFrame.of(0, 0, 0, "onset", new float[] {1f, Float.NaN})));

        assertSame(broken, failure.writer);
        assertEquals("No space left on device", failure.getCause().getMessage());
    }
}
