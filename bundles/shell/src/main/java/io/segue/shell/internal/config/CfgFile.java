package io.segue.shell.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes values into a FileInstall {@code .cfg} file (Java properties syntax) the way an operator would: the line
 * of each key is changed in place and every other line, comments included, stays as it was. A key that has no
 * line yet goes right after its commented-out line ({@code #noiseSeed=0}) if there is one, else at the end.
 */
public final class CfgFile {

    private CfgFile() {
    }

    /**
     * Sets {@code values} (key → text) in the file, creating it with {@code header} (comment lines, without
     * {@code #}) when it does not exist. The file is rewritten in one write: FileInstall, which polls it, reads
     * the old or the new content.
     */
    public static void write(Path file, Map<String, String> values, List<String> header) throws IOException {
        List<String> lines = new ArrayList<>();
        String separator = "\n";
        if (Files.exists(file)) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            separator = content.contains("\r\n") ? "\r\n" : "\n";
            lines.addAll(content.lines().toList());
        } else {
            for (String comment : header) {
                lines.add("# " + comment);
            }
        }
        List<String> updated = withValues(lines, values);
        Files.writeString(file, String.join(separator, updated) + separator, StandardCharsets.UTF_8);
    }

    /** {@code lines} with {@code values} (key → text) set. */
    public static List<String> withValues(List<String> lines, Map<String, String> values) {
        Map<String, String> pending = new LinkedHashMap<>(values);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int valueStart = valueStart(line);
            String key = valueStart < 0 ? null : key(line);
            if (key != null && pending.containsKey(key)) {
                out.add(line.substring(0, valueStart) + escape(pending.remove(key)));
                while (continues(lines.get(i)) && i + 1 < lines.size()) {
                    i++; // the rest of the old value
                }
                continue;
            }
            out.add(line);
        }
        for (Map.Entry<String, String> entry : pending.entrySet()) {
            int commented = commentedOut(out, entry.getKey());
            String line = escapeKey(entry.getKey()) + "=" + escape(entry.getValue());
            if (commented >= 0) {
                out.add(commented + 1, line);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Where the value of a property line starts, or -1 for a comment, a blank line or a continuation. */
    static int valueStart(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i == line.length() || line.charAt(i) == '#' || line.charAt(i) == '!') {
            return -1;
        }
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i < line.length() && (line.charAt(i) == '=' || line.charAt(i) == ':')) {
            i++;
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
        }
        return Math.min(i, line.length());
    }

    static String key(String line) {
        String trimmed = line.stripLeading();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\\' && i + 1 < trimmed.length()) {
                key.append(trimmed.charAt(++i));
                continue;
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            key.append(c);
        }
        return key.toString();
    }

    /** Backslashes, line breaks and leading blanks escaped, so that the file reads back as {@code value}. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A key escaped so that it reads back whole: its separators and a leading comment mark escaped too. */
    static String escapeKey(String key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '=' || c == ':' || c == ' ' || ((c == '#' || c == '!') && i == 0)) {
                out.append('\\').append(c);
            } else {
                out.append(escape(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The index of the last line that is {@code key} commented out ({@code #key=...}), or -1. */
    private static int commentedOut(List<String> lines, String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                String rest = line.substring(1).stripLeading();
                if (rest.startsWith(key) && valueStart(rest) >= 0 && key(rest).equals(key)
                        && rest.length() > key.length() && "=: \t".indexOf(rest.charAt(key.length())) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
