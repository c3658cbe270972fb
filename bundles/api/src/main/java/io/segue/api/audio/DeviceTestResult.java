package io.segue.api.audio;

/**
 * The outcome of {@link AudioDevices#test}: what came out of a device during a short capture.
 *
 * @param deviceId       the device tested
 * @param format         the format the device delivered
 * @param framesCaptured frames read during the test
 * @param durationMillis how long the test captured
 * @param rmsDbfs        the level of the capture, in dB relative to full scale ({@code -Infinity} for silence)
 * @param peakDbfs       the highest absolute sample, in dBFS
 * @param clippedSamples samples at or beyond full scale
 * @param silent         whether every sample was below -90 dBFS
 * @param error          what went wrong, or {@code null} when the test ran clean
 */
public record DeviceTestResult(
        String deviceId,
        AudioFormat format,
        long framesCaptured,
        long durationMillis,
        double rmsDbfs,
        double peakDbfs,
        long clippedSamples,
        boolean silent,
        String error) {

    /** Whether the device delivered audio without an error. */
    public boolean ok() {
        return error == null && framesCaptured > 0;
    }
}
