package io.segue.stream.internal.capture;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;

import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.stream.AudioChunk;
import io.segue.api.stream.AudioChunkListener;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamEvent;
import io.segue.api.stream.StreamListener;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import io.segue.stream.internal.config.RefusableSettings;
import io.segue.stream.internal.devices.DeviceIds;
import io.segue.stream.internal.ring.CopyOnWriteArray;
import io.segue.stream.internal.ring.SlicedWait;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The live input stream: one {@link CaptureSession} at a time, its state machine, and the whiteboard of chunk and
 * state listeners.
 */
@Component(service = AudioStreamManager.class, configurationPid = StreamConfig.PID, immediate = true)
@Designate(ocd = StreamConfig.class)
public final class LiveStreamManager implements AudioStreamManager {

    private final AudioDevices devices;
    private final List<StreamListener> stateListeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArray<AudioChunkListener> chunkListeners =
            new CopyOnWriteArray<>(AudioChunkListener[]::new);

    private final RefusableSettings<StreamSettings> settings;
    private volatile String listenerProblem;

    /** Serializes start and stop, which may wait for threads; never taken by the stream's own threads. */
    private final ReentrantLock control = new ReentrantLock();
    /** Guards the state against the device thread's report of the session's end; held only briefly. */
    private final Object lifecycle = new Object();
    /** Guarded by {@link #lifecycle}; read without it for status. */
    private volatile CaptureSession session;
    private volatile StreamState state = StreamState.STOPPED;
    private volatile String deviceId;
    private volatile String message;
    private volatile AudioFormat lastFormat;
    /** Guarded by {@link #lifecycle}. */
    private final Deque<StreamEvent> pendingEvents = new ArrayDeque<>();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private volatile StreamMetrics lastMetrics;

    /** Serializes the callers of {@link #chunk}, who share one reader. */
    private final ReentrantLock pullLock = new ReentrantLock();
    /** The session and its reader for {@link #chunk}, published together. */
    private volatile Pull pull;
    /** A stopped session whose threads did not end in time: no new stream starts before they have. */
    private volatile CaptureSession leftBehind;
    /** Set when the component is deactivated: nothing starts again (a state listener might try). */
    private volatile boolean closed;

    private record Pull(CaptureSession session, ChunkQueue.Reader reader) {
    }

    /** A refused initial configuration is logged here; SCR logs a refused change. */
    @Activate
    public LiveStreamManager(@Reference AudioDevices devices, StreamConfig config,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.devices = devices;
        this.settings = new RefusableSettings<>(() -> StreamSettings.of(config), StreamSettings.DEFAULTS);
        if (settings.problem() != null) {
            log.warn(settings.problem());
        }
        this.lastMetrics = StreamMetrics.none(settings.current().inputQueueCapacity());
    }

    /** A refused change throws (SCR logs it) and leaves the previous settings in force. */
    @Modified
    void modified(StreamConfig config) {
        settings.update(() -> StreamSettings.of(config));
    }

