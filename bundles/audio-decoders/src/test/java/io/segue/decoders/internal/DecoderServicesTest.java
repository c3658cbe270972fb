package io.segue.decoders.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import io.segue.decoders.internal.aiff.AiffFileDecoder;
import io.segue.decoders.internal.aiff.AiffReader;
import io.segue.decoders.internal.aiff.AiffWriter;
import io.segue.decoders.internal.flac.FlacFileDecoder;
import io.segue.decoders.internal.flac.FlacReader;
import io.segue.decoders.internal.mp3.Mp3FileDecoder;
import io.segue.decoders.internal.mp3.Mp3Reader;
import io.segue.decoders.internal.testing.Fixtures;
import io.segue.decoders.internal.vorbis.OggVorbisFileDecoder;
import io.segue.decoders.internal.vorbis.VorbisReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each decoder service claims exactly the extensions it reads and opens them with its reader. */
class DecoderServicesTest {

    @TempDir
    Path dir;

    @Test
    void aiff() throws IOException {
        Path file = new AiffWriter(null, 16, 1, 22_050).write(dir.resolve("x.aif"), new float[10]);
        check(new AiffFileDecoder(), Set.of("aiff", "aif", "aifc"), file, AiffReader.class);
    }

    @Test
    void flac() throws IOException {
        check(new FlacFileDecoder(), Set.of("flac"), Fixtures.copy("kick-am.flac", dir), FlacReader.class);
    }

    @Test
    void mp3() throws IOException {
        check(new Mp3FileDecoder(), Set.of("mp3"), Fixtures.copy("kick-am.mp3", dir), Mp3Reader.class);
    }

    @Test
    void oggVorbis() throws IOException {
        check(new OggVorbisFileDecoder(), Set.of("ogg"), Fixtures.copy("kick-am.ogg", dir), VorbisReader.class);
    }

    private static void check(AudioFileDecoder decoder, Set<String> extensions, Path file, Class<?> readerType)
            throws IOException {
        assertEquals(extensions, decoder.extensions());
        try (AudioInput input = decoder.open(file)) {
            assertTrue(readerType.isInstance(input), input.toString());
            assertTrue(input.read(new float[64], 64) > 0);
            input.close();
            assertEquals(-1, input.read(new float[64], 64), "a closed input has ended");
        }
    }
}
