package io.segue.stream.internal.capture;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue input stream",
        description = "The live input and output streams: devices, fallback, recovery, format and queue bounds."
                + " Applies at the next start.")
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

    @AttributeDefinition(min = "1", max = "10000",
            description = "Milliseconds before the second attempt to reopen a failed device, 1..10000; doubles per"
                    + " attempt")
    int retryInitialMillis() default 20;

    @AttributeDefinition(min = "1", max = "60000", description = "Longest wait between attempts to reopen a device,"
            + " and how often a stream on the fallback device looks for its preferred one, in ms, 1..60000")
    int retryMaxMillis() default 500;

    @AttributeDefinition(min = "0", max = "600000", description = "How long a failed device is retried alone before the"
            + " fallback device is tried too, in ms, 0..600000")
    int fallbackAfterMillis() default 250;

    @AttributeDefinition(min = "100", max = "60000",
            description = "How long a running device may deliver nothing before it counts as failed, in ms, 100..60000")
    int stallTimeoutMillis() default 1000;

    @AttributeDefinition(description = "Move back to the preferred device when it returns while the stream runs on the"
            + " fallback device")
    boolean returnToPreferred() default true;

    @AttributeDefinition(description = "Output device to move to when the output stream's device fails and stays away"
            + " (empty: none)")
    String outputFallbackDevice() default "";
}