    @Deactivate
    void deactivate() {
        closed = true;
        stop();
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    public void addChunkListener(AudioChunkListener listener) {
        chunkListeners.add(listener);
    }

    public void removeChunkListener(AudioChunkListener listener) {
        chunkListeners.remove(listener);
        listenerProblem = null;
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    public void addStateListener(StreamListener listener) {
        stateListeners.add(listener);
    }

    public void removeStateListener(StreamListener listener) {
        stateListeners.remove(listener);
        listenerProblem = null;
    }

    @Override
    /**
     * Starts the configured device; when it is missing or fails to open, the configured fallback device instead
     * (if there is one and it is present), and the status says so.
     */
    public StreamStatus start() throws IOException {
        StreamSettings s = settings.current();
        if (s.fallbackDevice().isEmpty() || s.fallbackDevice().equals(s.device())) {
            return start(s.device());
        }
        try {
            return start(s.device());
        } catch (IllegalArgumentException | IOException e) {
            if (devices.find(s.fallbackDevice()).isEmpty()) {
                throw e;
            }
            return startOn(s.fallbackDevice(), "running on the fallback device " + s.fallbackDevice()
                    + ": the configured device " + s.device() + " is unavailable (" + e.getMessage() + ")");
        }
    }

    /** Starts {@code requestedDevice}, and only it: an operator who names a device gets that one or an error. */
    @Override
    public StreamStatus start(String requestedDevice) throws IOException {
        return startOn(requestedDevice, null);
    }

    /** @param why the status message while running (a fallback), or {@code null} */
    private StreamStatus startOn(String requestedDevice, String why) throws IOException {
        control.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the stream manager is shutting down");
            }
            synchronized (lifecycle) {
                if (state.isActive()) {
                    throw new IllegalStateException(
                            "the stream is already " + state + " on " + deviceId + "; stop it first");
                }
            }
            CaptureSession previous = leftBehind;
            if (previous != null && previous.threadsAlive()) {
                throw new IllegalStateException("the previous stream's threads have not ended yet (a chunk listener"
                        + " does not return); try again later");
            }
            if (devices.find(requestedDevice).isEmpty()) {
                throw new IllegalArgumentException("no audio device '" + requestedDevice + "'; present: "
                        + DeviceIds.list(devices.list()));
            }
            StreamSettings s = settings.current();
            synchronized (lifecycle) {
                transition(StreamState.STARTING, requestedDevice, null);
            }
            AudioInput input;
            try {
                input = devices.openInput(requestedDevice, AudioFormat.mono(s.sampleRateHz()));
            } catch (IOException | RuntimeException e) {
                synchronized (lifecycle) {
                    transition(StreamState.FAILED, requestedDevice, "could not open: " + e.getMessage());
                }
                throw e;
            }
            try {
                CaptureSession started = new CaptureSession(input, requestedDevice, s.chunkFrames(),
                        s.inputQueueCapacity(), new ListenerSink(), this::sessionEnded);
                pull = new Pull(started, started.newReader());
                int rate = input.format().sampleRateHz();
                synchronized (lifecycle) {
                    // before the threads start: a source that ends at once must find its session registered
                    session = started;
                    lastFormat = started.chunkFormat();
                    String rateNote = rate == s.sampleRateHz() ? null
                            : "device delivers " + rate + " Hz, not the configured " + s.sampleRateHz()
                                    + " Hz: the stream runs at " + rate + " Hz";
                    transition(StreamState.RUNNING, requestedDevice, why == null ? rateNote
                            : rateNote == null ? why : why + "; " + rateNote);
                }
                started.start();
            } catch (RuntimeException | Error e) {
                // never leave the stream STARTING with the device open
                input.close();
                synchronized (lifecycle) {
                    session = null;
                    transition(StreamState.FAILED, requestedDevice, "could not start: " + e);
                }
                throw e;
            }
            return status();
        } finally {
            control.unlock();
            deliverEvents();
        }
    }

    @Override
    public StreamStatus stop() {
        control.lock();
        try {
            CaptureSession ending;
            synchronized (lifecycle) {
                ending = session;
                if (ending == null) {
                    return status();
                }
                lastMetrics = ending.metrics();
                session = null;
                transition(StreamState.STOPPING, deviceId, null);
            }
            // outside the lifecycle lock: the device thread may be reporting its end and need it
            String threadsLeft = ending.stop();
            leftBehind = threadsLeft == null ? null : ending;
            synchronized (lifecycle) {
                lastMetrics = ending.metrics();
                transition(StreamState.STOPPED, ending.deviceId(), threadsLeft);
            }
            return status();
        } finally {
            control.unlock();
            deliverEvents();
        }
    }

    /** On the device thread, when the source ended or failed on its own. */
    private void sessionEnded(CaptureSession ended, IOException failure) {
        // first let the analysis thread finish, so that no chunk is delivered after the state says so
        String threadsLeft = ended.stop();
        synchronized (lifecycle) {
            if (session != ended) {
                return; // stop() got there first
            }
            leftBehind = threadsLeft == null ? null : ended;
            session = null;
            lastMetrics = ended.metrics();
            String why = failure != null ? failure.getMessage() : threadsLeft != null ? threadsLeft : "the source ended";
            if (failure == null) {
                transition(StreamState.STOPPING, ended.deviceId(), why);
                transition(StreamState.STOPPED, ended.deviceId(), why);
            } else {
                transition(StreamState.FAILED, ended.deviceId(), why);
            }
        }
        deliverEvents();
    }

