package io.segue.stream.internal.capture;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;

import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.api.audio.DeviceType;
import io.segue.api.stream.AudioChunk;
import io.segue.api.stream.AudioChunkListener;
import io.segue.api.stream.AudioStreamManager;
import io.segue.api.stream.StreamDirection;
import io.segue.api.stream.StreamEvent;
import io.segue.api.stream.StreamListener;
import io.segue.api.stream.StreamMetrics;
import io.segue.api.stream.StreamState;
import io.segue.api.stream.StreamStatus;
import io.segue.stream.internal.config.RefusableSettings;
import io.segue.stream.internal.devices.DeviceIds;
import io.segue.stream.internal.output.PlaybackSession;
import io.segue.stream.internal.recovery.DeviceReconnector;
import io.segue.stream.internal.ring.CopyOnWriteArray;
import io.segue.stream.internal.ring.SlicedWait;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The live input stream (one {@link CaptureSession} at a time) and the output stream (one {@link PlaybackSession}),
 * their state machines, and the whiteboard of chunk and state listeners. Sessions recover from device failures on
 * their own threads and report here; every transition is queued as a {@link StreamEvent}, logged, and delivered to
 * the listeners holding no lock.
 */
@Component(service = AudioStreamManager.class, configurationPid = StreamConfig.PID, immediate = true)
@Designate(ocd = StreamConfig.class)
public final class LiveStreamManager implements AudioStreamManager {

    private final AudioDevices devices;
    private final List<StreamListener> stateListeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArray<AudioChunkListener> chunkListeners =
            new CopyOnWriteArray<>(AudioChunkListener[]::new);

    private final RefusableSettings<StreamSettings> settings;
    private final Logger log;
    private volatile String listenerProblem;

