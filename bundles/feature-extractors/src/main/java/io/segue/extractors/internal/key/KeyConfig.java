package io.segue.extractors.internal.key;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue key extractor",
        description = "The musical key over a sliding window and over the whole stream or file.")
public @interface KeyConfig {

    String PID = "io.segue.extractor.key";

    /** The smallest window. */
    double MIN_WINDOW_SECONDS = 2.0;

    /** The largest window. */
    double MAX_WINDOW_SECONDS = 600.0;

    @AttributeDefinition(min = "2", max = "600",
            description = "Seconds of audio the sliding-window key is estimated over, 2..600; a stream or file "
                    + "shorter than this has no key")
    double windowSeconds() default 30.0;
}