    @Override
    public StreamStatus status() {
        CaptureSession current = session;
        StreamSettings s = settings.current();
        String configProblem = settings.problem();
        StreamMetrics metrics = current != null ? current.metrics() : lastMetrics;
        int chunkFrames = current != null ? current.chunkFrames() : s.chunkFrames();
        String note = message;
        if (configProblem != null) {
            note = note == null ? configProblem : note + "; " + configProblem;
        }
        if (listenerProblem != null) {
            note = note == null ? listenerProblem : note + "; " + listenerProblem;
        }
        return new StreamStatus(state, deviceId, lastFormat, chunkFrames, metrics, note);
    }

    @Override
    public Optional<AudioChunk> chunk(Duration timeout) throws InterruptedException {
        // a restarted stream's chunks are taken from its own queue
        return SlicedWait.await(pullLock, timeout, () -> pull == null || session != pull.session(), this::takeChunk);
    }

    private Optional<AudioChunk> takeChunk(long timeoutNanos) throws InterruptedException {
        Pull current = pull;
        CaptureSession source = current.session();
        ChunkQueue.Reader reader = current.reader();
        float[] buffer = new float[source.chunkFrames()];
        if (!reader.take(buffer, timeoutNanos, TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        return Optional.of(new AudioChunk(reader.sequence(), reader.captureNanos(), source.chunkFormat(),
                Arrays.copyOf(buffer, reader.frames())));
    }

    /** Changes the state and queues the event; call with {@link #lifecycle} held, then {@link #deliverEvents()}. */
    private void transition(StreamState next, String device, String why) {
        StreamState previous = state;
        state = next;
        deviceId = device;
        message = why;
        pendingEvents.add(new StreamEvent(previous, next, device, why, System.currentTimeMillis()));
    }

    /**
     * Tells the state listeners of the queued events, in order, holding no lock, so that a listener may call back
     * (even {@link #start} or {@link #stop}). When another thread is already delivering, it delivers ours too.
     */
    private void deliverEvents() {
        while (delivering.compareAndSet(false, true)) {
            try {
                StreamEvent event;
                while ((event = nextEvent()) != null) {
                    for (StreamListener listener : stateListeners) {
                        try {
                            listener.stateChanged(event);
                        } catch (RuntimeException | LinkageError e) {
                            listenerProblem = "stream listener " + listener.getClass().getName() + " failed: " + e;
                        }
                    }
                }
            } finally {
                delivering.set(false);
            }
            synchronized (lifecycle) {
                if (pendingEvents.isEmpty()) {
                    return; // else one was queued after our last look: deliver it unless another thread now does
                }
            }
        }
    }

    private StreamEvent nextEvent() {
        synchronized (lifecycle) {
            return pendingEvents.poll();
        }
    }

    /** Hands chunks to the listeners on the analysis thread; a failing listener does not stop the others. */
    private final class ListenerSink implements ChunkSink {

        @Override
        public void started(AudioFormat format) {
            for (AudioChunkListener listener : chunkListeners.get()) {
                try {
                    listener.streamStarted(format);
                } catch (RuntimeException | LinkageError e) {
                    listenerProblem = "chunk listener " + listener.getClass().getName() + " failed: " + e;
                }
            }
        }

        @Override
        public void accept(long sequence, long captureNanos, AudioFormat format, float[] samples, int frames) {
            for (AudioChunkListener listener : chunkListeners.get()) {
                try {
                    listener.onChunk(sequence, captureNanos, format, samples, frames);
                } catch (RuntimeException | LinkageError e) {
                    listenerProblem = "chunk listener " + listener.getClass().getName() + " failed: " + e;
                }
            }
        }
    }
}
