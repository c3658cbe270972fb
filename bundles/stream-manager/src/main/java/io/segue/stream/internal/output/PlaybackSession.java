package io.segue.stream.internal.output;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioOutput;
import io.segue.api.stream.StreamMetrics;
import io.segue.stream.internal.capture.ChunkQueue;
import io.segue.stream.internal.metrics.LatencyHistogram;
import io.segue.stream.internal.recovery.DeviceReconnector;
import io.segue.stream.internal.recovery.DeviceReconnector.Opened;
import io.segue.stream.internal.recovery.RecoverySettings;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One run of the output stream: chunks queued by {@link #offer} wait in a bounded queue (the oldest is dropped when
 * it is full) and an output thread writes them to the device, which paces it. When the queue is dry the thread plays
 * a chunk of silence instead, counted as an underflow once audio has been queued. A failing device is reopened like
 * the input's, on the output thread; on the fallback device a watch thread looks for the preferred one every
 * {@code retryMaxMillis} and opens it, and the output thread moves to it between two chunks.
 */
public final class PlaybackSession {

    /** What the session tells its owner, on the output thread. */
    public interface Events {
        void deviceLost(PlaybackSession session, String deviceId, String why);

        void deviceReplaced(PlaybackSession session, String deviceId, String how);

        /** The session ended on its own: its device failed and there is no way to recover. */
        void ended(PlaybackSession session, IOException failure);
    }

    private static final long JOIN_MILLIS = TimeUnit.SECONDS.toMillis(5);
    private static final long RATE_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final AudioFormat chunkFormat;
    private final int chunkFrames;
    private final ChunkQueue queue;
    private final ChunkQueue.Reader reader;
    /** Serializes the queue's writers (callers of play, and the input's monitor, which only tries). */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final DeviceReconnector<AudioOutput> reconnector;
    private final Events events;
    private final String preferredDevice;
    private final Thread outputThread;
    /** Looks for the preferred device while the session plays on the fallback; null when it never returns. */
    private final Thread watchThread;
    /** The preferred device, opened again by the watch thread, for the output thread to take between chunks. */
    private final AtomicReference<Opened<AudioOutput>> handover = new AtomicReference<>();
    private final LatencyHistogram latency = new LatencyHistogram();

    private volatile AudioOutput output;
    private volatile String deviceId;
    private volatile boolean stopping;
    private volatile boolean recovering;
    private volatile boolean everQueued;
    private volatile long written;
    private volatile long underflows;
    /** Underflows reported by devices this session no longer plays to. */
    private volatile long earlierDeviceUnderflows;
    private volatile long contended;
    private volatile long recoveries;
    private volatile double framesPerSecond;
    private final long startedNanos = System.nanoTime();
    private volatile long stoppedNanos;

    /** @param reconnector how to find a device when this one fails, or {@code null} to end instead */
    public PlaybackSession(AudioOutput output, String deviceId, AudioFormat chunkFormat, int chunkFrames,
            int queueCapacity, Events events, DeviceReconnector<AudioOutput> reconnector) {
        this.output = output;
        this.deviceId = deviceId;
        this.preferredDevice = reconnector == null ? deviceId : reconnector.preferredId();
        this.chunkFormat = chunkFormat;
        this.chunkFrames = chunkFrames;
        this.queue = new ChunkQueue(queueCapacity, chunkFrames);
        this.reader = queue.newReader();
        this.events = events;
        this.reconnector = reconnector;
        this.outputThread = new Thread(this::playLoop, "segue-output " + deviceId);
        this.outputThread.setPriority(Thread.MAX_PRIORITY);
        this.outputThread.setDaemon(true);
        boolean returns = reconnector != null && reconnector.settings().returnToPreferred();
        this.watchThread = returns ? new Thread(this::watchLoop, "segue-output-watch") : null;
        if (watchThread != null) {
            watchThread.setDaemon(true);
        }
    }

    public void start() {
        outputThread.start();
        if (watchThread != null) {
            watchThread.start();
        }
    }

