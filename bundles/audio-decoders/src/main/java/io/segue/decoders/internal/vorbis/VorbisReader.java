package io.segue.decoders.internal.vorbis;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import io.segue.api.audio.AudioFormat;
import io.segue.decoders.internal.common.DecodedInput;
import io.segue.decoders.internal.common.DecoderFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Streams the first logical Vorbis stream of an Ogg file as floats through JOrbis, one Vorbis packet (up to a few
 * thousand samples) at a time.
 *
 * <p>{@link #lengthFrames()} is the granule position of the stream's last page, read from the file's tail at
 * open; the decoded audio is cut to it, as the Vorbis specification asks (the last packet is padded).
 *
 * <p>Errors: a file that does not start with an Ogg page, or whose first stream is not Vorbis, or whose three
 * Vorbis headers are incomplete or corrupt, fails at open. A corrupt page or packet later makes {@code read} throw
 * {@code corrupt Ogg data after X s}. A truncated file (it ends before the page that carries the end-of-stream
 * flag) delivers what could be decoded, then the next {@code read} throws {@code truncated after X s (...)}; so does
 * every later read.
 */
public final class VorbisReader extends DecodedInput {

    private static final int READ_BYTES = 8 * 1024;
    private static final int TAIL_BYTES = 64 * 1024;

    private final InputStream in;
    private final SyncState sync = new SyncState();
    private final StreamState stream = new StreamState();
    private final Page page = new Page();
    private final Packet packet = new Packet();
    private final Info info = new Info();
    private final Comment comment = new Comment();
    private final DspState dsp = new DspState();
    private final Block block = new Block(dsp);
    private final float[][][] pcmHolder = new float[1][][];
    private final int[] pcmIndex;
    private AudioFormat format;
    private int serial;
    private long lengthFrames = -1;
    private long framesLeft = Long.MAX_VALUE;
    private long framesDecoded;
    private boolean endOfStreamPage;
    private boolean ended;

    private VorbisReader(Path file, FileChannel channel) {
        super(file, channel);
        this.in = Channels.newInputStream(channel);
        this.pcmIndex = new int[255];
        sync.init();
        info.init();
        comment.init();
    }

    /**
     * Opens {@code file}, reads the three Vorbis headers and the granule position of the last page.
     *
     * @throws java.nio.file.NoSuchFileException   when the file does not exist
     * @throws java.nio.file.AccessDeniedException when it may not be read
     * @throws IOException when it is empty or not an Ogg Vorbis file; the message names the file and the problem
     */
    public static VorbisReader open(Path file) throws IOException {
        FileChannel channel = DecoderFiles.openNonEmpty(file);
        try {
            ByteBuffer start = ByteBuffer.allocate(4);
            while (start.hasRemaining() && channel.read(start) >= 0) {
                // the capture pattern of the first page
            }
            String capture = DecoderFiles.fourCc(start.array(), 0, start.position());
            if (!capture.equals("OggS")) {
                throw new IOException(file + ": not an Ogg file (it starts with '" + capture + "', not 'OggS')");
            }
            channel.position(0);
            VorbisReader reader = new VorbisReader(file, channel);
            reader.readHeaders();
            reader.readLength();
            return reader;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void readHeaders() throws IOException {
        if (!nextPage()) {
            throw new IOException(file + ": truncated: the file ends inside its first Ogg page");
        }
        serial = page.serialno();
        stream.init(serial);
        stream.pagein(page);
        if (stream.packetout(packet) != 1 || info.synthesis_headerin(comment, packet) < 0) {
            throw new IOException(file + ": not an Ogg Vorbis file (its first stream is not Vorbis, or the Vorbis"
                    + " identification header is corrupt)");
        }
        int headers = 1;
        while (headers < 3) {
            int result = stream.packetout(packet);
            if (result == 1) {
                if (info.synthesis_headerin(comment, packet) < 0) {
                    throw new IOException(file + ": corrupt Vorbis header " + (headers + 1) + " of 3");
                }
                headers++;
            } else if (result < 0) {
                throw new IOException(file + ": corrupt Vorbis header " + (headers + 1) + " of 3 (a packet is lost)");
            } else if (!nextPage()) {
                throw new IOException(file + ": truncated: the file ends inside the Vorbis headers");
            } else if (page.serialno() == serial) {
                stream.pagein(page);
            }
        }
        if (info.channels < 1 || info.rate < 1) {
            throw new IOException(file + ": corrupt Vorbis header: " + info.rate + " Hz, " + info.channels
                    + " channels");
        }
        format = new AudioFormat(info.rate, info.channels);
        dsp.synthesis_init(info);
        block.init(dsp);
    }

    /** The granule position of this stream's last page, if that page ends the stream. */
    private void readLength() throws IOException {
        long size = channel.size();
        int length = (int) Math.min(TAIL_BYTES, size);
        ByteBuffer tail = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        long p = size - length;
        while (tail.hasRemaining()) {
            int n = channel.read(tail, p);
            if (n < 0) {
                break;
            }
            p += n;
        }
        for (int at = tail.position() - 27; at >= 0; at--) {
            if (tail.get(at) == 'O' && tail.get(at + 1) == 'g' && tail.get(at + 2) == 'g' && tail.get(at + 3) == 'S'
                    && tail.get(at + 4) == 0 && tail.getInt(at + 14) == serial) {
                long granule = tail.getLong(at + 6);
                if ((tail.get(at + 5) & 0x04) != 0 && granule >= 0) {
                    lengthFrames = granule;
                    framesLeft = granule;
                }
                return;
            }
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
            int available = decodedFrames();
            if (available <= 0) {
                break;
            }
            int n = (int) Math.min(Math.min(frames - done, available), framesLeft);
            float[][] pcm = pcmHolder[0];
            for (int c = 0; c < channels; c++) {
                float[] samples = pcm[c];
                int from = pcmIndex[c];
                for (int i = 0; i < n; i++) {
                    buffer[(done + i) * channels + c] = samples[from + i];
                }
            }
            dsp.synthesis_read(n);
            done += n;
            framesLeft -= n;
            framesDecoded += n;
        }
        return done;
    }

    /** Decodes until samples are ready; their number, or 0 at the end, where {@link #failure} may say why. */
    private int decodedFrames() throws IOException {
        while (!ended) {
            int available = dsp.synthesis_pcmout(pcmHolder, pcmIndex);
            if (available > 0) {
                return available;
            }
            int result = stream.packetout(packet);
            if (result == 1) {
                if (block.synthesis(packet) != 0) {
                    return fail(file + ": corrupt Ogg data after " + at() + " (a packet is not Vorbis audio)");
                }
                dsp.synthesis_blockin(block);
            } else if (result < 0) {
                return fail(file + ": corrupt Ogg data after " + at() + " (a packet is missing)");
            } else if (endOfStreamPage) {
                ended = true;
            } else if (!nextPageOrFail()) {
                if (failure != null || closed) {
                    return 0;
                }
                return fail(file + ": truncated after " + at()
                        + (lengthFrames < 0 ? " (the file ends before the end-of-stream page)"
                                : " (" + DecoderFiles.seconds(lengthFrames, format.sampleRateHz()) + " announced)"));
            } else if (page.serialno() == serial) {
                stream.pagein(page);
                endOfStreamPage = page.eos() != 0;
            }
        }
        return 0;
    }

    private int fail(String message) {
        ended = true;
        failure = closed ? null : message;
        return 0;
    }

    /** {@link #nextPage()}, with a corrupt page recorded as the {@link #failure} every later read reports. */
    private boolean nextPageOrFail() {
        try {
            return nextPage();
        } catch (IOException e) {
            fail(e.getMessage());
            return false;
        }
    }

    /** Reads the next whole page into {@link #page}; false at the end of the file. */
    private boolean nextPage() throws IOException {
        while (true) {
            int result = sync.pageout(page);
            if (result == 1) {
                return true;
            }
            if (result < 0) {
                String where = format == null ? "in the Vorbis headers" : "after " + at();
                throw new IOException(file + ": corrupt Ogg page " + where + " (bad checksum or lost sync)");
            }
            int offset = sync.buffer(READ_BYTES);
            int n;
            try {
                n = in.read(sync.data, offset, READ_BYTES);
            } catch (IOException e) {
                if (closed) {
                    return false;
                }
                throw new IOException(file + ": read failed: " + e.getMessage(), e);
            }
            if (n <= 0) {
                return false;
            }
            sync.wrote(n);
        }
    }

    private String at() {
        return DecoderFiles.seconds(framesDecoded, format.sampleRateHz());
    }

    @Override
    public String toString() {
        return "VorbisReader[" + file + ", " + format + "]";
    }
}
