package io.segue.stream.internal.capture;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.stream.StreamMetrics;
import io.segue.stream.internal.metrics.LatencyHistogram;
import io.segue.stream.internal.metrics.ThreadCpuMeter;
import io.segue.stream.internal.recovery.DeviceReconnector;
import io.segue.stream.internal.recovery.DeviceReconnector.Opened;
import io.segue.stream.internal.recovery.RecoverySettings;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of the input stream, from start to stop, across the devices it recovers onto: a device thread that reads
 * the device into the {@link ChunkQueue}, an analysis thread that takes chunks from it and hands them to the
 * {@link ChunkSink}, and, for a live device, a watch thread that notices a stall and, while the stream runs on the
 * fallback device, opens the preferred one again when it returns.
 *
 * <p>The device thread never waits for the analysis thread and allocates nothing per chunk. When the device fails
 * it recovers on that same thread (it has nothing else to do): it retries with backoff through the
 * {@link DeviceReconnector} and goes on with the device that opens. The chunks the device would have carried in the
 * meantime are skipped in the stream's sequence numbers and counted as lost, so that stream time stays true.
 */
public final class CaptureSession {

    /** What the session tells its owner. Called on the session's threads, holding none of its locks. */
    public interface Events {
        /** The device failed, vanished or stalled; the session now tries to recover. */
        void deviceLost(CaptureSession session, String deviceId, String preferredDevice, String why);

        /**
         * The session runs on {@code deviceId} again, or now: a recovery, or the return to the preferred device.
         * {@code preferredDevice} is the device it returns to, the same as {@code deviceId} unless on a fallback.
         */
        void deviceReplaced(CaptureSession session, String deviceId, String preferredDevice, String how);

        /** The session ended on its own: {@code failure} is null for a source that ended. */
        void ended(CaptureSession session, IOException failure);
    }

    /** Receives every chunk on the device thread as it is captured (the output stream's monitor). Must not block. */
    @FunctionalInterface
    public interface ChunkTap {
        void offer(float[] samples, int frames, long captureNanos);
    }

    private static final long RATE_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long JOIN_MILLIS = TimeUnit.SECONDS.toMillis(5);
    private static final long MIN_STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final String preferredDevice;
    private final AudioFormat chunkFormat;
    private final int chunkFrames;
    private final long chunkNanos;
    /** Delivery this far behind the audio clock is a stall: a bursty device stays well within it. */
    private final long stallNanos;
    private final ChunkQueue queue;
    private final ChunkQueue.Reader analysisReader;
    private final ChunkSink sink;
    private final Events events;
    /** Null for a finite source (a file): it ends rather than recovers. */
    private final DeviceReconnector<AudioInput> reconnector;
    private final Thread deviceThread;
    private final Thread analysisThread;
    private final Thread watchThread;

    private volatile AudioInput input;
    private volatile String deviceId;
    private volatile boolean onFallback;
    private volatile boolean recovering;
    /** Set by the watch thread before it closes a stalled device, so that the device thread knows why it ended. */
    private volatile String abandoned;
    /** The preferred device, opened again by the watch thread, for the device thread to take at its next chunk. */
    private final AtomicReference<Opened<AudioInput>> handover = new AtomicReference<>();
    private volatile ChunkTap tap;

    private volatile boolean stopping;
    private volatile boolean deviceEnded;
    /** When the device last delivered a chunk, or was (re)opened: the watch thread's measure of a stall. */
    private volatile long progressNanos;
    private volatile long samplesReplaced;
    private volatile long delivered;
    private volatile long chunksLost;
    private volatile long recoveries;
    private final AtomicLong stalls = new AtomicLong();
    private volatile long startedNanos;
    private volatile long stoppedNanos;
    private volatile double framesPerSecond;
    private volatile Throwable analysisFailure;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final ThreadCpuMeter analysisCpu = new ThreadCpuMeter();

