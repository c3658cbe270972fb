package io.segue.shell.internal.log;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
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
public final class ConsoleLog {

    static final String PID = "io.segue.console.log";

    private final LogReaderService reader;
    private final LogListener listener = this::arrived;
    // the console is the one place bundle code writes to: that is this component's job
    private final PrintStream console = System.err;
    private volatile LogLevel threshold;

    private final Object printLock = new Object();
    /** Guarded by {@link #printLock}: the history is printed first, entries arriving meanwhile wait here. */
    private final List<LogEntry> arrivedEarly = new ArrayList<>();
    private boolean historyPrinted;
    private long lastPrintedSequence = -1;

    /** An invalid level falls back to WARN (and says so), so that the console never goes silent. */
    @Activate
    public ConsoleLog(@Reference LogReaderService reader, ConsoleLogConfig config) {
        this.reader = reader;
        String problem = null;
        LogLevel level;
        try {
            level = LogLine.threshold(config.level());
        } catch (IllegalArgumentException e) {
            level = LogLevel.WARN;
            problem = e.getMessage() + "; showing WARN";
        }
        threshold = level;
        reader.addLogListener(listener);
        // what was logged before the console started (the shell starts last), oldest first; the log numbers its
        // entries, so one that is both in the history and delivered live is printed once
        List<LogEntry> history = new ArrayList<>();
        for (Enumeration<LogEntry> entries = reader.getLog(); entries.hasMoreElements();) {
            history.add(0, entries.nextElement());
        }
        synchronized (printLock) {
            history.forEach(this::printOnce);
            historyPrinted = true;
            arrivedEarly.sort(Comparator.comparingLong(LogEntry::getSequence));
            arrivedEarly.forEach(this::printOnce);
            arrivedEarly.clear();
            if (problem != null) {
                console.println(LogLine.format(LogLevel.WARN, "io.segue.shell", problem, null));
            }
        }
    }

    @Modified
    void modified(ConsoleLogConfig config) {
        threshold = LogLine.threshold(config.level());
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(listener);
    }

    private void arrived(LogEntry entry) {
        synchronized (printLock) {
            if (historyPrinted) {
                printOnce(entry);
            } else {
                arrivedEarly.add(entry);
            }
        }
    }

    /** Guarded by {@link #printLock}. */
    private void printOnce(LogEntry entry) {
        if (entry.getSequence() <= lastPrintedSequence) {
            return;
        }
        lastPrintedSequence = entry.getSequence();
        if (LogLine.shown(entry.getLogLevel(), threshold)) {
            String bundle = entry.getBundle() == null ? "?" : entry.getBundle().getSymbolicName();
            console.println(LogLine.format(entry.getLogLevel(), bundle, entry.getMessage(), entry.getException()));
        }
    }
}
