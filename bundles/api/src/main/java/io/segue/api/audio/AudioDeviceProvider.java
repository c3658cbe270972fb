package io.segue.api.audio;

import java.io.IOException;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A source of audio devices: a sound system (Java Sound), generated signals (the mock provider), a network
 * receiver. Registered as an OSGi service; every registered provider's devices are listed by {@link AudioDevices}.
 *
 * <p>Clients use {@link AudioDevices}; they do not look providers up directly.
 *
 * <p>Threading: all methods may be called from any thread, concurrently.
 */
@ConsumerType
public interface AudioDeviceProvider {

    /** A short unique identifier, the prefix of every device id of this provider (e.g. {@code mock}). */
    String id();

    /** The devices present now. Never {@code null}; empty when the provider has none (no sound card). */
    List<AudioDeviceInfo> devices();

    /**
     * Opens a device for capture.
     *
     * @param deviceId  one of {@link #devices()}' ids; a provider may accept options after a {@code ?}
     *                  (e.g. {@code mock:sine?hz=880})
     * @param requested the format the caller would like; the returned input's {@link AudioInput#format()} says
     *                  what the device really delivers, which may differ in rate or channels (a device asked
     *                  for more channels than it has delivers the channels it has)
     * @throws IllegalArgumentException when the id is not one of this provider's, or an option is invalid
     * @throws IOException              when the device exists but cannot be opened
     */
    AudioInput openInput(String deviceId, AudioFormat requested) throws IOException;

    /**
     * Opens a device for playback.
     *
     * @throws IllegalArgumentException when the id is not one of this provider's playback devices
     * @throws IOException              when the device exists but cannot be opened
     */
    default AudioOutput openOutput(String deviceId, AudioFormat requested) throws IOException {
        throw new IllegalArgumentException("provider '" + id() + "' has no output device '" + deviceId + "'");
    }
}