    /**
     * @param reconnector how to find a device when this one fails, or {@code null} to end the session instead
     */
    public CaptureSession(AudioInput input, String deviceId, int chunkFrames, int queueCapacity, ChunkSink sink,
            Events events, DeviceReconnector<AudioInput> reconnector) {
        this.input = input;
        this.deviceId = deviceId;
        this.preferredDevice = reconnector == null ? deviceId : reconnector.preferredId();
        this.onFallback = reconnector != null && !reconnector.isPreferred(deviceId);
        this.chunkFrames = chunkFrames;
        this.chunkFormat = AudioFormat.mono(input.format().sampleRateHz());
        this.chunkNanos = chunkFormat.nanosOf(chunkFrames);
        this.stallNanos = Math.max(3 * chunkNanos, MIN_STALL_NANOS);
        this.queue = new ChunkQueue(queueCapacity, chunkFrames);
        this.analysisReader = queue.newReader();
        this.sink = sink;
        this.events = events;
        this.reconnector = reconnector;
        this.deviceThread = new Thread(this::captureLoop, "segue-device " + deviceId);
        this.deviceThread.setPriority(Thread.MAX_PRIORITY);
        this.deviceThread.setDaemon(true);
        this.analysisThread = new Thread(this::analysisLoop, "segue-analysis");
        this.analysisThread.setDaemon(true);
        this.watchThread = reconnector == null ? null : new Thread(this::watchLoop, "segue-device-watch");
        if (watchThread != null) {
            watchThread.setDaemon(true);
        }
        this.startedNanos = System.nanoTime();
    }

    /** Whether any of the session's threads is still running (after a {@link #stop()} that gave up waiting). */
    public boolean threadsAlive() {
        return deviceThread.isAlive() || analysisThread.isAlive() || watchThread != null && watchThread.isAlive();
    }

    public void start() {
        progressNanos = System.nanoTime();
        analysisThread.start();
        deviceThread.start();
        if (watchThread != null) {
            watchThread.start();
        }
    }

    /**
     * Stops the threads and closes the device; returns when they have ended, or after a bounded wait.
     *
     * @return {@code null} when the threads ended, else which was left running (a listener that ignores
     *         interruption holds the analysis thread)
     */
    public String stop() {
        stopping = true;
        input.close();
        Opened<AudioInput> pending = handover.getAndSet(null);
        if (pending != null) {
            pending.device().close();
        }
        deviceThread.interrupt();
        if (watchThread != null) {
            LockSupport.unpark(watchThread);
        }
        // the analysis thread is not interrupted: it runs listeners' and extractors' code, whose channels an
        // interrupt would close; it notices the flag within one take timeout
        boolean deviceDone = join(deviceThread);
        boolean analysisDone = join(analysisThread);
        if (watchThread != null) {
            join(watchThread);
        }
        // a device opened by a recovery that raced with the stop
        input.close();
        if (stoppedNanos == 0) {
            stoppedNanos = System.nanoTime();
        }
        if (deviceDone && analysisDone) {
            return null;
        }
        return (deviceDone ? "" : "the device thread ") + (deviceDone || analysisDone ? "" : "and ")
                + (analysisDone ? "" : "the analysis thread ") + "did not end within " + JOIN_MILLIS + " ms";
    }

    /** The device the session reads now. */
    public String deviceId() {
        return deviceId;
    }

    /**
     * The device the session returns to: the one it was started on, or, when that came back under another id (found
     * by its name), the one it reads now.
     */
    public String preferredDevice() {
        return onFallback ? preferredDevice : deviceId;
    }

    /** Mono, at the device's sample rate. */
    public AudioFormat chunkFormat() {
        return chunkFormat;
    }

    public int chunkFrames() {
        return chunkFrames;
    }

    /** A reader for pull consumers, starting at the next chunk. */
    public ChunkQueue.Reader newReader() {
        return queue.newReader();
    }

    /** Sends every captured chunk to {@code tap} as well, or stops doing so ({@code null}). */
    public void tap(ChunkTap chunkTap) {
        this.tap = chunkTap;
    }

    public StreamMetrics metrics() {
        long end = stoppedNanos == 0 ? System.nanoTime() : stoppedNanos;
        return new StreamMetrics(queue.written(), delivered, analysisReader.dropped(), chunksLost, samplesReplaced,
                0, recoveries, stalls.get(), analysisReader.backlog(), queue.capacity(), framesPerSecond,
                TimeUnit.NANOSECONDS.toMillis(end - startedNanos), latency.stats(), analysisCpu.share());
    }

    // --- the device thread -----------------------------------------------------------------------------------

