package io.segue.api.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decodes audio files of some formats into float samples. Registered as an OSGi service; hosts pick the decoder
 * whose {@link #extensions()} contain the file's extension.
 *
 * <p>Threading: {@link #open} may be called from any thread, concurrently; each returned input is used by one
 * thread at a time.
 */
@ConsumerType
public interface AudioFileDecoder {

    /** Lower-case file name extensions this decoder reads, without the dot (e.g. {@code wav}). */
    Set<String> extensions();

    /**
     * Opens a file for decoding at its own sample rate and channel count.
     *
     * @throws java.nio.file.NoSuchFileException when the file does not exist
     * @throws IOException                       when it cannot be read or is not valid audio of a supported
     *                                           format; the message names the file and says what is wrong
     */
    AudioInput open(Path file) throws IOException;
}
