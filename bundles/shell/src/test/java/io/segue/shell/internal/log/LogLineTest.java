package io.segue.shell.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;

class LogLineTest {

    @Test
    void anEntryWithAnExceptionReadsAsOneLineEndingWithTheRootCause() {
        Throwable thrown = new InvocationTargetException(
                new IllegalArgumentException("io.segue.pipeline: hopSize must be in 1..2048, was 4096"));
        String line = LogLine.format(LogLevel.ERROR, "io.segue.stream.manager",
                "[LivePipeline(2)] The modified method has thrown an exception", thrown);
        assertEquals("ERROR io.segue.stream.manager: [LivePipeline(2)] The modified method has thrown an exception"
                + " (IllegalArgumentException: io.segue.pipeline: hopSize must be in 1..2048, was 4096)", line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void anEntryWithoutAnExceptionIsItsMessage() {
        assertEquals("WARN  org.apache.felix.fileinstall: cannot read x.cfg\tagain",
                LogLine.format(LogLevel.WARN, "org.apache.felix.fileinstall", "cannot read x.cfg\tagain", null));
        assertEquals("INFO  b: two lines", LogLine.format(LogLevel.INFO, "b", "two\nlines", null));
    }

    @Test
    void theThresholdShowsItsLevelAndMoreSevereOnes() {
        LogLevel warn = LogLine.threshold("warn");
        assertTrue(LogLine.shown(LogLevel.ERROR, warn));
        assertTrue(LogLine.shown(LogLevel.WARN, warn));
        assertFalse(LogLine.shown(LogLevel.INFO, warn));
        assertFalse(LogLine.shown(LogLevel.AUDIT, warn), "audit entries are records, not problems");
        assertTrue(LogLine.shown(LogLevel.DEBUG, LogLine.threshold("DEBUG")));
    }

    @Test
    void anUnknownLevelIsRefusedNamingTheKeyAndTheLevels() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LogLine.threshold("loud"));
        assertEquals("io.segue.console.log: level must be ERROR, WARN, INFO, DEBUG or TRACE, was 'loud'",
                refused.getMessage());
    }
}
