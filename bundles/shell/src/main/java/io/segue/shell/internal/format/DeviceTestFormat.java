package io.segue.shell.internal.format;

import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;

/** The outcome of {@code segue:deviceTest}: a verdict line, then the figures. */
public final class DeviceTestFormat {

    private DeviceTestFormat() {
    }

    /**
     * {@code OK: ...} or {@code FAILED: ...} on the first line, so that a failure cannot be missed, then the test's
     * type, format, frames, duration, latency, level, peak, clipping, silence and error.
     */
    public static String report(DeviceTestResult result) {
        String type = result.type() == DeviceType.OUTPUT ? "playback" : "capture";
        String verdict;
        if (result.ok()) {
            verdict = "OK: " + result.deviceId() + " " + (result.type() == DeviceType.OUTPUT ? "played" : "captured")
                    + " " + result.frames() + " frames";
        } else if (result.error() != null) {
            verdict = "FAILED: " + result.deviceId() + ": " + result.error();
        } else {
            verdict = "FAILED: " + result.deviceId() + ": no audio " + (result.type() == DeviceType.OUTPUT
                    ? "played" : "captured") + " in " + result.durationMillis() + " ms";
        }
        KeyValueFormat figures = new KeyValueFormat()
                .add("device", result.deviceId())
                .add("test", type)
                .add("format", result.format())
                .add("frames", result.frames())
                .add("duration", result.durationMillis() + " ms")
                .add("latency", Double.isNaN(result.latencyMillis()) ? null
                        : Decimals.significant(result.latencyMillis()) + " ms")
                .add("level", dbfs(result.rmsDbfs()))
                .add("peak", dbfs(result.peakDbfs()))
                .add("clipped", result.clippedSamples() + " samples")
                .add("silent", result.silent() ? "yes" : "no")
                .add("error", result.error());
        return verdict + "\n" + figures;
    }

    private static String dbfs(double value) {
        return Double.isNaN(value) ? null : Decimals.fixed(value, 1) + " dBFS";
    }
}
