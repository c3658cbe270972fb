package io.segue.api.audio;

/**
 * The outcome of {@link AudioDevices#test}: what came out of (or went into) a device during a short test.
 *
 * @param deviceId       the device tested
 * @param type           {@link DeviceType#INPUT} for a capture test, {@link DeviceType#OUTPUT} for a playback test
 * @param format         the format the device delivered or accepted, {@code null} when it did not open
 * @param frames         frames captured or played during the test
 * @param durationMillis how long the test ran, opening the device included
 * @param latencyMillis  the latency the device achieved: the audio its buffer holds between the hardware and the
 *                       caller, in milliseconds; {@code NaN} when the device does not say
 * @param rmsDbfs        the level of the audio, in dB relative to full scale ({@code -Infinity} for silence)
 * @param peakDbfs       the highest absolute sample, in dBFS
 * @param clippedSamples samples at or beyond full scale
 * @param silent         whether every sample was below -90 dBFS
 * @param error          what went wrong, or {@code null} when the test ran clean
 */
public record DeviceTestResult(
        String deviceId,
        DeviceType type,
        AudioFormat format,
        long frames,
        long durationMillis,
        double latencyMillis,
        double rmsDbfs,
        double peakDbfs,
        long clippedSamples,
        boolean silent,
        String error) {

    /** Whether the device captured or played audio without an error. */
    public boolean ok() {
        return error == null && frames > 0;
    }
}
