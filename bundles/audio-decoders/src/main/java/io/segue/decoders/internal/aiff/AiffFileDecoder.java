package io.segue.decoders.internal.aiff;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** Offers {@link AiffReader} as the decoder of {@code .aiff}, {@code .aif} and {@code .aifc} files. */
@Component(service = AudioFileDecoder.class)
public final class AiffFileDecoder implements AudioFileDecoder {

    private static final Set<String> EXTENSIONS = Set.of("aiff", "aif", "aifc");

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public AudioInput open(Path file) throws IOException {
        return AiffReader.open(file);
    }
}
