package io.segue.decoders.internal.mp3;

import io.segue.api.audio.AudioFormat;
import io.segue.decoders.internal.common.DecodedInput;
import io.segue.decoders.internal.common.DecoderFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * Streams an MP3 (MPEG-1/2/2.5 layer I, II, III) file as floats in [-1, 1] through JLayer's {@link Decoder}, one
 * MPEG frame (1152 or 576 samples) at a time; {@link #read} copies from the decoded frame.
 *
 * <p>Gapless: when the file starts with a Xing/Info frame carrying a LAME tag (LAME, ffmpeg), the encoder's delay
 * plus the decoder's 529 samples are dropped at the start and the padding at the end, so the decoded audio is as
 * long as what was encoded, and {@link #lengthFrames()} is known. Without that tag every decoded sample is
 * delivered and the length is -1 (unknown).
 *
 * <p>Errors: a file with no MPEG audio frame header in the first 64 KiB of its audio (a text file, an image), or
 * with an ID3v2 tag running past its end, fails at open. A frame JLayer cannot decode makes {@code read} throw
 * {@code corrupt MPEG frame after X s}; damaged audio data inside well-formed frames (MP3 frames rarely carry a
 * CRC) is decoded through, glitches and all, as players do. A file shorter than its Info frame announces delivers
 * what is there, then
 * the next {@code read} throws {@code truncated after X s (Y s announced)}; so does every later read. Without an
 * Info frame a truncated file cannot be told from a short one and simply ends.
 */
public final class Mp3Reader extends DecodedInput {

    private static final int STREAM_BUFFER_BYTES = 64 * 1024;
    private static final float SCALE = 1f / 32_768;

    private final Mp3Preamble preamble;
    private final AudioFormat format;
    private final Bitstream bitstream;
    private final Decoder decoder = new Decoder();
    private final long lengthFrames;
    private short[] pcm = new short[0];
    private int pcmFrames;
    private int pcmPosition;
    private long framesToSkip;
    private long framesLeft;
    private long mpegFramesDecoded;
    private boolean ended;

    private Mp3Reader(Path file, FileChannel channel, Mp3Preamble preamble) {
        super(file, channel);
        this.preamble = preamble;
        this.format = new AudioFormat(preamble.sampleRateHz(), preamble.channels());
        this.bitstream = new Bitstream(new BufferedInputStream(Channels.newInputStream(channel), STREAM_BUFFER_BYTES));
        this.lengthFrames = preamble.lengthFrames();
        this.framesToSkip = preamble.skipFrames();
        this.framesLeft = lengthFrames < 0 ? Long.MAX_VALUE : lengthFrames;
    }

    /**
     * Opens {@code file}: finds its first MPEG audio frame and reads its Info frame if it has one.
     *
     * @throws java.nio.file.NoSuchFileException   when the file does not exist
     * @throws java.nio.file.AccessDeniedException when it may not be read
     * @throws IOException when it is empty or not an MPEG audio file; the message names the file and the problem
     */
    public static Mp3Reader open(Path file) throws IOException {
        FileChannel channel = DecoderFiles.openNonEmpty(file);
        try {
            Mp3Preamble preamble = Mp3Preamble.read(file, channel);
            channel.position(preamble.frameOffset());
            Mp3Reader reader = new Mp3Reader(file, channel, preamble);
            if (preamble.infoFrame()) {
                reader.skipInfoFrame();
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void skipInfoFrame() throws IOException {
        try {
            if (bitstream.readFrame() == null) {
                throw new IOException(file + ": truncated: the file ends inside its first frame");
            }
            bitstream.closeFrame();
        } catch (BitstreamException e) {
            throw new IOException(file + ": corrupt Info frame: " + e.getMessage(), e);
        }
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public long lengthFrames() {
        return lengthFrames;
    }

    @Override
    protected int readDecoded(float[] buffer, int frames) throws IOException {
        int channels = format.channels();
        int done = 0;
        while (done < frames && framesLeft > 0) {
            if (pcmPosition == pcmFrames && !nextFrame()) {
                break;
            }
            int n = (int) Math.min(Math.min(frames - done, pcmFrames - pcmPosition), framesLeft);
            int from = pcmPosition * channels;
            int to = (done * channels);
            for (int i = 0; i < n * channels; i++) {
                buffer[to + i] = pcm[from + i] * SCALE;
            }
            pcmPosition += n;
            done += n;
            framesLeft -= n;
        }
        return done;
    }

    /** Decodes the next frame, dropping the encoder's delay; false at the end, where {@link #failure} may say why. */
    private boolean nextFrame() throws IOException {
        while (!ended) {
            Header header;
            try {
                header = bitstream.readFrame();
                if (header == null) {
                    ended = true;
                    if (preamble.audioFrames() >= 0 && mpegFramesDecoded < preamble.audioFrames()) {
                        failure = file + ": truncated after " + at() + " ("
                                + DecoderFiles.seconds(preamble.audioFrames() * preamble.samplesPerFrame(),
                                        format.sampleRateHz())
                                + " announced)";
                    }
                    return false;
                }
                if (header.frequency() != format.sampleRateHz()) {
                    throw new IOException(file + ": the sample rate changes after " + at() + " from "
                            + format.sampleRateHz() + " Hz to " + header.frequency() + " Hz");
                }
                SampleBuffer out = (SampleBuffer) decoder.decodeFrame(header, bitstream);
                bitstream.closeFrame();
                if (out.getChannelCount() != format.channels()) {
                    throw new IOException(file + ": the channel count changes after " + at() + " from "
                            + format.channels() + " to " + out.getChannelCount());
                }
                pcm = out.getBuffer();
                pcmFrames = out.getBufferLength() / format.channels();
            } catch (BitstreamException | DecoderException | RuntimeException e) {
                if (closed) {
                    ended = true;
                    return false;
                }
                ended = true;
                failure = file + ": corrupt MPEG frame after " + at() + ": " + e.getMessage();
                return false;
            }
            mpegFramesDecoded++;
            int skip = (int) Math.min(framesToSkip, pcmFrames);
            framesToSkip -= skip;
            pcmPosition = skip;
            if (pcmPosition < pcmFrames) {
                return true;
            }
        }
        return false;
    }

    private String at() {
        return DecoderFiles.seconds(mpegFramesDecoded * preamble.samplesPerFrame(), format.sampleRateHz());
    }

    @Override
    public String toString() {
        return "Mp3Reader[" + file + ", " + preamble + "]";
    }
}
