package io.segue.shell.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

class ConsoleLogTest {

    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<LogListener> listeners = new ArrayList<>();

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    @Test
    void printsEarlierWarningsOldestFirstThenNewOnesAtTheThreshold() {
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        long past = System.currentTimeMillis() - 1000;
        // a log reader answers most recent first
        LogEntry second = entry(LogLevel.WARN, "second", past + 2, 3);
        LogReaderService reader = reader(List.of(second, entry(LogLevel.INFO, "chatter", past + 1, 2),
                entry(LogLevel.ERROR, "first", past, 1)));

        ConsoleLog log = new ConsoleLog(reader, config("WARN"));
        listeners.forEach(l -> l.logged(second)); // in the history and delivered late: printed once
        listeners.forEach(l -> l.logged(entry(LogLevel.DEBUG, "noise", System.currentTimeMillis(), 4)));
        listeners.forEach(l -> l.logged(entry(LogLevel.ERROR, "third", System.currentTimeMillis(), 5)));
        log.deactivate();

        assertEquals(List.of("ERROR ?: first", "WARN  ?: second", "ERROR ?: third"),
                console.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of(), listeners, "deactivation removes the listener");
    }

    @Test
    void anUnknownLevelShowsWarningsAndSaysWhy() {
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        ConsoleLog log = new ConsoleLog(reader(List.of()), config("loud"));
        listeners.forEach(l -> l.logged(entry(LogLevel.WARN, "still shown", System.currentTimeMillis(), 1)));
        log.deactivate();

        assertEquals(List.of("WARN  io.segue.shell: io.segue.console.log: level must be ERROR, WARN, INFO, DEBUG or"
                + " TRACE, was 'loud'; showing WARN", "WARN  ?: still shown"),
                console.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private LogReaderService reader(List<LogEntry> history) {
        return (LogReaderService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LogReaderService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "addLogListener" -> listeners.add((LogListener) args[0]);
                    case "removeLogListener" -> listeners.remove((LogListener) args[0]);
                    case "getLog" -> Collections.enumeration(history);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private LogEntry entry(LogLevel level, String message, long time, long sequence) {
        Map<String, Object> answers = Map.of("getLogLevel", level, "getMessage", message, "getTime", time,
                "getSequence", sequence);
        return (LogEntry) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {LogEntry.class},
                (proxy, method, args) -> method.getName().equals("getBundle") ? null
                        : method.getName().equals("getException") ? null : answers.get(method.getName()));
    }

    private static ConsoleLogConfig config(String level) {
        return (ConsoleLogConfig) Proxy.newProxyInstance(ConsoleLogConfig.class.getClassLoader(),
                new Class<?>[] {ConsoleLogConfig.class}, (proxy, method, args) -> level);
    }
}
