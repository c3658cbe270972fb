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
        LogReaderService reader = reader(List.of(entry(LogLevel.WARN, "second", past + 2),
                entry(LogLevel.INFO, "chatter", past + 1), entry(LogLevel.ERROR, "first", past)));

        ConsoleLog log = new ConsoleLog(reader, config("WARN"));
        listeners.forEach(l -> l.logged(entry(LogLevel.DEBUG, "noise", System.currentTimeMillis())));
        listeners.forEach(l -> l.logged(entry(LogLevel.ERROR, "third", System.currentTimeMillis())));
        log.deactivate();

        assertEquals(List.of("ERROR ?: first", "WARN  ?: second", "ERROR ?: third"),
                console.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of(), listeners, "deactivation removes the listener");
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

    private LogEntry entry(LogLevel level, String message, long time) {
        Map<String, Object> answers = Map.of("getLogLevel", level, "getMessage", message, "getTime", time);
        return (LogEntry) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {LogEntry.class},
                (proxy, method, args) -> method.getName().equals("getBundle") ? null
                        : method.getName().equals("getException") ? null : answers.get(method.getName()));
    }

    private static ConsoleLogConfig config(String level) {
        return (ConsoleLogConfig) Proxy.newProxyInstance(ConsoleLogConfig.class.getClassLoader(),
                new Class<?>[] {ConsoleLogConfig.class}, (proxy, method, args) -> level);
    }
}