    private void captureLoop() {
        AudioInput current = input;
        float[] interleaved = new float[chunkFrames * current.format().channels()];
        long streamSequence = 0;
        long previousChunk = 0;
        // the audio clock: frames delivered since clockStart, against the time passed
        long clockStart = 0;
        long clockFrames = 0;
        long windowStart = 0;
        long windowFrames = 0;
        IOException failure = null;
        try {
            while (!stopping) {
                int read;
                String problem = null;
                try {
                    read = current.read(interleaved, chunkFrames);
                } catch (IOException e) {
                    read = -1;
                    problem = e.getMessage() == null ? e.toString() : e.getMessage();
                    failure = e;
                } catch (RuntimeException | LinkageError e) {
                    read = -1;
                    problem = "device " + deviceId + " failed: " + e;
                    failure = new IOException(problem, e);
                }
                if (stopping) {
                    failure = null;
                    break;
                }
                String stalled = abandoned;
                if (stalled != null) {
                    abandoned = null;
                    problem = stalled;
                    failure = new IOException(stalled);
                }
                if (read <= 0 || problem != null) {
                    if (reconnector == null || analysisFailure != null) {
                        break; // a finite source ended or failed, or nobody analyses what we capture
                    }
                    current = recover(problem != null ? problem : "device " + deviceId + " ended its stream");
                    if (current == null) {
                        failure = null;
                        break; // stopped while recovering
                    }
                    failure = null;
                    interleaved = sized(interleaved, current);
                    clockStart = 0; // the next chunk measures the outage
                    continue;
                }
                long now = System.nanoTime();
                if (clockStart == 0) {
                    // first chunk of a device: whatever it did not carry since the last one was lost
                    long lost = previousChunk == 0 ? 0
                            : Math.max(0, Math.round((double) (now - previousChunk) / chunkNanos) - 1);
                    streamSequence += lost;
                    chunksLost += lost;
                    clockStart = now - chunkFormat.nanosOf(read);
                    clockFrames = 0;
                } else {
                    long behind = now - clockStart - chunkFormat.nanosOf(clockFrames + read);
                    if (behind > stallNanos) {
                        long lost = Math.round((double) behind / chunkNanos);
                        streamSequence += lost;
                        chunksLost += lost;
                        stalls.incrementAndGet();
                        clockStart = now - chunkFormat.nanosOf(read);
                        clockFrames = 0;
                    } else if (behind < -stallNanos) {
                        clockStart = now - chunkFormat.nanosOf(read); // a device faster than the wall clock
                        clockFrames = 0;
                    }
                }
                clockFrames += read;
                previousChunk = now;
                progressNanos = now;
                long sequence = queue.claim();
                float[] mono = queue.buffer(sequence);
                int replaced = Downmix.toMono(interleaved, read, current.format().channels(), mono);
                queue.publish(sequence, read, now, streamSequence++);
                if (replaced > 0) {
                    samplesReplaced += replaced;
                }
                ChunkTap monitor = tap;
                if (monitor != null) {
                    monitor.offer(mono, read, now); // only this thread writes the slot: it is intact until the next
                }
                // the rate is measured from the first chunk: opening the device is not part of it
                if (windowStart == 0) {
                    windowStart = now;
                } else {
                    windowFrames += read;
                    if (now - windowStart >= RATE_WINDOW_NANOS) {
                        framesPerSecond = windowFrames * 1e9 / (now - windowStart);
                        windowStart = now;
                        windowFrames = 0;
                    }
                }
                Opened<AudioInput> back = handover.getAndSet(null);
                if (back != null) {
                    AudioInput previous = current;
                    String previousId = deviceId;
                    if (switchTo(back)) {
                        previous.close();
                        current = back.device();
                        interleaved = sized(interleaved, current);
                        clockStart = 0;
                        recoveries++;
                        events.deviceReplaced(this, back.deviceId(), preferredDevice(),
                                "back on the preferred device " + back.deviceId()
                                + " (it returned; the stream ran on the fallback device " + previousId + ")");
                    }
                }
            }
        } finally {
            deviceEnded = true;
            stoppedNanos = System.nanoTime();
        }
        Throwable analysis = analysisFailure;
        if (analysis != null && !stopping) {
            failure = new IOException("the analysis thread failed: " + analysis, analysis);
        }
        if (!stopping) {
            if (failure == null) {
                awaitDrained();
            }
            events.ended(this, failure);
        }
    }

