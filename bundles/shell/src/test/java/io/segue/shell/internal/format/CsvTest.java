package io.segue.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.FeatureSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void missingIsEmptyAndInfinitiesAreSpelledOut() {
        assertEquals("", Csv.number(Double.NaN));
        assertEquals("-inf", Csv.number(Float.NEGATIVE_INFINITY));
        assertEquals("0.1", Csv.number(0.1f));
    }

    @Test
    void textWithSeparatorsIsQuoted() {
        assertEquals("dB", Csv.text("dB"));
        assertEquals("\"a,b\"", Csv.text("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
    }

    @Test
    void theSummaryOfASilentEndKeepsItsMinusInfinityAndItsNone() {
        String csv = AnalysisCsv.summary(List.of(
                new FeatureSummary("loudness", "momentary", 0, "LUFS", 500, -9.5, 1, -12, -8.9,
                        Double.NEGATIVE_INFINITY),
                new FeatureSummary("key", "file-key", 0, "", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN)));

        assertEquals("""
                feature,index,unit,count,mean,std,min,max,last
                loudness.momentary,0,LUFS,500,-9.5,1,-12,-8.9,-inf
                key.file-key,0,,0,,,,,
                """, csv);
    }
}