    /** Stops the output thread and closes the device; bounded. Returns what was left running, or {@code null}. */
    public String stop() {
        stopping = true;
        outputThread.interrupt();
        if (watchThread != null) {
            LockSupport.unpark(watchThread);
        }
        try {
            outputThread.join(JOIN_MILLIS);
            if (watchThread != null) {
                watchThread.join(JOIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Opened<AudioOutput> pending = handover.getAndSet(null);
        if (pending != null) {
            pending.device().close();
        }
        output.close();
        stoppedNanos = System.nanoTime();
        return outputThread.isAlive() ? "the output thread did not end within " + JOIN_MILLIS + " ms" : null;
    }

    public String deviceId() {
        return deviceId;
    }

    public String preferredDevice() {
        return preferredDevice;
    }

    public AudioFormat chunkFormat() {
        return chunkFormat;
    }

    public int chunkFrames() {
        return chunkFrames;
    }

    /**
     * Queues one chunk. Never waits for the output thread; the oldest chunk is dropped when the queue is full.
     *
     * @param onlyIfFree give up (and count a drop) rather than wait for another writer: the device thread's way
     * @throws IllegalArgumentException when {@code frames} is not in 1..chunkFrames
     */
    public void offer(float[] samples, int frames, long nanos, boolean onlyIfFree) {
        if (frames <= 0 || frames > chunkFrames || frames > samples.length) {
            throw new IllegalArgumentException("a chunk to play has 1.." + chunkFrames + " frames (and no more than"
                    + " its array holds), was " + frames);
        }
        if (onlyIfFree) {
            if (!writeLock.tryLock()) {
                contended++;
                return;
            }
        } else {
            writeLock.lock();
        }
        try {
            long sequence = queue.claim();
            System.arraycopy(samples, 0, queue.buffer(sequence), 0, frames);
            queue.publish(sequence, frames, nanos);
            everQueued = true;
        } finally {
            writeLock.unlock();
        }
    }

    public StreamMetrics metrics() {
        long end = stoppedNanos == 0 ? System.nanoTime() : stoppedNanos;
        long deviceUnderflows = earlierDeviceUnderflows + output.underflows();
        return new StreamMetrics(queue.written(), written, reader.dropped() + contended, 0, 0,
                underflows + deviceUnderflows, recoveries, 0, reader.backlog(), queue.capacity(), framesPerSecond,
                TimeUnit.NANOSECONDS.toMillis(end - startedNanos), latency.stats(), Double.NaN);
    }

    private void playLoop() {
        AudioOutput device = output;
        float[] chunk = new float[chunkFrames];
        float[] silence = new float[chunkFrames];
        float[] interleaved = new float[chunkFrames * device.format().channels()];
        long windowStart = 0;
        long windowFrames = 0;
        while (!stopping) {
            boolean took;
            try {
                took = reader.take(chunk, 0, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                continue; // only the loop condition ends the thread
            }
            int frames = took ? reader.frames() : chunkFrames;
            try {
                write(device, took ? chunk : silence, frames, interleaved);
            } catch (IOException | RuntimeException e) {
                if (stopping) {
                    break;
                }
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                device = reconnector == null ? null : recover(why);
                if (device == null) {
                    if (!stopping) {
                        events.ended(this, e instanceof IOException io ? io : new IOException(why, e));
                    }
                    break;
                }
                interleaved = new float[chunkFrames * device.format().channels()];
                continue;
            }
            Opened<AudioOutput> back = handover.getAndSet(null);
            if (back != null) {
                device = returnTo(back, device);
                interleaved = new float[chunkFrames * device.format().channels()];
            }
            long now = System.nanoTime();
            if (took) {
                latency.record(now - reader.captureNanos());
            } else if (everQueued) {
                underflows++;
            }
            written++;
            if (windowStart == 0) {
                windowStart = now;
            } else {
                windowFrames += frames;
                if (now - windowStart >= RATE_WINDOW_NANOS) {
                    framesPerSecond = windowFrames * 1e9 / (now - windowStart);
                    windowStart = now;
                    windowFrames = 0;
                }
            }
        }
    }

    /** Writes mono samples to a device of any channel count (each channel gets the same signal). */
    private static void write(AudioOutput device, float[] mono, int frames, float[] interleaved)
            throws IOException {
        int channels = device.format().channels();
        if (channels == 1) {
            device.write(mono, frames);
            return;
        }
        for (int frame = 0, out = 0; frame < frames; frame++) {
            for (int channel = 0; channel < channels; channel++) {
                interleaved[out++] = mono[frame];
            }
        }
        device.write(interleaved, frames);
    }

    /** On the output thread, between chunks: plays to the preferred device again, or keeps {@code current}. */
    private AudioOutput returnTo(Opened<AudioOutput> back, AudioOutput current) {
        // a recovery may have found the preferred device first
        if (back.device().format().sampleRateHz() != chunkFormat.sampleRateHz() || stopping
                || reconnector.isPreferred(deviceId)) {
            back.device().close();
            return current;
        }
        String fallbackId = deviceId;
        earlierDeviceUnderflows += current.underflows();
        output = back.device();
        deviceId = back.deviceId();
        current.close();
        recoveries++;
        events.deviceReplaced(this, back.deviceId(), "back on the preferred output device " + back.deviceId()
                + " (it returned; the output ran on the fallback device " + fallbackId + ")");
        return back.device();
    }

    /** Opens the preferred device when it returns while the session plays on the fallback. */
    private void watchLoop() {
        RecoverySettings settings = reconnector.settings();
        long period = TimeUnit.MILLISECONDS.toNanos(settings.retryMaxMillis());
        while (!stopping) {
            LockSupport.parkNanos(this, period);
            if (stopping || recovering || handover.get() != null || reconnector.isPreferred(deviceId)) {
                continue;
            }
            Opened<AudioOutput> back = reconnector.openPreferred();
            if (back != null && !handover.compareAndSet(null, back)) {
                back.device().close();
            }
        }
    }

    private AudioOutput recover(String why) {
        recovering = true;
        try {
            return reconnect(why);
        } finally {
            recovering = false;
        }
    }

    private AudioOutput reconnect(String why) {
        AudioOutput failed = output;
        earlierDeviceUnderflows += failed.underflows();
        failed.close();
        String failedDevice = deviceId;
        events.deviceLost(this, failedDevice, why);
        long failedAt = System.nanoTime();
        Opened<AudioOutput> opened = reconnector.reconnect(() -> stopping,
                device -> device.format().sampleRateHz() == chunkFormat.sampleRateHz());
        if (opened == null) {
            return null;
        }
        output = opened.device();
        deviceId = opened.deviceId();
        if (stopping) {
            opened.device().close(); // stop() may have closed the previous device before this one was published
            return null;
        }
        recoveries++;
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - failedAt);
        events.deviceReplaced(this, opened.deviceId(), (reconnector.isPreferred(opened.deviceId()) ? "recovered on "
                : "running on the fallback output device ") + opened.deviceId() + " after " + tookMillis + " ms ("
                + why + ")");
        return opened.device();
    }
}
