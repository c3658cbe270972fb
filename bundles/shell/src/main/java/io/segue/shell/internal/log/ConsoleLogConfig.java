package io.segue.shell.internal.log;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(name = "Segue console log",
        description = "Which log entries the console shows, one line each")
public @interface ConsoleLogConfig {

    @AttributeDefinition(description = "The least severe level shown: ERROR, WARN, INFO, DEBUG or TRACE",
            options = {@Option(label = "ERROR", value = "ERROR"), @Option(label = "WARN", value = "WARN"),
                @Option(label = "INFO", value = "INFO"), @Option(label = "DEBUG", value = "DEBUG"),
                @Option(label = "TRACE", value = "TRACE")})
    String level() default "WARN";
}
