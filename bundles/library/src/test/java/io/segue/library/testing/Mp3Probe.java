package io.segue.library.testing;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Stands in for an MP3 decoder where the tests need only its refusals: it checks what every MP3 decoder checks
 * first (an ID3v2 tag or an MPEG frame sync at the start) and says so, naming the file, when it is not there. It
 * decodes nothing; the tests give it no real MP3.
 */
public final class Mp3Probe implements AudioFileDecoder {

    @Override
    public Set<String> extensions() {
        return Set.of("mp3");
    }

    @Override
    public AudioInput open(Path file) throws IOException {
        byte[] start = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(start, 0, 3);
        }
        boolean id3 = start[0] == 'I' && start[1] == 'D' && start[2] == '3';
        boolean sync = (start[0] & 0xFF) == 0xFF && (start[1] & 0xE0) == 0xE0;
        if (!id3 && !sync) {
            throw new IOException(file + ": not an MP3 file (no ID3 tag and no MPEG frame sync at the start)");
        }
        throw new IOException(file + ": MP3 decoding is not part of these tests");
    }
}
