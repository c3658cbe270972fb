package io.segue.decoders.internal.vorbis;

/** Rewrites an Ogg page's checksum after a test has changed its bytes. */
final class OggPages {

    private OggPages() {
    }

    /** Recomputes the CRC of the page starting at {@code at} (polynomial 0x04C11DB7, no reflection, as RFC 3533). */
    static void fixChecksum(byte[] bytes, int at) {
        int segments = bytes[at + 26] & 0xFF;
        int length = 27 + segments;
        for (int i = 0; i < segments; i++) {
            length += bytes[at + 27 + i] & 0xFF;
        }
        for (int i = 22; i < 26; i++) {
            bytes[at + i] = 0;
        }
        int crc = 0;
        for (int i = at; i < at + length; i++) {
            crc ^= (bytes[i] & 0xFF) << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000_0000) != 0 ? crc << 1 ^ 0x04C1_1DB7 : crc << 1;
            }
        }
        bytes[at + 22] = (byte) crc;
        bytes[at + 23] = (byte) (crc >>> 8);
        bytes[at + 24] = (byte) (crc >>> 16);
        bytes[at + 25] = (byte) (crc >>> 24);
    }
}
