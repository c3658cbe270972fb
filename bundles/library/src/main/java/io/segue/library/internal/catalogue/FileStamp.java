package io.segue.library.internal.catalogue;

import java.util.Objects;

/** What tells an unchanged file: its size, modification time and content hash. */
public record FileStamp(long sizeBytes, long mtimeMillis, String contentHash) {

    public FileStamp {
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
