package io.segue.decoders.internal.flac;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** Offers {@link FlacReader} (jflac-codec) as the decoder of {@code .flac} files. */
@Component(service = AudioFileDecoder.class)
public final class FlacFileDecoder implements AudioFileDecoder {

    private static final Set<String> EXTENSIONS = Set.of("flac");

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public AudioInput open(Path file) throws IOException {
        return FlacReader.open(file);
    }
}
