package io.segue.decoders.internal.aiff;

import io.segue.api.audio.AudioFormat;
import io.segue.decoders.internal.common.DecoderFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * What the chunks before the audio of an AIFF or AIFC file say.
 *
 * @param format         rate and channel count
 * @param encoding       how each sample is stored
 * @param bytesPerSample bytes each sample occupies
 * @param lengthFrames   sample frames the COMM chunk announces
 * @param dataOffset     file position of the first sample
 */
record AiffHeader(AudioFormat format, AiffEncoding encoding, int bytesPerSample, long lengthFrames,
        long dataOffset) {

    static final int MAX_CHANNELS = 64;
    static final int MAX_RATE_HZ = 1_536_000;
    private static final int COMM_AIFC_SIZE = 22;

    int blockAlign() {
        return bytesPerSample * format.channels();
    }

    /** Reads the header chunks of {@code channel}; leaves its position undefined. */
    static AiffHeader read(Path file, FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(COMM_AIFC_SIZE);
        int got = readAt(channel, buf, 0, 12);
        byte[] head = new byte[12];
        buf.get(0, head, 0, got);
        String form = DecoderFiles.fourCc(head, 0, got);
        String type = DecoderFiles.fourCc(head, 8, got);
        if (got < 12 || !form.equals("FORM") || !(type.equals("AIFF") || type.equals("AIFC"))) {
            String what = form.equals("FORM") ? "'FORM' of type '" + type + "'" : "'" + form + "'";
            throw new IOException(file + ": not an AIFF file (it starts with " + what
                    + ", not 'FORM' of type 'AIFF' or 'AIFC')");
        }
        boolean aifc = type.equals("AIFC");
        Comm comm = null;
        long dataOffset = -1;
        long position = 12;
        while (readAt(channel, buf, position, 8) == 8 && (comm == null || dataOffset < 0)) {
            byte[] idBytes = new byte[4];
            buf.get(0, idBytes);
            String id = DecoderFiles.fourCc(idBytes, 0, 4);
            long size = Integer.toUnsignedLong(buf.getInt(4));
            long body = position + 8;
            if (id.equals("COMM") && comm == null) {
                comm = Comm.parse(file, channel, buf, body, size, aifc);
            } else if (id.equals("SSND") && dataOffset < 0) {
                if (readAt(channel, buf, body, 8) < 8) {
                    throw new IOException(file + ": truncated: the file ends inside the 'SSND' chunk's header");
                }
                dataOffset = body + 8 + Integer.toUnsignedLong(buf.getInt(0));
            }
            position = body + size + (size & 1); // chunks are padded to an even size
        }
        if (comm == null) {
            throw new IOException(file + ": no 'COMM' chunk" + (dataOffset < 0 ? " and no 'SSND' chunk" : ""));
        }
        if (dataOffset < 0) {
            if (comm.frames == 0) {
                dataOffset = position; // an empty sound may leave out SSND
            } else {
                throw new IOException(file + ": no 'SSND' chunk, though 'COMM' announces " + comm.frames + " frames");
            }
        }
        return new AiffHeader(new AudioFormat(comm.sampleRateHz, comm.channels), comm.encoding,
                comm.bytesPerSample, comm.frames, dataOffset);
    }

    private record Comm(int channels, long frames, int bytesPerSample, int sampleRateHz, AiffEncoding encoding) {

        static Comm parse(Path file, FileChannel channel, ByteBuffer buf, long body, long size, boolean aifc)
                throws IOException {
            int needed = aifc ? COMM_AIFC_SIZE : 18;
            if (size < needed) {
                throw new IOException(file + ": 'COMM' chunk is " + size + " bytes, at least " + needed + " needed");
            }
            if (readAt(channel, buf, body, needed) < needed) {
                throw new IOException(file + ": truncated: the file ends inside the 'COMM' chunk");
            }
            int channels = buf.getShort(0);
            long frames = Integer.toUnsignedLong(buf.getInt(2));
            int bits = buf.getShort(6);
            double rate = extended(buf, 8);
            if (channels < 1 || channels > MAX_CHANNELS) {
                throw new IOException(file + ": 'COMM' chunk says " + channels + " channels; 1 to " + MAX_CHANNELS
                        + " supported");
            }
            if (!(rate >= 1 && rate <= MAX_RATE_HZ)) {
                throw new IOException(file + ": 'COMM' chunk says a sample rate of " + rate + " Hz; 1 to "
                        + MAX_RATE_HZ + " supported");
            }
            String compression = "NONE";
            if (aifc) {
                byte[] type = new byte[4];
                buf.get(18, type);
                compression = DecoderFiles.fourCc(type, 0, 4);
            }
            AiffEncoding encoding;
            switch (compression) {
                case "NONE", "twos" -> encoding = AiffEncoding.PCM_BIG_ENDIAN;
                case "sowt" -> encoding = AiffEncoding.PCM_LITTLE_ENDIAN;
                case "fl32", "FL32" -> {
                    encoding = AiffEncoding.FLOAT_32;
                    bits = 32;
                }
                default -> throw new IOException(file + ": unsupported AIFC compression '" + compression
                        + "'; supported: NONE, twos, sowt, fl32");
            }
            if (bits < 1 || bits > 32) {
                throw new IOException(file + ": 'COMM' chunk says " + bits + " bits per sample; 1 to 32 supported");
            }
            // old Macintosh rates are fractional (22254.545 Hz): the nearest whole rate is what players use
            return new Comm(channels, frames, (bits + 7) / 8, (int) Math.round(rate), encoding);
        }

        /** An 80-bit IEEE 754 extended float, as AIFF stores its rate: sign, 15-bit exponent, 64-bit mantissa. */
        static double extended(ByteBuffer buf, int at) {
            int signAndExponent = buf.getShort(at) & 0xFFFF;
            long mantissa = buf.getLong(at + 2);
            int exponent = signAndExponent & 0x7FFF;
            if (exponent == 0x7FFF) {
                return Double.NaN;
            }
            double value = Math.scalb((double) (mantissa >>> 11), exponent - 16383 - 52);
            return (signAndExponent & 0x8000) != 0 ? -value : value;
        }
    }

    private static int readAt(FileChannel channel, ByteBuffer buf, long position, int length) throws IOException {
        buf.clear().limit(length);
        long p = position;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, p);
            if (n < 0) {
                break;
            }
            p += n;
        }
        return buf.position();
    }
}