    /** Serializes start and stop, which may wait for threads; never taken by the stream's own threads. */
    private final ReentrantLock control = new ReentrantLock();
    /** Guards the state against the device thread's report of the session's end; held only briefly. */
    private final Object lifecycle = new Object();
    /** Guarded by {@link #lifecycle}; read without it for status. */
    private volatile CaptureSession session;
    private final Track input = new Track(StreamDirection.INPUT);
    private volatile AudioFormat lastFormat;
    /** Guarded by {@link #lifecycle}; read without it for status. */
    private volatile PlaybackSession playback;
    private final Track output = new Track(StreamDirection.OUTPUT);
    private volatile StreamMetrics lastOutputMetrics;
    private volatile AudioFormat lastOutputFormat;
    /** Whether the output plays the input stream. */
    private volatile boolean monitoring;
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
        this.log = log;
        this.settings = new RefusableSettings<>(() -> StreamSettings.of(config), StreamSettings.DEFAULTS);
        if (settings.problem() != null) {
            log.warn(settings.problem());
        }
        this.lastMetrics = StreamMetrics.none(settings.current().inputQueueCapacity());
        this.lastOutputMetrics = StreamMetrics.none(settings.current().outputQueueCapacity());
    }

    /** A refused change throws (SCR logs it) and leaves the previous settings in force. */
    @Modified
    void modified(StreamConfig config) {
        settings.update(() -> StreamSettings.of(config));
    }

    @Deactivate
    void deactivate() {
        closed = true;
        stopOutput();
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
            return startOn(s.device(), s.device(), null);
        } catch (IllegalArgumentException | IOException e) {
            if (devices.find(s.fallbackDevice()).isEmpty()) {
                throw e;
            }
            return startOn(s.fallbackDevice(), s.device(), "running on the fallback device " + s.fallbackDevice()
                    + ": the configured device " + s.device() + " is unavailable (" + e.getMessage() + ")");
        }
    }

    /** Starts {@code requestedDevice}, and only it: an operator who names a device gets that one or an error. */
    @Override
    public StreamStatus start(String requestedDevice) throws IOException {
        return startOn(requestedDevice, requestedDevice, null);
    }

    /**
     * @param preferred the device the stream returns to when it runs on another: {@code requestedDevice} unless that
     *                  is the fallback
     * @param why       the status message while running (a fallback), or {@code null}
     */
    private StreamStatus startOn(String requestedDevice, String preferred, String why) throws IOException {
        control.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the stream manager is shutting down");
            }
            synchronized (lifecycle) {
                Position now = input.now;
                if (now.state().isActive()) {
                    throw new IllegalStateException(
                            "the stream is already " + now.state() + " on " + now.deviceId() + "; stop it first");
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
                input.transition(StreamState.STARTING, requestedDevice, preferred, null);
            }
            AudioFormat requested = AudioFormat.mono(s.sampleRateHz());
            AudioInput device;
            try {
                device = devices.openInput(requestedDevice, requested);
            } catch (IOException | RuntimeException e) {
                synchronized (lifecycle) {
                    input.transition(StreamState.FAILED, requestedDevice, preferred,
                            "could not open: " + e.getMessage());
                }
                throw e;
            }
            try {
                // a finite source (a file) ends rather than recovers
                DeviceReconnector<AudioInput> reconnector = device.lengthFrames() >= 0 ? null
                        : new DeviceReconnector<>(devices, DeviceType.INPUT, preferred, s.fallbackDevice(),
                                s.recovery(), id -> devices.openInput(id, requested));
                CaptureSession started = new CaptureSession(device, requestedDevice, s.chunkFrames(),
                        s.inputQueueCapacity(), new ListenerSink(), new InputEvents(), reconnector);
                pull = new Pull(started, started.newReader());
                int rate = device.format().sampleRateHz();
                synchronized (lifecycle) {
                    // before the threads start: a source that ends at once must find its session registered
                    session = started;
                    lastFormat = started.chunkFormat();
                    String rateNote = rate == s.sampleRateHz() ? null
                            : "device delivers " + rate + " Hz, not the configured " + s.sampleRateHz()
                                    + " Hz: the stream runs at " + rate + " Hz";
                    String message = why == null ? rateNote : rateNote == null ? why : why + "; " + rateNote;
                    input.transition(StreamState.RUNNING, requestedDevice, started.preferredDevice(), message);
                }
                started.start();
                monitorIfAsked();
            } catch (RuntimeException | Error e) {
                // never leave the stream STARTING with the device open
                device.close();
                synchronized (lifecycle) {
                    session = null;
                    input.transition(StreamState.FAILED, requestedDevice, preferred, "could not start: " + e);
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
                input.transition(StreamState.STOPPING, null);
            }
            // outside the lifecycle lock: the device thread may be reporting its end and need it
            String threadsLeft = ending.stop();
            leftBehind = threadsLeft == null ? null : ending;
            synchronized (lifecycle) {
                lastMetrics = ending.metrics();
                input.transition(StreamState.STOPPED, threadsLeft);
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
            String why = failure != null ? failure.getMessage()
                    : threadsLeft != null ? threadsLeft : "the source ended";
            if (failure == null) {
                input.transition(StreamState.STOPPING, why);
                input.transition(StreamState.STOPPED, why);
            } else {
                input.transition(StreamState.FAILED, why);
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
        Position now = input.now;
        String note = join(join(now.message(), configProblem), listenerProblem);
        return new StreamStatus(StreamDirection.INPUT, now.state(), now.deviceId(), now.preferredDevice(), lastFormat,
                chunkFrames, metrics, note);
    }

    private static String join(String note, String more) {
        return more == null ? note : note == null ? more : note + "; " + more;
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

    // --- the output stream ------------------------------------------------------------------------------------

    @Override
    public StreamStatus startOutput(String requestedDevice, boolean monitorInput) throws IOException {
        control.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the stream manager is shutting down");
            }
            synchronized (lifecycle) {
                Position now = output.now;
                if (now.state().isActive()) {
                    throw new IllegalStateException("the output stream is already " + now.state() + " on "
                            + now.deviceId() + "; stop it first");
                }
            }
            if (devices.find(requestedDevice).filter(d -> d.type().canPlay()).isEmpty()) {
                throw new IllegalArgumentException("no output device '" + requestedDevice + "'; present: "
                        + DeviceIds.list(devices.list(DeviceType.OUTPUT)));
            }
            StreamSettings s = settings.current();
            CaptureSession capturing = session;
            // the output plays at the input's rate, so that the monitored input needs no resampling
            AudioFormat format = capturing != null ? capturing.chunkFormat() : AudioFormat.mono(s.sampleRateHz());
            int chunkFrames = capturing != null ? capturing.chunkFrames() : s.chunkFrames();
            synchronized (lifecycle) {
                output.transition(StreamState.STARTING, requestedDevice, requestedDevice, null);
            }
            AudioOutput device;
            try {
                device = devices.openOutput(requestedDevice, format);
                if (device.format().sampleRateHz() != format.sampleRateHz()) {
                    device.close();
                    throw new IOException("output device " + requestedDevice + " plays at "
                            + device.format().sampleRateHz() + " Hz, the stream runs at " + format.sampleRateHz()
                            + " Hz");
                }
            } catch (IOException | RuntimeException e) {
                synchronized (lifecycle) {
                    output.transition(StreamState.FAILED, requestedDevice, requestedDevice,
                            "could not open: " + e.getMessage());
                }
                throw e;
            }
            DeviceReconnector<AudioOutput> reconnector = new DeviceReconnector<>(devices, DeviceType.OUTPUT,
                    requestedDevice, s.outputFallbackDevice(), s.recovery(), id -> devices.openOutput(id, format));
            PlaybackSession started = new PlaybackSession(device, requestedDevice, format, chunkFrames,
                    s.outputQueueCapacity(), new OutputEvents(), reconnector);
            synchronized (lifecycle) {
                playback = started;
                monitoring = monitorInput;
                lastOutputFormat = format;
                output.transition(StreamState.RUNNING, requestedDevice, requestedDevice,
                        monitorInput ? "monitoring the input" : null);
            }
            started.start();
            monitorIfAsked();
            return outputStatus();
        } finally {
            control.unlock();
            deliverEvents();
        }
    }

    @Override
    public StreamStatus stopOutput() {
        control.lock();
        try {
            PlaybackSession ending;
            synchronized (lifecycle) {
                ending = playback;
                if (ending == null) {
                    return outputStatus();
                }
                playback = null;
                output.transition(StreamState.STOPPING, null);
            }
            monitorIfAsked();
            String threadLeft = ending.stop();
            synchronized (lifecycle) {
                lastOutputMetrics = ending.metrics();
                output.transition(StreamState.STOPPED, threadLeft);
            }
            return outputStatus();
        } finally {
            control.unlock();
            deliverEvents();
        }
    }

    @Override
    public StreamStatus outputStatus() {
        PlaybackSession current = playback;
        StreamMetrics metrics = current != null ? current.metrics() : lastOutputMetrics;
        int chunkFrames = current != null ? current.chunkFrames() : settings.current().chunkFrames();
        Position now = output.now;
        return new StreamStatus(StreamDirection.OUTPUT, now.state(), now.deviceId(), now.preferredDevice(),
                lastOutputFormat, chunkFrames, metrics, now.message());
    }

    @Override
    public boolean play(float[] samples, int frames) {
        PlaybackSession current = playback;
        if (current == null) {
            return false;
        }
        current.offer(samples, frames, System.nanoTime(), false);
        return true;
    }

    /** Points the input session's tap at the output session when monitoring, else removes it. */
    private void monitorIfAsked() {
        CaptureSession capturing = session;
        PlaybackSession playing = playback;
        if (capturing == null) {
            return;
        }
        boolean sameFormat = playing != null && playing.chunkFormat().equals(capturing.chunkFormat())
                && playing.chunkFrames() == capturing.chunkFrames();
        capturing.tap(monitoring && sameFormat ? (samples, frames, nanos) -> playing.offer(samples, frames, nanos,
                true) : null);
    }

    /** The output session's reports, from its thread. */
    private final class OutputEvents implements PlaybackSession.Events {

        @Override
        public void deviceLost(PlaybackSession lost, String device, String why) {
            deviceReport(lost, () -> playback, output, StreamState.RECOVERING, device, lost.preferredDevice(),
                    why + "; recovering");
        }

        @Override
        public void deviceReplaced(PlaybackSession recovered, String device, String how) {
            deviceReport(recovered, () -> playback, output, StreamState.RUNNING, device, recovered.preferredDevice(),
                    how);
        }

        @Override
        public void ended(PlaybackSession ended, IOException failure) {
            synchronized (lifecycle) {
                if (playback != ended) {
                    return;
                }
                playback = null;
                lastOutputMetrics = ended.metrics();
                output.transition(StreamState.FAILED, failure.getMessage());
            }
            deliverEvents();
        }
    }

    /** The state of one of the two streams. */
    private final class Track {

        private final StreamDirection direction;
        /** Replaced as a whole, so that a status read without the lock sees one moment. */
        private volatile Position now = new Position(StreamState.STOPPED, null, null, null);

        Track(StreamDirection direction) {
            this.direction = direction;
        }

        /**
         * Changes the state, logs it and queues the event; call with {@link #lifecycle} held, then
         * {@link #deliverEvents()}.
         */
        void transition(StreamState next, String device, String preferredDevice, String why) {
            StreamState previous = now.state();
            now = new Position(next, device, preferredDevice, why);
            pendingEvents.add(new StreamEvent(direction, previous, next, device, why, System.currentTimeMillis()));
            String line = direction.name().toLowerCase(Locale.ROOT) + " stream " + previous + " -> " + next + " on "
                    + device + (why == null ? "" : ": " + why);
            if (next == StreamState.FAILED || next == StreamState.RECOVERING) {
                log.warn(line);
            } else {
                log.info(line);
            }
        }

        /** A change of state on the same device. */
        void transition(StreamState next, String why) {
            Position current = now;
            transition(next, current.deviceId(), current.preferredDevice(), why);
        }
    }

    /**
     * A session's report of its device: applied only if {@code reporter} is still the current session (a report of
     * a session already replaced is ignored).
     */
    private void deviceReport(Object reporter, Supplier<Object> current, Track track, StreamState next,
            String device, String preferredDevice, String why) {
        synchronized (lifecycle) {
            if (current.get() == reporter) {
                track.transition(next, device, preferredDevice, why);
            }
        }
        deliverEvents();
    }

    /** The input session's reports, from its own threads. */
    private final class InputEvents implements CaptureSession.Events {

        @Override
        public void deviceLost(CaptureSession lost, String device, String preferredDevice, String why) {
            deviceReport(lost, () -> session, input, StreamState.RECOVERING, device, preferredDevice,
                    why + "; recovering");
        }

        @Override
        public void deviceReplaced(CaptureSession recovered, String device, String preferredDevice, String how) {
            deviceReport(recovered, () -> session, input, StreamState.RUNNING, device, preferredDevice, how);
        }

        @Override
        public void ended(CaptureSession ended, IOException failure) {
            sessionEnded(ended, failure);
        }
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

    /**
     * A stream's state, its device and the device it returns to: {@code deviceId} differs from
     * {@code preferredDevice} while it runs on a fallback.
     */
    private record Position(StreamState state, String deviceId, String preferredDevice, String message) {
    }
}
