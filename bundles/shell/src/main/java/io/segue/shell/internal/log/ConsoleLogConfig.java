package io.segue.shell.internal.log;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue console log",
        description = "Which log entries the console shows, one line each")
public @interface ConsoleLogConfig {

    @AttributeDefinition(description = "The least severe level shown: ERROR, WARN, INFO, DEBUG or TRACE")
    String level() default "WARN";
}
