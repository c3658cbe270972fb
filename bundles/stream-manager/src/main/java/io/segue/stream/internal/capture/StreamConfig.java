package io.segue.stream.internal.capture;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue input stream",
        description = "The live input stream: device, format and queue bounds. Applies at the next start.")
public @interface StreamConfig {

    String PID = "io.segue.stream";

    @AttributeDefinition(description = "Device to open when none is named, e.g. mock:sine")
    String device() default "mock:sine";

    @AttributeDefinition(description = "Device to open instead when the configured one is missing or fails to open "
            + "(empty: none)")
    String fallbackDevice() default "mock:sine";

    @AttributeDefinition(min = "8000", max = "192000", description = "Stream sample rate in Hz, 8000..192000")
    int sampleRateHz() default 22050;

    @AttributeDefinition(min = "16", max = "16384", description = "Frames per chunk, 16..16384")
    int chunkFrames() default 1024;

    @AttributeDefinition(min = "2", max = "10000",
            description = "Chunks the input queue holds, 2..10000, at most 8388608 samples in all")
    int inputQueueCapacity() default 100;

    @AttributeDefinition(min = "2", max = "10000", description = "Chunks the output queue holds, 2..10000")
    int outputQueueCapacity() default 100;
}
