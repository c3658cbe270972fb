package io.segue.extractors.internal.mfcc;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue MFCC extractor",
        description = "The MFCC preset. The defaults are librosa.feature.mfcc's: 20 coefficients of 128 Slaney mel "
                + "bands, 80 dB below the frame's loudest band kept.")
public @interface MfccConfig {

    String PID = "io.segue.extractor.mfcc";

    @AttributeDefinition(min = "1", max = "512", description = "Coefficients per frame, 1..melBands")
    int coefficients() default Mfcc.DEFAULT_COEFFICIENTS;

    @AttributeDefinition(min = "2", max = "512", description = "Slaney mel bands from 0 Hz to Nyquist, 2..512")
    int melBands() default Mfcc.DEFAULT_MEL_BANDS;

    @AttributeDefinition(min = "1", max = "200",
            description = "Dynamic range kept below the frame's loudest mel band, in dB, 1..200")
    double topDb() default Mfcc.DEFAULT_TOP_DB;
}
