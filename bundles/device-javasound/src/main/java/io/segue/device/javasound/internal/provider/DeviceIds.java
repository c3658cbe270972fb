package io.segue.device.javasound.internal.provider;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns mixer names into device ids: {@code javasound:} and the name in lower case with every run of characters
 * other than {@code a-z} and {@code 0-9} replaced by one {@code -} ({@code "PCH [plughw:0,0]"} becomes
 * {@code javasound:pch-plughw-0-0}). Mixers whose names give the same id are told apart by a suffix in Java
 * Sound's order: the first keeps the plain id, the second gets {@code -2}, the third {@code -3}, skipping ids
 * already given or reserved.
 *
 * <p>Not thread-safe: one instance per enumeration.
 */
final class DeviceIds {

    static final String PREFIX = JavaSoundDeviceProvider.PROVIDER_ID + ":";

    private final Map<String, Integer> seen = new HashMap<>();

    /** The sanitized local part of an id for {@code mixerName}; {@code mixer} when nothing is left. */
    static String sanitize(String mixerName) {
        String local = mixerName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return local.isEmpty() ? "mixer" : local;
    }

    /**
     * Takes {@code id} out of the ones {@link #next} gives: it belongs to a mixer that keeps it from an earlier
     * enumeration.
     */
    void reserve(String id) {
        seen.putIfAbsent(id, 1);
    }

    /**
     * The id of the next mixer called {@code mixerName}, unique among the ids this instance has given or
     * {@linkplain #reserve reserved}.
     */
    String next(String mixerName) {
        String base = PREFIX + sanitize(mixerName);
        String id = base;
        int n = seen.merge(base, 1, Integer::sum);
        if (n > 1) {
            id = base + "-" + n;
            // a later mixer may be literally named "x 2": keep counting until the id is free
            while (seen.containsKey(id)) {
                n = seen.merge(base, 1, Integer::sum);
                id = base + "-" + n;
            }
            seen.put(id, 1);
        }
        return id;
    }
}
