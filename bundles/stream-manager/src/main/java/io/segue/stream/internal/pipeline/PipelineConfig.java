package io.segue.stream.internal.pipeline;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue streaming pipeline",
        description = "How the live stream is framed for feature extraction. Changes apply to the running stream.")
public @interface PipelineConfig {

    String PID = "io.segue.pipeline";

    @AttributeDefinition(min = "256", max = "16384",
            description = "Samples per analysis window, a power of two in 256..16384")
    int windowSize() default 2048;

    @AttributeDefinition(min = "1", max = "16384", description = "Samples between frames, 1..windowSize")
    int hopSize() default 512;

    @AttributeDefinition(min = "2", max = "10000", description = "Feature frames the features queue holds, 2..10000")
    int featuresQueueCapacity() default 100;

    @AttributeDefinition(min = "2", max = "10000",
            description = "Feature frames queued for the predictors, 2..10000; the oldest is dropped when they lag")
    int predictionsQueueCapacity() default 50;
}
