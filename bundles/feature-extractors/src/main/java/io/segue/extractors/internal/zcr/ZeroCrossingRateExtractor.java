package io.segue.extractors.internal.zcr;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import io.segue.extractors.internal.ScalarExtractor;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link ZeroCrossingRate} extractor as a service: id {@value #ID}, one output {@code zcr} read from the
 * waveform.
 */
@Component(service = FeatureExtractor.class)
@FeatureId(ZeroCrossingRateExtractor.ID)
public final class ZeroCrossingRateExtractor extends ScalarExtractor {

    static final String ID = "zcr";

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "Zero-crossing rate", "1",
            "How often the waveform changes sign within the window.",
            List.of(new OutputDescriptor("zcr", "Zero-crossing rate", "", 1, 0.0, 1.0,
                    "Fraction of the window's adjacent sample pairs whose signs differ, zero counted as positive.")),
            Set.of(InputDomain.WAVEFORM), 0);

    public ZeroCrossingRateExtractor() {
        super(DESCRIPTOR, (samples, format) -> ZeroCrossingRate.rate(samples, 0, samples.length));
    }
}
