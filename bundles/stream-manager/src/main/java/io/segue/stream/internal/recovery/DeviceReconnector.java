package io.segue.stream.internal.recovery;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.DeviceType;
import io.segue.stream.internal.devices.DeviceIds;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Finds a device for a stream whose device failed: the same device by id, then a device of the same provider and
 * name (a card that came back under another id), then, once the failure is old enough, the fallback device.
 *
 * @param <T> what is opened: an input or an output
 */
public final class DeviceReconnector<T extends AutoCloseable> {

    /** Opens a device by id (with its options). */
    @FunctionalInterface
    public interface Opener<T> {
        T open(String deviceId) throws IOException;
    }

    /** A device opened for the stream, and the id it was opened by. */
    public record Opened<T>(T device, String deviceId) {
    }

    private final AudioDevices devices;
    private final DeviceType type;
    private final String preferredId;
    private final String preferredName;
    private final String preferredProvider;
    private final String fallbackId;
    private final RecoverySettings settings;
    private final Opener<T> opener;
    private volatile String lastProblem;

    /**
     * @param preferredId the device the stream was started on, options included
     * @param fallbackId  the device to move to when the preferred one stays away, or empty for none
     */
    public DeviceReconnector(AudioDevices devices, DeviceType type, String preferredId, String fallbackId,
            RecoverySettings settings, Opener<T> opener) {
        this.devices = devices;
        this.type = type;
        this.preferredId = preferredId;
        Optional<AudioDeviceInfo> preferred = devices.find(preferredId);
        this.preferredName = preferred.map(AudioDeviceInfo::name).orElse(null);
        this.preferredProvider = preferred.map(AudioDeviceInfo::providerId).orElse(null);
        this.fallbackId = fallbackId == null || DeviceIds.base(fallbackId).equals(DeviceIds.base(preferredId)) ? ""
                : fallbackId;
        this.settings = settings;
        this.opener = opener;
    }

    public String preferredId() {
        return preferredId;
    }

    public RecoverySettings settings() {
        return settings;
    }

    /** Whether {@code deviceId} is the preferred device, or stands for it (found by its name). */
    public boolean isPreferred(String deviceId) {
        if (DeviceIds.base(deviceId).equals(DeviceIds.base(preferredId))) {
            return true;
        }
        return preferredName != null && devices.find(deviceId)
                .filter(d -> d.name().equals(preferredName) && d.providerId().equals(preferredProvider))
                .isPresent();
    }

    /**
     * One attempt: the preferred device, then (once {@code millisSinceFailure} reaches the configured time) the
     * fallback. Returns {@code null} when nothing could be opened now; {@link #lastProblem()} says why.
     */
    public Opened<T> attempt(long millisSinceFailure) {
        Opened<T> opened = openPreferred();
        if (opened == null && !fallbackId.isEmpty() && millisSinceFailure >= settings.fallbackAfterMillis()
                && devices.find(fallbackId).isPresent()) {
            opened = tryOpen(fallbackId);
        }
        return opened;
    }

    /** The preferred device, by id or else by name, if it is present and opens; else {@code null}. */
    public Opened<T> openPreferred() {
        if (devices.find(preferredId).isPresent()) {
            return tryOpen(preferredId);
        }
        if (preferredName == null) {
            lastProblem = "device " + preferredId + " is not present";
            return null;
        }
        String options = DeviceIds.options(preferredId);
        for (AudioDeviceInfo candidate : devices.list(type)) {
            if (candidate.name().equals(preferredName) && candidate.providerId().equals(preferredProvider)) {
                Opened<T> opened = tryOpen(candidate.id() + options);
                if (opened != null) {
                    return opened;
                }
            }
        }
        lastProblem = "device " + preferredId + " (" + preferredName + ") is not present";
        return null;
    }

    /**
     * Tries again and again, waiting the configured backoff between attempts, until a device opens that
     * {@code fits} (others are closed), or {@code stopping} holds. On the calling thread, which an interrupt wakes
     * to look at {@code stopping} again.
     *
     * @return the device, or {@code null} when stopping
     */
    public Opened<T> reconnect(BooleanSupplier stopping, Predicate<T> fits) {
        long failedAt = System.nanoTime();
        for (int attempt = 0; !stopping.getAsBoolean(); attempt++) {
            Opened<T> opened = attempt(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - failedAt));
            if (opened != null) {
                if (fits.test(opened.device())) {
                    return opened;
                }
                closeQuietly(opened.device());
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(settings.backoffMillis(attempt)));
            Thread.interrupted(); // stop() interrupts to end the wait; the loop condition decides
        }
        return null;
    }

    private static void closeQuietly(AutoCloseable device) {
        try {
            device.close();
        } catch (Exception e) {
            // AudioInput and AudioOutput never throw from close
        }
    }

    /** Why the last attempt opened nothing. */
    public String lastProblem() {
        return lastProblem;
    }

    private Opened<T> tryOpen(String deviceId) {
        try {
            return new Opened<>(opener.open(deviceId), deviceId);
        } catch (IOException | RuntimeException e) {
            lastProblem = deviceId + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
            return null;
        }
    }
}
