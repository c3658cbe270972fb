package io.segue.decoders.internal.mp3;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** Offers {@link Mp3Reader} (JLayer) as the decoder of {@code .mp3} files. */
@Component(service = AudioFileDecoder.class)
public final class Mp3FileDecoder implements AudioFileDecoder {

    private static final Set<String> EXTENSIONS = Set.of("mp3");

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public AudioInput open(Path file) throws IOException {
        return Mp3Reader.open(file);
    }
}
