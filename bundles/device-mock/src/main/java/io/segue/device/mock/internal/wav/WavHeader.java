package io.segue.device.mock.internal.wav;

import io.segue.api.audio.AudioFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * What the chunks before the audio say: the sample format and where the samples are.
 *
 * @param format     rate and channel count
 * @param encoding   how each sample is stored
 * @param blockAlign bytes per frame
 * @param dataOffset file position of the first sample
 * @param dataBytes  size of the data chunk, or -1 when the writer left it unknown (0xFFFFFFFF, as streaming
 *                   writers do)
 */
record WavHeader(AudioFormat format, SampleEncoding encoding, int blockAlign, long dataOffset, long dataBytes) {

    /** More channels than any real recording has (Dolby Atmos beds carry 16). */
    static final int MAX_CHANNELS = 64;

    private static final int WAVE_FORMAT_PCM = 0x0001;
    private static final int WAVE_FORMAT_IEEE_FLOAT = 0x0003;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;
    /** Bytes 2..15 of every KSDATAFORMAT_SUBTYPE_* GUID whose first two bytes are a WAVE format tag. */
    private static final byte[] SUBTYPE_GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
    };
    private static final int EXTENSIBLE_FMT_SIZE = 40;

    /** Reads the header chunks of {@code channel}; leaves its position undefined. */
    static WavHeader read(Path file, FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(EXTENSIBLE_FMT_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        int got = readAt(channel, buf, 0, 12);
        String riff = fourCc(buf, 0, got);
        if (got < 12 || !riff.equals("RIFF") || !fourCc(buf, 8, got).equals("WAVE")) {
            throw new IOException(file + ": " + notWave(riff, got < 12 ? "" : fourCc(buf, 8, got), got));
        }

        Fmt fmt = null;
        long dataOffset = -1;
        long dataBytes = 0;
        long position = 12;
        while (readAt(channel, buf, position, 8) == 8) {
            String id = fourCc(buf, 0, 8);
            long size = Integer.toUnsignedLong(buf.getInt(4));
            long body = position + 8;
            if (id.equals("fmt ") && fmt == null) {
                fmt = Fmt.parse(file, channel, buf, body, size);
            } else if (id.equals("data") && dataOffset < 0) {
                dataOffset = body;
                dataBytes = size == UNKNOWN_SIZE ? -1 : size;
                if (fmt != null) {
                    break;
                }
                if (dataBytes < 0) {
                    throw new IOException(file + ": 'data' chunk of unknown size comes before the 'fmt ' chunk");
                }
            }
            position = body + size + (size & 1); // chunks are padded to an even size
        }
        if (fmt == null) {
            throw new IOException(file + ": no 'fmt ' chunk" + (dataOffset < 0 ? " and no 'data' chunk" : ""));
        }
        if (dataOffset < 0) {
            throw new IOException(file + ": no 'data' chunk");
        }
        return new WavHeader(new AudioFormat(fmt.sampleRateHz, fmt.channels), fmt.encoding, fmt.blockAlign,
                dataOffset, dataBytes);
    }

    /** Frames in the data chunk, or -1 when its size is unknown. */
    long lengthFrames() {
        return dataBytes < 0 ? -1 : dataBytes / blockAlign;
    }

    private record Fmt(int channels, int sampleRateHz, SampleEncoding encoding, int blockAlign) {

        static Fmt parse(Path file, FileChannel channel, ByteBuffer buf, long body, long size) throws IOException {
            if (size < 16) {
                throw new IOException(file + ": 'fmt ' chunk is " + size + " bytes, at least 16 needed");
            }
            int wanted = (int) Math.min(size, EXTENSIBLE_FMT_SIZE);
            if (readAt(channel, buf, body, wanted) < wanted) {
                throw new IOException(file + ": truncated: the file ends inside the 'fmt ' chunk");
            }
            int tag = Short.toUnsignedInt(buf.getShort(0));
            int channels = Short.toUnsignedInt(buf.getShort(2));
            long sampleRateHz = Integer.toUnsignedLong(buf.getInt(4));
            int blockAlign = Short.toUnsignedInt(buf.getShort(12));
            int bitsPerSample = Short.toUnsignedInt(buf.getShort(14));

            String what;
            int encodingTag;
            int containerBits;
            if (tag == WAVE_FORMAT_EXTENSIBLE) {
                if (size < EXTENSIBLE_FMT_SIZE) {
                    throw new IOException(file + ": WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk is " + size + " bytes, "
                            + EXTENSIBLE_FMT_SIZE + " needed");
                }
                encodingTag = Short.toUnsignedInt(buf.getShort(24));
                for (int i = 0; i < SUBTYPE_GUID_TAIL.length; i++) {
                    if (buf.get(26 + i) != SUBTYPE_GUID_TAIL[i]) {
                        throw new IOException(file + ": unsupported encoding: WAVE_FORMAT_EXTENSIBLE with sub-format "
                                + guid(buf, 24) + "; supported: PCM and IEEE float sub-formats");
                    }
                }
                what = "WAVE_FORMAT_EXTENSIBLE sub-format ";
                containerBits = bitsPerSample; // here wBitsPerSample is the container; wValidBitsPerSample may be less
            } else {
                encodingTag = tag;
                what = "format tag ";
                containerBits = (bitsPerSample + 7) / 8 * 8; // fewer bits are left-justified in whole bytes
            }
            SampleEncoding encoding = encoding(encodingTag, containerBits);
            if (encoding == null) {
                throw new IOException(file + ": unsupported encoding: " + what + tagName(encodingTag) + " with "
                        + bitsPerSample + " bits per sample; supported: PCM 8, 16, 24 or 32-bit, IEEE float 32 or "
                        + "64-bit, and WAVE_FORMAT_EXTENSIBLE with those");
            }
            if (channels == 0) {
                throw new IOException(file + ": 'fmt ' chunk says 0 channels");
            }
            if (channels > MAX_CHANNELS) {
                // a reader allocates a buffer per channel and block: refuse what no recording has
                throw new IOException(file + ": " + channels + " channels, at most " + MAX_CHANNELS
                        + " are supported");
            }
            if (sampleRateHz == 0 || sampleRateHz > Integer.MAX_VALUE) {
                throw new IOException(file + ": 'fmt ' chunk says sample rate " + sampleRateHz + " Hz");
            }
            int expectedAlign = channels * encoding.bytes;
            if (blockAlign != expectedAlign) {
                throw new IOException(file + ": 'fmt ' chunk says block align " + blockAlign + " bytes, but "
                        + channels + " channels of " + containerBits + " bits need " + expectedAlign);
            }
            return new Fmt(channels, (int) sampleRateHz, encoding, blockAlign);
        }

        private static SampleEncoding encoding(int tag, int containerBits) {
            if (tag == WAVE_FORMAT_PCM) {
                return switch (containerBits) {
                    case 8 -> SampleEncoding.UNSIGNED_8;
                    case 16 -> SampleEncoding.SIGNED_16;
                    case 24 -> SampleEncoding.SIGNED_24;
                    case 32 -> SampleEncoding.SIGNED_32;
                    default -> null;
                };
            }
            if (tag == WAVE_FORMAT_IEEE_FLOAT) {
                return switch (containerBits) {
                    case 32 -> SampleEncoding.FLOAT_32;
                    case 64 -> SampleEncoding.FLOAT_64;
                    default -> null;
                };
            }
            return null;
        }
    }

    /** Reads up to {@code length} bytes at {@code position} into the start of {@code buf}; returns how many. */
    private static int readAt(FileChannel channel, ByteBuffer buf, long position, int length) throws IOException {
        buf.clear().limit(length);
        while (buf.hasRemaining()) {
            if (channel.read(buf, position + buf.position()) < 0) {
                break;
            }
        }
        return buf.position();
    }

    private static String fourCc(ByteBuffer buf, int offset, int available) {
        StringBuilder s = new StringBuilder(4);
        for (int i = offset; i < Math.min(offset + 4, available); i++) {
            int c = buf.get(i) & 0xFF;
            s.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return s.toString();
    }

    private static String notWave(String riff, String wave, int got) {
        if (got < 12) {
            return "not a RIFF/WAVE file (only " + got + " bytes)";
        }
        if (riff.equals("RIFX") || riff.equals("RF64")) {
            return "not a supported WAVE file: " + riff + " files are not supported, only little-endian RIFF";
        }
        return "not a RIFF/WAVE file (starts with '" + riff + "' ... '" + wave + "', expected 'RIFF' ... 'WAVE')";
    }

    private static String tagName(int tag) {
        String name = switch (tag) {
            case WAVE_FORMAT_PCM -> "PCM";
            case 0x0002 -> "Microsoft ADPCM";
            case WAVE_FORMAT_IEEE_FLOAT -> "IEEE float";
            case 0x0006 -> "A-law";
            case 0x0007 -> "mu-law";
            case 0x0011 -> "IMA ADPCM";
            case 0x0031 -> "GSM 6.10";
            case 0x0050 -> "MPEG";
            case 0x0055 -> "MPEG Layer 3";
            default -> null;
        };
        return String.format("0x%04X", tag) + (name == null ? "" : " (" + name + ")");
    }

    private static String guid(ByteBuffer buf, int offset) {
        return String.format("{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}", buf.getInt(offset),
                buf.getShort(offset + 4), buf.getShort(offset + 6), buf.get(offset + 8), buf.get(offset + 9),
                buf.get(offset + 10), buf.get(offset + 11), buf.get(offset + 12), buf.get(offset + 13),
                buf.get(offset + 14), buf.get(offset + 15));
    }
}
