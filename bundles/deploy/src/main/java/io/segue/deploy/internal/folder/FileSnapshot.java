package io.segue.deploy.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's size and modification time: two equal snapshots one poll apart mean nobody is writing it.
 *
 * @param modifiedMillis the modification time, in ms since the epoch
 */
record FileSnapshot(long size, long modifiedMillis) {

    /** @return null when the file is gone (or cannot be read) */
    static FileSnapshot of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileSnapshot(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    /** "size:modifiedMillis", as {@link DeployedFiles} stores it. */
    String text() {
        return size + ":" + modifiedMillis;
    }

    /** @return null for text that is not one of {@link #text()} */
    static FileSnapshot parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new FileSnapshot(Long.parseLong(text.substring(0, colon)),
                    Long.parseLong(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
