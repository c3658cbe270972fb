package io.segue.library.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules the metatype cannot state, asked before a change: the reason the component would refuse it. */
class LibraryConfigurationCheckTest {

    private final LibraryConfigurationCheck check = new LibraryConfigurationCheck();

    @Test
    void aValueTheComponentWouldRefuseIsRefusedWithItsReason() {
        assertEquals(Optional.of("io.segue.library: databaseFile must name a file, was empty"),
                check.problem("io.segue.library", Map.of("databaseFile", " ")));
    }

    @Test
    void goodValuesAndTheDefaultsPass() {
        assertEquals(Optional.empty(),
                check.problem("io.segue.library", Map.of("databaseFile", "elsewhere/library.db", "importThreads", 4)));
        assertEquals(Optional.empty(), check.problem("io.segue.library", Map.of()));
    }
}
