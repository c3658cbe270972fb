package io.segue.decoders.internal.vorbis;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** Offers {@link VorbisReader} (JOrbis) as the decoder of {@code .ogg} files. */
@Component(service = AudioFileDecoder.class)
public final class OggVorbisFileDecoder implements AudioFileDecoder {

    private static final Set<String> EXTENSIONS = Set.of("ogg");

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public AudioInput open(Path file) throws IOException {
        return VorbisReader.open(file);
    }
}
