package io.segue.stream.internal.devices;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue audio devices",
        description = "How often the device list is polled to notice devices that appear or disappear.")
public @interface DevicesConfig {

    String PID = "io.segue.devices";

    @AttributeDefinition(min = "0", max = "60000",
            description = "Milliseconds between looks at every provider's devices, 50..60000, or 0 for never")
    int pollMillis() default 1000;
}
