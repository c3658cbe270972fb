package io.segue.device.javasound.internal.provider;

/**
 * Validated {@link JavaSoundConfig}.
 *
 * @param bufferMillis the line buffer asked of Java Sound, in milliseconds of audio at the line's rate
 * @param blockFrames  the most frames converted at once
 * @param stallMillis  how long an open capture line may deliver nothing before it counts as stopped
 */
record JavaSoundSettings(int bufferMillis, int blockFrames, int stallMillis) {

    static final int MIN_BUFFER_MILLIS = 5;
    static final int MAX_BUFFER_MILLIS = 2000;
    static final int DEFAULT_BUFFER_MILLIS = 100;
    static final int MIN_BLOCK_FRAMES = 64;
    static final int MAX_BLOCK_FRAMES = 65_536;
    static final int DEFAULT_BLOCK_FRAMES = 1024;
    static final int MIN_STALL_MILLIS = 50;
    static final int MAX_STALL_MILLIS = 60_000;
    static final int DEFAULT_STALL_MILLIS = 1000;

    static final JavaSoundSettings DEFAULTS =
            new JavaSoundSettings(DEFAULT_BUFFER_MILLIS, DEFAULT_BLOCK_FRAMES, DEFAULT_STALL_MILLIS);

    /** @throws IllegalArgumentException naming the key that is out of range */
    JavaSoundSettings {
        if (bufferMillis < MIN_BUFFER_MILLIS || bufferMillis > MAX_BUFFER_MILLIS) {
            throw new IllegalArgumentException("bufferMillis must be " + MIN_BUFFER_MILLIS + " to "
                    + MAX_BUFFER_MILLIS + ", was " + bufferMillis);
        }
        if (blockFrames < MIN_BLOCK_FRAMES || blockFrames > MAX_BLOCK_FRAMES) {
            throw new IllegalArgumentException("blockFrames must be " + MIN_BLOCK_FRAMES + " to " + MAX_BLOCK_FRAMES
                    + ", was " + blockFrames);
        }
        if (stallMillis < MIN_STALL_MILLIS || stallMillis > MAX_STALL_MILLIS) {
            throw new IllegalArgumentException("stallMillis must be " + MIN_STALL_MILLIS + " to " + MAX_STALL_MILLIS
                    + ", was " + stallMillis);
        }
    }

    static JavaSoundSettings of(JavaSoundConfig config) {
        return new JavaSoundSettings(config.bufferMillis(), config.blockFrames(), config.stallMillis());
    }

    /** The line buffer in bytes for a line format of {@code frameBytes} bytes per frame at {@code rateHz}. */
    int bufferBytes(int frameBytes, int rateHz) {
        long frames = Math.max(1L, (long) rateHz * bufferMillis / 1000);
        return (int) Math.min(Integer.MAX_VALUE / 2, frames * frameBytes);
    }
}
