package io.segue.deploy.internal.commands;

import io.segue.deploy.internal.folder.FileStatus;
import java.nio.file.Path;
import java.util.List;

/** {@code segue:deploy}'s table: one line a jar, its problem indented below it. */
final class DeployStatusFormat {

    private DeployStatusFormat() {
    }

    static String table(Path folder, long pollMillis, List<FileStatus> files) {
        StringBuilder out = new StringBuilder("deploy folder ").append(folder).append(", looked at every ")
                .append(pollMillis).append(" ms: ").append(files.size()).append(files.size() == 1 ? " jar" : " jars");
        if (files.isEmpty()) {
            return out.toString();
        }
        int fileWidth = "FILE".length();
        int nameWidth = "BUNDLE".length();
        int versionWidth = "VERSION".length();
        for (FileStatus file : files) {
            fileWidth = Math.max(fileWidth, file.file().length());
            nameWidth = Math.max(nameWidth, dash(file.symbolicName()).length());
            versionWidth = Math.max(versionWidth, dash(file.version()).length());
        }
        String row = "%n%-" + fileWidth + "s  %5s  %-" + nameWidth + "s  %-" + versionWidth + "s  %s";
        out.append(String.format(row, "FILE", "ID", "BUNDLE", "VERSION", "STATE"));
        for (FileStatus file : files) {
            out.append(String.format(row, file.file(), file.bundleId() < 0 ? "-" : Long.toString(file.bundleId()),
                    dash(file.symbolicName()), dash(file.version()), file.state()));
            if (file.problem() != null) {
                out.append(System.lineSeparator()).append("    ").append(file.problem());
            }
        }
        return out.toString();
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
