package io.segue.extractors.internal.rms;

import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.FeatureId;
import io.segue.extractors.internal.ScalarExtractor;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** The {@link Rms} extractor as a service: id {@value #ID}, one output {@code rms} read from the waveform. */
@Component(service = FeatureExtractor.class)
@FeatureId(RmsExtractor.ID)
public final class RmsExtractor extends ScalarExtractor {

    static final String ID = "rms";

    private static final ExtractorDescriptor DESCRIPTOR = new ExtractorDescriptor(ID, "RMS", "1",
            "Root mean square level of the window's raw samples.",
            List.of(new OutputDescriptor("rms", "RMS", "", 1, 0.0, 1.0,
                    "sqrt of the mean of the squared samples of the window (not Hann-windowed); 0 for silence.")),
            Set.of(InputDomain.WAVEFORM), 0);

    public RmsExtractor() {
        super(DESCRIPTOR, (samples, format) -> Rms.rms(samples, 0, samples.length));
    }
}
