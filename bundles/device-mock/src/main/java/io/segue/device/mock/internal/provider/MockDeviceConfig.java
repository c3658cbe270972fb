package io.segue.device.mock.internal.provider;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of the mock devices; each can be overridden per open with an option after the device id. */
@ObjectClassDefinition(
        name = "Segue mock audio devices",
        description = "Generated signals (sine, noise, silence, click track) and WAV file playback as input devices, "
                + "and a WAV file recorder as output device")
public @interface MockDeviceConfig {

    @AttributeDefinition(name = "Sine frequency (Hz)", min = "0", max = "96000",
            description = "Frequency of mock:sine, in (0, 96000] and below half the sample rate; option hz")
    double sineFrequencyHz() default 440;

    @AttributeDefinition(name = "Amplitude", min = "0", max = "1",
            description = "Peak of the sine and the clicks, bound of the noise, in [0, 1]; option amplitude")
    double amplitude() default 0.5;

    @AttributeDefinition(name = "Click track tempo (BPM)", min = "0", max = "1000",
            description = "Beats per minute of mock:clicks, in (0, 1000]; option bpm")
    double clickBpm() default 120;

    @AttributeDefinition(name = "Noise seed",
            description = "Seed of mock:noise: the same seed gives the same samples; option seed")
    long noiseSeed() default 0;

    @AttributeDefinition(name = "WAV file",
            description = "Path of the WAV file mock:file plays; empty for none; option path")
    String file() default "";

    @AttributeDefinition(name = "Real time",
            description = "Pace reads and writes to real time like a sound card; false delivers (and writes) as fast "
                    + "as the reader reads (the writer writes); option realtime")
    boolean realtime() default true;

    @AttributeDefinition(name = "Output WAV file",
            description = "Path of the WAV file the output device mock:wav-out writes (16-bit PCM); a relative path "
                    + "is resolved against the working directory of the Segue process; option file")
    String outputFile() default "segue-output.wav";

    @AttributeDefinition(name = "Output buffer (ms)", min = "1", max = "2000",
            description = "The buffer of mock:wav-out, its latency, in [1, 2000] milliseconds; option bufferMillis")
    int outputBufferMillis() default 50;
}
