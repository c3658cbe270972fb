package io.segue.decoders.internal.mp3;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * What an MP3 file says before its audio: where the first MPEG audio frame is, its format, and, when the encoder
 * wrote a Xing/Info frame with a LAME tag (LAME, ffmpeg), how many frames follow and how many samples of encoder
 * delay and padding to drop for the decoded audio to be as long as the source ("gapless").
 *
 * @param frameOffset     file position of the first MPEG audio frame
 * @param sampleRateHz    its sample rate
 * @param channels        1 or 2
 * @param samplesPerFrame samples per channel in each frame (384, 576 or 1152)
 * @param infoFrame       whether the first frame is a Xing/Info frame (it carries no audio and is not decoded)
 * @param audioFrames     the frames of audio after the Info frame, or -1 when unknown
 * @param encoderDelay    samples the encoder added at the start, or -1 when unknown
 * @param padding         samples the encoder added at the end, or -1 when unknown
 */
record Mp3Preamble(long frameOffset, int sampleRateHz, int channels, int samplesPerFrame, boolean infoFrame,
        long audioFrames, int encoderDelay, int padding) {

    /** How far into the audio the first frame header is looked for (some files have junk before it). */
    static final int SEARCH_BYTES = 64 * 1024;

    private static final int[][] BITRATES_KBPS = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384}, // MPEG-1 layer II
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}, // MPEG-1 layer III
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}, // MPEG-2/2.5 layer I
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}, // MPEG-2/2.5 layers II and III
    };
    private static final int[][] RATES_HZ = {{11_025, 12_000, 8_000}, {0, 0, 0}, {22_050, 24_000, 16_000},
        {44_100, 48_000, 32_000}};

    /** The samples a standard MPEG layer III synthesis filter bank delays its output by. */
    static final int DECODER_DELAY = 529;

    /** Reads the ID3v2 tag's size, finds the first frame and parses the Xing/Info frame and LAME tag if any. */
    static Mp3Preamble read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer id3 = ByteBuffer.allocate(10);
        readAt(channel, id3, 0);
        long audioStart = 0;
        if (id3.position() == 10 && id3.get(0) == 'I' && id3.get(1) == 'D' && id3.get(2) == '3') {
            int tagSize = 0;
            for (int i = 6; i < 10; i++) {
                if ((id3.get(i) & 0x80) != 0) {
                    throw new IOException(file + ": corrupt ID3v2 tag header: its size is not a synchsafe integer");
                }
                tagSize = tagSize << 7 | id3.get(i);
            }
            audioStart = 10L + tagSize + ((id3.get(5) & 0x10) != 0 ? 10 : 0);
            if (audioStart >= size) {
                throw new IOException(file + ": the ID3v2 tag announces " + audioStart + " bytes, past the end of the"
                        + " file (" + size + " bytes): corrupt tag or truncated file");
            }
        }
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(SEARCH_BYTES, size - audioStart));
        readAt(channel, head, audioStart);
        int available = head.position();
        for (int at = 0; at + 4 <= available; at++) {
            FrameHeader header = FrameHeader.parse(head, at);
            if (header == null) {
                continue;
            }
            int next = at + header.bytes;
            boolean confirmed = header.bytes == 0 || next + 4 > available || FrameHeader.parse(head, next) != null;
            if (confirmed) {
                return withInfoFrame(audioStart + at, header, head, at, available);
            }
        }
        throw new IOException(file + ": not an MPEG audio file (no MPEG audio frame in its first "
                + Math.min(SEARCH_BYTES, size - audioStart) + " bytes" + (audioStart > 0 ? " after the ID3v2 tag" : "")
                + ")");
    }

    private static Mp3Preamble withInfoFrame(long offset, FrameHeader header, ByteBuffer head, int at,
            int available) {
        int xing = at + 4 + (header.crc ? 2 : 0) + header.sideInfoBytes();
        Mp3Preamble plain = new Mp3Preamble(offset, header.sampleRateHz, header.channels, header.samplesPerFrame(),
                false, -1, -1, -1);
        if (header.layer != 3 || xing + 8 > available) {
            return plain;
        }
        String id = "" + (char) head.get(xing) + (char) head.get(xing + 1) + (char) head.get(xing + 2)
                + (char) head.get(xing + 3);
        if (!id.equals("Xing") && !id.equals("Info")) {
            return plain;
        }
        int flags = head.getInt(xing + 4);
        int p = xing + 8;
        long frames = -1;
        if ((flags & 1) != 0 && p + 4 <= available) {
            frames = Integer.toUnsignedLong(head.getInt(p));
            p += 4;
        }
        p += ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        int delay = -1;
        int padding = -1;
        if (p + 24 <= available && (startsWith(head, p, "LAME") || startsWith(head, p, "Lav"))) {
            int b0 = head.get(p + 21) & 0xFF;
            int b1 = head.get(p + 22) & 0xFF;
            int b2 = head.get(p + 23) & 0xFF;
            delay = b0 << 4 | b1 >> 4;
            padding = (b1 & 0x0F) << 8 | b2;
        }
        return new Mp3Preamble(offset, header.sampleRateHz, header.channels, header.samplesPerFrame(), true, frames,
                delay, padding);
    }

    /**
     * The frames a gapless decoder delivers, or -1 when the file does not say: the encoder's frames less its
     * delay and padding.
     */
    long lengthFrames() {
        if (audioFrames < 0 || encoderDelay < 0) {
            return -1;
        }
        return Math.max(0, audioFrames * samplesPerFrame - encoderDelay - padding);
    }

    /** Decoded samples to drop at the start: the encoder's delay plus the decoder's. */
    int skipFrames() {
        return encoderDelay < 0 ? 0 : encoderDelay + DECODER_DELAY;
    }

    private static boolean startsWith(ByteBuffer b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b.get(at + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void readAt(FileChannel channel, ByteBuffer buf, long position) throws IOException {
        long p = position;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, p);
            if (n < 0) {
                break;
            }
            p += n;
        }
    }

    /** The four bytes that start every MPEG audio frame. */
    private record FrameHeader(int version, int layer, boolean crc, int sampleRateHz, int channels, int bytes) {

        /** {@code version}: 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5. Null unless the bytes are a valid header. */
        static FrameHeader parse(ByteBuffer b, int at) {
            int h = b.getInt(at);
            if ((h & 0xFFE0_0000) != 0xFFE0_0000) {
                return null;
            }
            int versionBits = h >>> 19 & 3;
            int layerBits = h >>> 17 & 3;
            int bitrateIndex = h >>> 12 & 15;
            int rateIndex = h >>> 10 & 3;
            if (versionBits == 1 || layerBits == 0 || bitrateIndex == 15 || rateIndex == 3) {
                return null;
            }
            int layer = 4 - layerBits;
            int version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
            int rate = RATES_HZ[versionBits][rateIndex];
            int table = version == 1 ? layer - 1 : layer == 1 ? 3 : 4;
            int bitrate = BITRATES_KBPS[table][bitrateIndex] * 1000;
            int pad = h >>> 9 & 1;
            int bytes;
            if (bitrate == 0) {
                bytes = 0; // free format: the size is not in the header
            } else if (layer == 1) {
                bytes = (12 * bitrate / rate + pad) * 4;
            } else {
                bytes = (layer == 3 && version != 1 ? 72 : 144) * bitrate / rate + pad;
            }
            boolean crc = (h >>> 16 & 1) == 0;
            int channels = (h >>> 6 & 3) == 3 ? 1 : 2;
            return new FrameHeader(version, layer, crc, rate, channels, bytes);
        }

        int samplesPerFrame() {
            return layer == 1 ? 384 : layer == 3 && version != 1 ? 576 : 1152;
        }

        /** The layer III side information that follows the header (and its CRC). */
        int sideInfoBytes() {
            if (version == 1) {
                return channels == 1 ? 17 : 32;
            }
            return channels == 1 ? 9 : 17;
        }
    }

    @Override
    public String toString() {
        return "MPEG audio at byte " + frameOffset + ", " + sampleRateHz + " Hz, " + channels + " channel(s)"
                + (infoFrame ? ", Info frame: " + audioFrames + " frames, delay " + encoderDelay + ", padding "
                        + padding : "");
    }

}
