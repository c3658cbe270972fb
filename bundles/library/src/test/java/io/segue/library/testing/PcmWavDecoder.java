package io.segue.library.testing;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A decoder of 16-bit PCM WAV for the tests (the product's WAV decoder lives in a bundle this one must not depend
 * on). Strict as a real decoder is: a file that is not RIFF/WAVE, not 16-bit PCM or shorter than its data chunk
 * declares is refused with a message naming the file.
 */
public final class PcmWavDecoder implements AudioFileDecoder {

    @Override
    public Set<String> extensions() {
        return Set.of("wav");
    }

    @Override
    public AudioInput open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        Map<String, RiffChunks.Chunk> chunks = RiffChunks.read(file);
        RiffChunks.Chunk fmt = chunks.get("fmt ");
        RiffChunks.Chunk data = chunks.get("data");
        if (fmt == null || data == null) {
            throw new IOException(file + ": not a WAV file (no fmt or data chunk)");
        }
        ByteBuffer format = RiffChunks.payload(file, fmt);
        int channels = format.getShort(2);
        int sampleRate = format.getInt(4);
        if (format.getShort(0) != 1 || format.getShort(14) != 16) {
            throw new IOException(file + ": only 16-bit PCM WAV is read here");
        }
        long present = Files.size(file) - data.offset();
        if (present < data.size()) {
            throw new IOException(file + ": truncated: the data chunk declares " + data.size() + " bytes, "
                    + present + " are present");
        }
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(data.offset());
        return new Input(in, new AudioFormat(sampleRate, channels), data.size() / 2 / channels);
    }

    private static final class Input implements AudioInput {

        private final InputStream in;
        private final AudioFormat format;
        private final long lengthFrames;
        private long framesLeft;
        private byte[] bytes = new byte[0];

        Input(InputStream in, AudioFormat format, long lengthFrames) {
            this.in = in;
            this.format = format;
            this.lengthFrames = lengthFrames;
            this.framesLeft = lengthFrames;
        }

        @Override
        public AudioFormat format() {
            return format;
        }

        @Override
        public int read(float[] buffer, int frames) throws IOException {
            if (framesLeft == 0) {
                return -1;
            }
            int wanted = (int) Math.min(frames, framesLeft);
            int length = wanted * format.channels() * 2;
            if (bytes.length < length) {
                bytes = new byte[length];
            }
            int read = in.readNBytes(bytes, 0, length);
            ByteBuffer samples = ByteBuffer.wrap(bytes, 0, read).order(ByteOrder.LITTLE_ENDIAN);
            int values = read / 2;
            for (int i = 0; i < values; i++) {
                buffer[i] = samples.getShort() / 32768f;
            }
            int got = values / format.channels();
            framesLeft = got < wanted ? 0 : framesLeft - got;
            return got == 0 ? -1 : got;
        }

        @Override
        public long lengthFrames() {
            return lengthFrames;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // closing a file we only read: nothing to save
            }
        }
    }
}
