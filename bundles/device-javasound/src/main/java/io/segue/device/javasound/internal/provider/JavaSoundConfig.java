package io.segue.device.javasound.internal.provider;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue Java Sound devices",
        description = "Buffers of the Java Sound lines Segue opens, and when a silent line counts as gone")
@interface JavaSoundConfig {

    @AttributeDefinition(name = "Line buffer (ms)", min = "" + JavaSoundSettings.MIN_BUFFER_MILLIS,
            max = "" + JavaSoundSettings.MAX_BUFFER_MILLIS,
            description = "The buffer Java Sound is asked for when a line opens, in milliseconds of audio; "
                    + "larger survives scheduling hiccups, smaller has less latency. "
                    + JavaSoundSettings.MIN_BUFFER_MILLIS + " to " + JavaSoundSettings.MAX_BUFFER_MILLIS + ".")
    int bufferMillis() default JavaSoundSettings.DEFAULT_BUFFER_MILLIS;

    @AttributeDefinition(name = "Block (frames)", min = "" + JavaSoundSettings.MIN_BLOCK_FRAMES,
            max = "" + JavaSoundSettings.MAX_BLOCK_FRAMES,
            description = "The most frames converted at once between the line and the stream. "
                    + JavaSoundSettings.MIN_BLOCK_FRAMES + " to " + JavaSoundSettings.MAX_BLOCK_FRAMES + ".")
    int blockFrames() default JavaSoundSettings.DEFAULT_BLOCK_FRAMES;

    @AttributeDefinition(name = "Stall (ms)", min = "" + JavaSoundSettings.MIN_STALL_MILLIS,
            max = "" + JavaSoundSettings.MAX_STALL_MILLIS,
            description = "A capture line that delivers no audio for this long while open is reported as stopped "
                    + "(an unplugged or hung device), so that the stream can recover instead of waiting forever. "
                    + JavaSoundSettings.MIN_STALL_MILLIS + " to " + JavaSoundSettings.MAX_STALL_MILLIS + ".")
    int stallMillis() default JavaSoundSettings.DEFAULT_STALL_MILLIS;
}
