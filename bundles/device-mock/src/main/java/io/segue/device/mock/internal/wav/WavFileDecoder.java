package io.segue.device.mock.internal.wav;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/** Offers {@link WavReader} as the decoder of {@code .wav} and {@code .wave} files. */
@Component(service = AudioFileDecoder.class)
public final class WavFileDecoder implements AudioFileDecoder {

    private static final Set<String> EXTENSIONS = Set.of("wav", "wave");

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public AudioInput open(Path file) throws IOException {
        return WavReader.open(file);
    }
}
