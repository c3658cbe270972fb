package io.segue.shell.internal.log;

import java.util.Locale;
import org.osgi.service.log.LogLevel;

/** One log entry as one console line: level, bundle, message, and the root cause's message when there is one. */
final class LogLine {

    private LogLine() {
    }

    static String format(LogLevel level, String bundle, String message, Throwable exception) {
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "%-5s ", level)).append(bundle).append(": ").append(message);
        if (exception != null) {
            Throwable cause = exception;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String detail = cause.getMessage() == null ? "" : ": " + cause.getMessage();
            line.append(" (").append(cause.getClass().getSimpleName()).append(detail).append(')');
        }
        return line.toString().replace('\n', ' ');
    }

    /**
     * @throws IllegalArgumentException naming the key and the allowed values
     */
    static LogLevel threshold(String level) {
        String name = level == null ? "" : level.trim().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "ERROR", "WARN", "INFO", "DEBUG", "TRACE" -> LogLevel.valueOf(name);
            default -> throw new IllegalArgumentException(
                    "io.segue.console.log: level must be ERROR, WARN, INFO, DEBUG or TRACE, was '" + level + "'");
        };
    }

    /** Whether an entry at {@code level} is shown when the console shows {@code threshold} and more severe. */
    static boolean shown(LogLevel level, LogLevel threshold) {
        return level != LogLevel.AUDIT && threshold.implies(level);
    }
}
