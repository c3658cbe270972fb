package io.segue.shell.internal.format;

import io.segue.api.feature.FeatureSummary;
import java.util.List;

/** The summary file of {@code segue:analyze --csv}: one line per output value. */
public final class AnalysisCsv {

    private AnalysisCsv() {
    }

    /** A header line, then one line per summarized value; missing values are empty fields. */
    public static String summary(List<FeatureSummary> summaries) {
        StringBuilder csv = new StringBuilder("feature,index,unit,count,mean,std,min,max,last\n");
        for (FeatureSummary s : summaries) {
            csv.append(Csv.text(FeatureFormat.label(s.extractorId(), s.outputId()))).append(',').append(s.index())
                    .append(',').append(Csv.text(s.unit())).append(',').append(s.count()).append(',')
                    .append(Csv.number(s.mean())).append(',').append(Csv.number(s.stdDev())).append(',')
                    .append(Csv.number(s.min())).append(',').append(Csv.number(s.max())).append(',')
                    .append(Csv.number(s.last())).append('\n');
        }
        return csv.toString();
    }
}
