package io.segue.stream.internal.devices;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import java.time.Duration;

/** What one device test has measured so far, and its result. */
final class DeviceTestRun {

    private final LevelMeter meter = new LevelMeter();
    private final long startedNanos = System.nanoTime();
    private long frames;
    private AudioFormat format;
    private double latencyMillis = Double.NaN;
    private String error;

    /** The device opened: in this format, with this latency. Returns how many frames to test for. */
    long opened(AudioFormat deviceFormat, double deviceLatencyMillis, Duration duration) {
        format = deviceFormat;
        latencyMillis = deviceLatencyMillis;
        return duration.toNanos() * deviceFormat.sampleRateHz() / 1_000_000_000L;
    }

    /** A tenth of a second: the block the test reads or writes at a time. */
    int blockFrames() {
        return Math.max(1, format.sampleRateHz() / 100);
    }

    long frames() {
        return frames;
    }

    /** {@code count} frames of {@code block} went through the device. */
    void measured(float[] block, int count) {
        meter.add(block, count * format.channels());
        frames += count;
    }

    void failed(String why) {
        error = why;
    }

    void failed(Exception e) {
        error = e.getMessage() == null ? e.toString() : e.getMessage();
    }

    DeviceTestResult result(String deviceId, DeviceType type) {
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        return new DeviceTestResult(deviceId, type, format, frames, elapsedMillis, latencyMillis, meter.rmsDbfs(),
                meter.peakDbfs(), meter.clipped(), meter.silent(), error);
    }
}
