package io.segue.device.mock.internal.wav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.device.mock.internal.testing.TestWav;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFileDecoderTest {

    @TempDir
    Path dir;

    private final WavFileDecoder decoder = new WavFileDecoder();

    @Test
    void decodesWavAndWaveFiles() {
        assertEquals(Set.of("wav", "wave"), decoder.extensions());
    }

    @Test
    void opensAFileAtItsOwnFormat() throws IOException {
        Path file = TestWav.pcm(16, 2, 48_000).samples(TestWav.signal(480, 2, 48_000)).write(dir.resolve("a.wave"));

        try (AudioInput input = decoder.open(file)) {
            assertEquals(new AudioFormat(48_000, 2), input.format());
            assertEquals(480, input.lengthFrames());
            assertEquals(480, input.read(new float[2 * 1000], 1000));
            assertEquals(-1, input.read(new float[2 * 1000], 1000));
        }
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> decoder.open(dir.resolve("nope.wav")));
    }
}
