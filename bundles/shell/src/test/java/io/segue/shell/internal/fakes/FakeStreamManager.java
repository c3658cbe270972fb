package io.segue.shell.internal.fakes;

import io.segue.api.audio.AudioFormat;
import io.segue.api.stream.AudioChunk;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamDirection;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Input and output streams that change state on request and count the requests; they carry no audio. Device ids
 * are checked as the real manager checks them: an unknown id is refused with the known ones.
 */
public final class FakeStreamManager implements AudioStreamManager {

    public static final AudioFormat FORMAT = AudioFormat.mono(22050);
    public static final int CHUNK_FRAMES = 1024;

    private final String configuredDevice;
    private final List<String> knownDevices;
    private final FakeStream input = new FakeStream(StreamDirection.INPUT);
    private final FakeStream output = new FakeStream(StreamDirection.OUTPUT);
    private AudioFormat format = FORMAT;
    private IOException startFailure;
    private int starts;
    private int stops;
    private boolean monitoring;

    /** @param configuredDevice the device {@link #start()} opens; also a known device */
    public FakeStreamManager(String configuredDevice, String... otherDevices) {
        this.configuredDevice = configuredDevice;
        List<String> known = new ArrayList<>(List.of(otherDevices));
        known.add(0, configuredDevice);
        this.knownDevices = List.copyOf(known);
    }

    /** Puts the input stream in RUNNING on the configured device, as if someone else had started it. */
    public FakeStreamManager running() {
        input.state = StreamState.RUNNING;
        input.deviceId = configuredDevice;
        input.preferredDevice = configuredDevice;
        return this;
    }

    /** Moves the running input stream onto {@code fallbackDevice}, as a recovery would. */
    public FakeStreamManager onFallback(String fallbackDevice, String message) {
        input.deviceId = fallbackDevice;
        input.message = message;
        return this;
    }

    /** The sample rate of the streams once started. */
    public FakeStreamManager withFormat(AudioFormat format) {
        this.format = format;
        return this;
    }

    public FakeStreamManager withMetrics(StreamMetrics metrics) {
        input.metrics = metrics;
        return this;
    }

    public FakeStreamManager withOutputMetrics(StreamMetrics metrics) {
        output.metrics = metrics;
        return this;
    }

    public FakeStreamManager withMessage(String message) {
        input.message = message;
        return this;
    }

    /** Makes every start, of either stream, fail with {@code failure}, leaving the stream FAILED. */
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
        return input.state;
    }

    public StreamState outputState() {
        return output.state;
    }

    /** Whether the last {@link #startOutput} asked to monitor the input. */
    public boolean monitoring() {
        return monitoring;
    }

    @Override
    public StreamStatus start() throws IOException {
        return start(configuredDevice);
    }

    @Override
    public StreamStatus start(String device) throws IOException {
        checkKnown(device);
        if (input.state.isActive()) {
            throw new IllegalStateException("the stream is already " + input.state);
        }
        starts++;
        input.start(device);
        return status();
    }

    @Override
    public StreamStatus stop() {
        stops++;
        input.state = StreamState.STOPPED;
        return status();
    }

    @Override
    public StreamStatus status() {
        return input.status();
    }

    @Override
    public Optional<AudioChunk> chunk(Duration timeout) {
        return Optional.empty();
    }

    @Override
    public StreamStatus startOutput(String device, boolean monitorInput) throws IOException {
        checkKnown(device);
        if (output.state.isActive()) {
            throw new IllegalStateException("the output stream is already " + output.state);
        }
        monitoring = monitorInput;
        output.start(device);
        return outputStatus();
    }

    @Override
    public StreamStatus stopOutput() {
        output.state = StreamState.STOPPED;
        return outputStatus();
    }

    @Override
    public StreamStatus outputStatus() {
        return output.status();
    }

    @Override
    public boolean play(float[] samples, int frames) {
        return output.state == StreamState.RUNNING;
    }

    private void checkKnown(String device) {
        if (!knownDevices.contains(device)) {
            throw new IllegalArgumentException("no device '" + device + "'; known: " + knownDevices);
        }
    }

    private final class FakeStream {

        final StreamDirection direction;
        StreamState state = StreamState.STOPPED;
        String deviceId;
        String preferredDevice;
        StreamMetrics metrics = StreamMetrics.none(100);
        String message;

        FakeStream(StreamDirection direction) {
            this.direction = direction;
        }

        void start(String device) throws IOException {
            deviceId = device;
            preferredDevice = device;
            if (startFailure != null) {
                state = StreamState.FAILED;
                throw startFailure;
            }
            state = StreamState.RUNNING;
        }

        StreamStatus status() {
            return new StreamStatus(direction, state, deviceId, preferredDevice, deviceId == null ? null : format,
                    CHUNK_FRAMES, metrics, message);
        }
    }
}