    /**
     * On the device thread: closes the failed device and retries until a device opens or the session stops.
     *
     * @return the device now read, or {@code null} when the session is stopping
     */
    private AudioInput recover(String why) {
        input.close();
        recovering = true;
        String failedDevice = deviceId;
        events.deviceLost(this, failedDevice, preferredDevice(), why);
        long failedAt = System.nanoTime();
        Opened<AudioInput> opened = reconnector.reconnect(() -> stopping,
                device -> device.format().sampleRateHz() == chunkFormat.sampleRateHz());
        if (opened == null || !switchTo(opened)) {
            return null; // stopping
        }
        recovering = false;
        recoveries++;
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - failedAt);
        String how = onFallback
                ? "running on the fallback device " + opened.deviceId() + ": the preferred device " + preferredDevice
                        + " is unavailable (" + why + "; " + reconnector.lastProblem() + ")"
                : "recovered on " + opened.deviceId() + " after " + tookMillis + " ms (" + why + ")";
        events.deviceReplaced(this, opened.deviceId(), preferredDevice(), how);
        return opened.device();
    }

    /** Makes {@code next} the device read; refuses (and closes) one that delivers another sample rate. */
    private boolean switchTo(Opened<AudioInput> next) {
        AudioInput device = next.device();
        if (device.format().sampleRateHz() != chunkFormat.sampleRateHz()) {
            device.close();
            return false;
        }
        input = device;
        deviceId = next.deviceId();
        progressNanos = System.nanoTime();
        onFallback = !reconnector.isPreferred(next.deviceId());
        if (stopping) {
            device.close(); // stop() may have closed the previous device before this one was published
        }
        return true;
    }

    private float[] sized(float[] buffer, AudioInput device) {
        int wanted = chunkFrames * device.format().channels();
        return buffer.length == wanted ? buffer : new float[wanted];
    }

    /** After the source ended, lets the analysis thread take what is left before the session reports its end. */
    private void awaitDrained() {
        try {
            analysisThread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- the watch thread ------------------------------------------------------------------------------------

    /** Notices a device that delivers nothing for too long, and the preferred device's return. */
    private void watchLoop() {
        RecoverySettings settings = reconnector.settings();
        long stallTimeout = TimeUnit.MILLISECONDS.toNanos(settings.stallTimeoutMillis());
        long period = Math.min(TimeUnit.MILLISECONDS.toNanos(50), stallTimeout / 4);
        long probeEvery = TimeUnit.MILLISECONDS.toNanos(settings.retryMaxMillis());
        long nextProbe = System.nanoTime() + probeEvery;
        while (!stopping && !deviceEnded) {
            LockSupport.parkNanos(this, period);
            long now = System.nanoTime();
            if (stopping || recovering) {
                continue;
            }
            long silentFor = now - progressNanos;
            if (silentFor > stallTimeout && abandoned == null) {
                stalls.incrementAndGet();
                abandoned = "device " + deviceId + " delivered nothing for "
                        + TimeUnit.NANOSECONDS.toMillis(silentFor) + " ms (stalled)";
                input.close(); // its read returns, and the device thread recovers
            } else if (onFallback && settings.returnToPreferred() && now >= nextProbe) {
                nextProbe = now + probeEvery;
                Opened<AudioInput> back = reconnector.openPreferred();
                if (back != null) {
                    Opened<AudioInput> unused = handover.getAndSet(back);
                    if (unused != null) {
                        unused.device().close();
                    }
                }
            }
        }
    }

    // --- the analysis thread ---------------------------------------------------------------------------------

    private void analysisLoop() {
        float[] chunk = new float[chunkFrames];
        try {
            sink.started(chunkFormat);
            while (!stopping) {
                boolean took;
                try {
                    took = analysisReader.take(chunk, 100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    continue; // only the loop condition ends the thread
                }
                analysisCpu.tick();
                if (took) {
                    latency.record(System.nanoTime() - analysisReader.captureNanos());
                    sink.accept(analysisReader.sequence(), analysisReader.captureNanos(), chunkFormat, chunk,
                            analysisReader.frames());
                    delivered++;
                } else if (deviceEnded && analysisReader.backlog() == 0) {
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            // whatever escaped the listeners' own guards: end the session as failed rather than capture for nobody
            analysisFailure = e;
            input.close();
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        } finally {
            analysisReader.close();
        }
    }

    /** Joins {@code thread} for a bounded time; true when it ended (or is the calling thread). */
    private static boolean join(Thread thread) {
        if (thread == Thread.currentThread()) {
            return true;
        }
        long deadline = System.currentTimeMillis() + JOIN_MILLIS;
        boolean interrupted = false;
        while (thread.isAlive()) {
            long remaining = deadline - System.currentTimeMillis();
            if (remaining <= 0) {
                break;
            }
            try {
                thread.join(remaining);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
