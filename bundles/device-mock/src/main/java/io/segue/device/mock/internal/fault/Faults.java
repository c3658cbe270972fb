package io.segue.device.mock.internal.fault;

import java.util.Map;
import java.util.Set;

/**
 * Faults a mock device is opened with, from its options, for rehearsing failure and for tests:
 * {@code disconnectAfter=<frames>} (the device disappears after delivering that many frames: reads fail with an
 * {@code IOException}) and {@code glitchEvery=<frames>} (every that many frames a burst of
 * {@value FaultyInput#BURST} bad samples: NaN, +Inf, -Inf and ±4.0).
 *
 * @param disconnectAfterFrames frames delivered before the disconnect, or -1 for none
 * @param glitchEveryFrames     frames between the starts of glitch bursts, or -1 for none
 */
public record Faults(long disconnectAfterFrames, long glitchEveryFrames) {

    /** The option keys every mock device takes. */
    public static final Set<String> KEYS = Set.of("disconnectAfter", "glitchEvery");

    public static final Faults NONE = new Faults(-1, -1);

    /**
     * @param options the device's options; keys other than {@link #KEYS} are ignored
     * @throws IllegalArgumentException naming the option when a value is not a whole number of frames in range
     */
    public static Faults of(Map<String, String> options) {
        return new Faults(frames(options, "disconnectAfter", 0), frames(options, "glitchEvery", FaultyInput.BURST));
    }

    public boolean any() {
        return disconnectAfterFrames >= 0 || glitchEveryFrames >= 0;
    }

    private static long frames(Map<String, String> options, String key, long min) {
        String value = options.get(key);
        if (value == null) {
            return -1;
        }
        long frames;
        try {
            frames = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "' must be a whole number of frames, was '"
                    + value + "'", e);
        }
        if (frames < min) {
            throw new IllegalArgumentException("option '" + key + "' must be at least " + min + " frames, was "
                    + frames);
        }
        return frames;
    }
}
