package io.segue.decoders.internal.flac;

import io.segue.api.audio.AudioFormat;
import io.segue.decoders.internal.common.DecodedInput;
import io.segue.decoders.internal.common.DecoderFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.frame.Frame;
import org.jflac.metadata.StreamInfo;

/**
 * Streams a FLAC file as floats in [-1, 1] through jflac-codec's {@link FLACDecoder}, one FLAC frame (a few
 * thousand samples) at a time; {@link #read} copies from the decoded frame and allocates nothing in the steady
 * state (jflac reuses its sample arrays).
 *
 * <p>Errors: a file that does not start with {@code fLaC}, or whose STREAMINFO block is missing or says something
 * impossible, fails at open. A frame that jflac cannot decode (a CRC mismatch, a bad header: corrupt data) makes
 * {@code read} throw {@code corrupt frame after X s}. A truncated file (fewer samples than STREAMINFO announces)
 * delivers every frame that is whole, then the next {@code read} throws {@code truncated after X s (Y s
 * announced)}; so does every later read.
 */
public final class FlacReader extends DecodedInput {

    private static final int STREAM_BUFFER_BYTES = 64 * 1024;

    private final FLACDecoder decoder;
    private final AudioFormat format;
    private final long lengthFrames;
    private final float scale;
    private int[][] frameSamples;
    private int frameLength;
    private int framePosition;
    /** Frames in the frames decoded so far, delivered or not. */
    private long framesDecoded;
    private boolean ended;

    private FlacReader(Path file, FileChannel channel, FLACDecoder decoder, StreamInfo info) {
        super(file, channel);
        this.decoder = decoder;
        this.format = new AudioFormat(info.getSampleRate(), info.getChannels());
        this.lengthFrames = info.getTotalSamples() > 0 ? info.getTotalSamples() : -1;
        this.scale = 1f / (1 << (info.getBitsPerSample() - 1));
        this.frameSamples = new int[info.getChannels()][];
    }

    /**
     * Opens {@code file} and reads its metadata blocks.
     *
     * @throws java.nio.file.NoSuchFileException   when the file does not exist
     * @throws java.nio.file.AccessDeniedException when it may not be read
     * @throws IOException when it is empty or not a FLAC file; the message names the file and the problem
     */
    public static FlacReader open(Path file) throws IOException {
        FileChannel channel = DecoderFiles.openNonEmpty(file);
        try {
            ByteBuffer marker = ByteBuffer.allocate(4);
            while (marker.hasRemaining() && channel.read(marker) >= 0) {
                // read the four bytes of the stream marker
            }
            String start = DecoderFiles.fourCc(marker.array(), 0, marker.position());
            if (!start.equals("fLaC")) {
                throw new IOException(file + ": not a FLAC file (it starts with '" + start + "', not 'fLaC')");
            }
            channel.position(0);
            FLACDecoder decoder = new FLACDecoder(
                    new BufferedInputStream(Channels.newInputStream(channel), STREAM_BUFFER_BYTES));
            try {
                decoder.readMetadata();
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ": corrupt FLAC metadata: " + e, e);
            }
            StreamInfo info = decoder.getStreamInfo();
            if (info == null) {
                throw new IOException(file + ": no STREAMINFO block");
            }
            if (info.getSampleRate() <= 0 || info.getChannels() <= 0 || info.getBitsPerSample() < 4
                    || info.getBitsPerSample() > 32) {
                throw new IOException(file + ": corrupt STREAMINFO block: " + info.getSampleRate() + " Hz, "
                        + info.getChannels() + " channels, " + info.getBitsPerSample() + " bits per sample");
            }
            return new FlacReader(file, channel, decoder, info);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
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
        while (done < frames) {
            if (framePosition == frameLength && !nextFrame()) {
                break;
            }
            int n = Math.min(frames - done, frameLength - framePosition);
            for (int c = 0; c < channels; c++) {
                int[] samples = frameSamples[c];
                for (int i = 0; i < n; i++) {
                    buffer[(done + i) * channels + c] = samples[framePosition + i] * scale;
                }
            }
            framePosition += n;
            done += n;
        }
        return done;
    }

    /** Decodes the next frame; false at the end of the stream, where {@link #failure} says if it ended early. */
    private boolean nextFrame() throws IOException {
        if (ended) {
            return false;
        }
        int badBefore = decoder.getBadFrames();
        Frame frame;
        try {
            frame = decoder.readNextFrame();
        } catch (IOException | RuntimeException e) {
            if (closed) {
                ended = true;
                return false;
            }
            throw new IOException(file + ": read failed after " + at() + ": " + e, e);
        }
        if (frame == null) {
            ended = true;
            if (lengthFrames > 0 && framesDecoded < lengthFrames) {
                failure = file + ": truncated after " + at() + " ("
                        + DecoderFiles.seconds(lengthFrames, format.sampleRateHz()) + " announced)";
            }
            return false;
        }
        if (decoder.getBadFrames() > badBefore) {
            ended = true;
            failure = file + ": corrupt frame after " + at() + " (" + (decoder.getBadFrames() - badBefore)
                    + " frame(s) failed their CRC or header check)";
            return false;
        }
        ChannelData[] data = decoder.getChannelData();
        for (int c = 0; c < frameSamples.length; c++) {
            frameSamples[c] = data[c].getOutput();
        }
        frameLength = frame.header.blockSize;
        framePosition = 0;
        framesDecoded += frameLength;
        return true;
    }

    private String at() {
        return DecoderFiles.seconds(framesDecoded, format.sampleRateHz());
    }

    @Override
    public String toString() {
        return "FlacReader[" + file + ", " + format + "]";
    }
}
