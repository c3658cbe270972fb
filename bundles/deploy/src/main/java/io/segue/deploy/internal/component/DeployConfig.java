package io.segue.deploy.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue deploy folder",
        description = "A folder watched for bundles: a jar dropped in is installed and started, a jar replaced is "
                + "updated, a jar deleted is uninstalled.")
public @interface DeployConfig {

    String PID = "io.segue.deploy";

    @AttributeDefinition(description = "The folder watched, absolute or relative to the working directory; created "
            + "if missing")
    String folder() default "deploy";

    @AttributeDefinition(min = "50", max = "60000",
            description = "How often the folder is looked at, in ms, 50..60000; a jar is installed once it has not "
                    + "changed between two looks")
    long pollMillis() default 250;
}
