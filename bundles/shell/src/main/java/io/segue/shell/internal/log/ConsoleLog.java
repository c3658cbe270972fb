package io.segue.shell.internal.log;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The operator's view of the OSGi log: every entry at the configured level or more severe (default WARN) is printed
 * to the console's standard error as one line, so that a refused configuration reads as one sentence instead of a
 * stack trace; entries logged before the console started are printed when it starts. The full entries stay in the
 * log service (gogo {@code log} shows them).
 */
@Component(immediate = true, configurationPid = ConsoleLog.PID)
@Designate(ocd = ConsoleLogConfig.class)
public final class ConsoleLog implements LogListener {

    static final String PID = "io.segue.console.log";

    private final LogReaderService reader;
    // the console is the one place bundle code writes to: that is this component's job
    private final PrintStream console = System.err;
    private volatile LogLevel threshold;

    @Activate
    public ConsoleLog(@Reference LogReaderService reader, ConsoleLogConfig config) {
        this.reader = reader;
        this.threshold = LogLine.threshold(config.level());
        long activatedMillis = System.currentTimeMillis();
        reader.addLogListener(this);
        // what was logged before the console started (the shell starts last): oldest first
        List<LogEntry> earlier = new ArrayList<>();
        for (Enumeration<LogEntry> entries = reader.getLog(); entries.hasMoreElements();) {
            LogEntry entry = entries.nextElement();
            if (entry.getTime() < activatedMillis) {
                earlier.add(0, entry);
            }
        }
        earlier.forEach(this::logged);
    }

    @Modified
    void modified(ConsoleLogConfig config) {
        threshold = LogLine.threshold(config.level());
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (LogLine.shown(entry.getLogLevel(), threshold)) {
            String bundle = entry.getBundle() == null ? "?" : entry.getBundle().getSymbolicName();
            console.println(LogLine.format(entry.getLogLevel(), bundle, entry.getMessage(), entry.getException()));
        }
    }
}
