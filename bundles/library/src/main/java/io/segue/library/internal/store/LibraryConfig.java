package io.segue.library.internal.store;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Segue music library",
        description = "Where the music library is stored and how many files an import analyses at once.")
public @interface LibraryConfig {

    String PID = "io.segue.library";

    @AttributeDefinition(description = "The library's SQLite file; a relative path is relative to the working "
            + "directory. Missing parent folders are created.")
    String databaseFile() default "data/segue-library.db";

    @AttributeDefinition(min = "0", max = "256",
            description = "Files an import analyses in parallel, 1..256; 0 means one per core")
    int importThreads() default 0;
}
