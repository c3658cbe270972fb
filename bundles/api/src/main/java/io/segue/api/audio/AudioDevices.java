package io.segue.api.audio;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every audio device of every registered {@link AudioDeviceProvider}, in one place. Providers come and go at run
 * time; each call answers for the providers registered at that moment.
 *
 * <p>Threading: all methods may be called from any thread.
 */
@ProviderType
public interface AudioDevices {

    /** All devices, ordered by provider id then device id. */
    List<AudioDeviceInfo> list();

    /** The devices that can serve as {@code type} (an input list includes duplex devices). */
    List<AudioDeviceInfo> list(DeviceType type);

    /** The device with this id (options after {@code ?} are ignored), if it is present now. */
    Optional<AudioDeviceInfo> find(String deviceId);

    /** The default device for {@code type}: a provider's default, else the first such device. */
    Optional<AudioDeviceInfo> defaultDevice(DeviceType type);

    /**
     * Opens a device for capture through its provider.
     *
     * @throws IllegalArgumentException when no present device has this id; the message lists the known ids
     * @throws IOException              when the device cannot be opened
     */
    AudioInput openInput(String deviceId, AudioFormat requested) throws IOException;

    /**
     * Opens a device for playback through its provider.
     *
     * @throws IllegalArgumentException when no present device has this id, or it cannot play
     * @throws IOException              when the device cannot be opened
     */
    AudioOutput openOutput(String deviceId, AudioFormat requested) throws IOException;

    /** The latest devices that appeared or disappeared, oldest first (a bounded history). */
    List<DeviceChange> recentChanges();

    /**
     * Tests a device: an input device is opened and captured from; an output-only device plays a quiet 440 Hz
     * tone. Reports level, peak, clipping, latency and errors. Never throws for a device failure: the result
     * carries the error.
     *
     * @throws IllegalArgumentException when no present device has this id
     */
    DeviceTestResult test(String deviceId, AudioFormat requested, Duration duration);
}
