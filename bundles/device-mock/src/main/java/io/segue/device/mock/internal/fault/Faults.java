package io.segue.device.mock.internal.fault;

import java.util.Map;
import java.util.Set;

/**
 * Faults a mock device is opened with, from its options, for rehearsing failure and for tests:
 * <ul>
 * <li>{@code disconnectAfter=<frames>}: the device disappears after delivering (or playing) that many frames;
 * reads and writes then fail with an {@code IOException};</li>
 * <li>{@code glitchEvery=<frames>} (inputs): every that many frames a burst of {@value FaultyInput#BURST} bad
 * samples, NaN, +Inf, -Inf and ±4.0;</li>
 * <li>{@code stallAfter=<frames>&stallMillis=<ms>}: once that many frames went through, the next read or write
 * blocks for {@code ms} milliseconds, then the device goes on;</li>
 * <li>{@code jitterMillis=<ms>}: every read or write is released up to {@code ms} milliseconds late, at random.</li>
 * </ul>
 *
 * @param disconnectAfterFrames frames delivered before the disconnect, or -1 for none
 * @param glitchEveryFrames     frames between the starts of glitch bursts, or -1 for none
 * @param stallAfterFrames      frames delivered before the stall, or -1 for none
 * @param stallMillis           how long the stall lasts, 0 when there is none
 * @param jitterMillis          the most a read or write is released late, 0 for none
 */
public record Faults(
        long disconnectAfterFrames, long glitchEveryFrames, long stallAfterFrames, long stallMillis,
        long jitterMillis) {

    /** The option keys every mock input takes. */
    public static final Set<String> KEYS =
            Set.of("disconnectAfter", "glitchEvery", "stallAfter", "stallMillis", "jitterMillis");

    /** The option keys the mock output takes: bad samples are a fault of capture. */
    public static final Set<String> OUTPUT_KEYS =
            Set.of("disconnectAfter", "stallAfter", "stallMillis", "jitterMillis");

    /** The longest stall or jitter, in milliseconds: a day. */
    public static final long MAX_MILLIS = 86_400_000L;

    public static final Faults NONE = new Faults(-1, -1, -1, 0, 0);

    /**
     * @param options the device's options; keys other than {@link #KEYS} are ignored
     * @throws IllegalArgumentException naming the option when a value is not a whole number in range, or when only
     *                                  one of {@code stallAfter} and {@code stallMillis} is given
     */
    public static Faults of(Map<String, String> options) {
        long stallAfter = whole(options, "stallAfter", 0, Long.MAX_VALUE, "frames");
        long stallMillis = whole(options, "stallMillis", 1, MAX_MILLIS, "milliseconds");
        if ((stallAfter < 0) != (stallMillis < 0)) {
            throw new IllegalArgumentException("options 'stallAfter' and 'stallMillis' go together: "
                    + "stallAfter=<frames>&stallMillis=<ms> stalls for ms milliseconds once that many frames went "
                    + "through; " + (stallAfter < 0 ? "stallAfter" : "stallMillis") + " is missing");
        }
        return new Faults(whole(options, "disconnectAfter", 0, Long.MAX_VALUE, "frames"),
                whole(options, "glitchEvery", FaultyInput.BURST, Long.MAX_VALUE, "frames"), stallAfter,
                Math.max(0, stallMillis), Math.max(0, whole(options, "jitterMillis", 0, MAX_MILLIS, "milliseconds")));
    }

    private static long whole(Map<String, String> options, String key, long min, long max, String unit) {
        String value = options.get(key);
        if (value == null) {
            return -1;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "' must be a whole number of " + unit + ", was '"
                    + value + "'", e);
        }
        if (number < min) {
            throw new IllegalArgumentException("option '" + key + "' must be at least " + min + " " + unit + ", was "
                    + number);
        }
        if (number > max) {
            throw new IllegalArgumentException("option '" + key + "' must be at most " + max + " " + unit + ", was "
                    + number);
        }
        return number;
    }
}
