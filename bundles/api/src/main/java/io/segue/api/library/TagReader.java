package io.segue.api.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/** Reads the tags of audio files; offered as a service by a bundle that knows the formats' tag layouts. */
@ConsumerType
public interface TagReader {

    /** Lower-case file name extensions this reader handles, without the dot. */
    Set<String> extensions();

    /**
     * @return the file's tags, {@link TrackTags#NONE} when it has none
     * @throws IOException when the file cannot be read or its tags are corrupt; the message names the file
     */
    TrackTags read(Path file) throws IOException;
}
