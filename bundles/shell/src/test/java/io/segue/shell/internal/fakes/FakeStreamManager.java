package io.segue.shell.internal.fakes;

import io.segue.api.audio.AudioFormat;
import io.segue.api.stream.AudioChunk;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stream that changes state on request and counts the requests; it carries no audio. */
public final class FakeStreamManager implements AudioStreamManager {

    public static final AudioFormat FORMAT = AudioFormat.mono(22050);
    public static final int CHUNK_FRAMES = 1024;

    private final String configuredDevice;
    private final List<String> knownDevices;
    private StreamState state = StreamState.STOPPED;
    private String deviceId;
    private StreamMetrics metrics = StreamMetrics.none(100);
    private String message;
    private IOException startFailure;
    private int starts;
    private int stops;

    /** @param configuredDevice the device {@link #start()} opens; also a known device */
    public FakeStreamManager(String configuredDevice, String... otherDevices) {
        this.configuredDevice = configuredDevice;
        List<String> known = new ArrayList<>(List.of(otherDevices));
        known.add(0, configuredDevice);
        this.knownDevices = List.copyOf(known);
    }

    /** Puts the stream in RUNNING on the configured device, as if someone else had started it. */
    public FakeStreamManager running() {
        state = StreamState.RUNNING;
        deviceId = configuredDevice;
        return this;
    }

    public FakeStreamManager withMetrics(StreamMetrics metrics) {
        this.metrics = metrics;
        return this;
    }

    public FakeStreamManager withMessage(String message) {
        this.message = message;
        return this;
    }

    /** Makes every start fail with {@code failure}, leaving the stream FAILED. */
    public FakeStreamManager failingStart(IOException failure) {
        this.startFailure = failure;
        return this;
    }

    public int starts() {
        return starts;
    }

    public int stops() {
        return stops;
    }

    public StreamState state() {
        return state;
    }

    @Override
    public StreamStatus start() throws IOException {
        return start(configuredDevice);
    }

    @Override
    public StreamStatus start(String device) throws IOException {
        if (!knownDevices.contains(device)) {
            throw new IllegalArgumentException("no device '" + device + "'; known: " + knownDevices);
        }
        if (state.isActive()) {
            throw new IllegalStateException("the stream is already " + state);
        }
        starts++;
        deviceId = device;
        if (startFailure != null) {
            state = StreamState.FAILED;
            throw startFailure;
        }
        state = StreamState.RUNNING;
        return status();
    }

    @Override
    public StreamStatus stop() {
        stops++;
        state = StreamState.STOPPED;
        return status();
    }

    @Override
    public StreamStatus status() {
        return new StreamStatus(state, deviceId, deviceId == null ? null : FORMAT, CHUNK_FRAMES, metrics, message);
    }

    @Override
    public Optional<AudioChunk> chunk(Duration timeout) {
        return Optional.empty();
    }
}
