package io.segue.stream.internal.capture;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.stream.StreamMetrics;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One run of the input stream, from an open device to its end: a device thread that reads the device into the
 * {@link ChunkQueue}, and an analysis thread that takes chunks from it and hands them to the {@link ChunkSink}.
 *
 * <p>The device thread never waits for the analysis thread and allocates nothing per chunk.
 */
public final class CaptureSession {

    /** Told on the device thread when the session ends on its own: {@code failure} is null for a source that ended. */
    @FunctionalInterface
    public interface EndListener {
        void ended(CaptureSession session, IOException failure);
    }

    private static final long RATE_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long JOIN_MILLIS = TimeUnit.SECONDS.toMillis(5);

    private final AudioInput input;
    private final String deviceId;
    private final AudioFormat chunkFormat;
    private final int chunkFrames;
    private final ChunkQueue queue;
    private final ChunkQueue.Reader analysisReader;
    private final ChunkSink sink;
    private final EndListener endListener;
    private final Thread deviceThread;
    private final Thread analysisThread;

    private volatile boolean stopping;
    private volatile boolean deviceEnded;
    private volatile long samplesReplaced;
    private volatile long delivered;
    private volatile long startedNanos;
    private volatile long stoppedNanos;
    private volatile double framesPerSecond;
    private volatile Throwable analysisFailure;

    public CaptureSession(AudioInput input, String deviceId, int chunkFrames, int queueCapacity, ChunkSink sink,
            EndListener endListener) {
        this.input = input;
        this.deviceId = deviceId;
        this.chunkFrames = chunkFrames;
        this.chunkFormat = AudioFormat.mono(input.format().sampleRateHz());
        this.queue = new ChunkQueue(queueCapacity, chunkFrames);
        this.analysisReader = queue.newReader();
        this.sink = sink;
        this.endListener = endListener;
        this.deviceThread = new Thread(this::captureLoop, "segue-device " + deviceId);
        this.deviceThread.setPriority(Thread.MAX_PRIORITY);
        this.deviceThread.setDaemon(true);
        this.analysisThread = new Thread(this::analysisLoop, "segue-analysis");
        this.analysisThread.setDaemon(true);
        this.startedNanos = System.nanoTime();
    }

    /** Whether either thread is still running (after a {@link #stop()} that gave up waiting). */
    public boolean threadsAlive() {
        return deviceThread.isAlive() || analysisThread.isAlive();
    }

    public void start() {
        analysisThread.start();
        deviceThread.start();
    }

    /**
     * Stops both threads and closes the device; returns when both have ended, or after a bounded wait.
     *
     * @return {@code null} when both threads ended, else which was left running (a listener that ignores
     *         interruption holds the analysis thread)
     */
    public String stop() {
        stopping = true;
        input.close();
        deviceThread.interrupt();
        // the analysis thread is not interrupted: it runs listeners' and extractors' code, whose channels an
        // interrupt would close; it notices the flag within one take timeout
        boolean deviceDone = join(deviceThread);
        boolean analysisDone = join(analysisThread);
        if (stoppedNanos == 0) {
            stoppedNanos = System.nanoTime();
        }
        if (deviceDone && analysisDone) {
            return null;
        }
        return (deviceDone ? "" : "the device thread ") + (deviceDone || analysisDone ? "" : "and ")
                + (analysisDone ? "" : "the analysis thread ") + "did not end within " + JOIN_MILLIS + " ms";
    }

    public String deviceId() {
        return deviceId;
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

    public StreamMetrics metrics() {
        long end = stoppedNanos == 0 ? System.nanoTime() : stoppedNanos;
        return new StreamMetrics(queue.written(), delivered, analysisReader.dropped(), samplesReplaced,
                analysisReader.backlog(), queue.capacity(), framesPerSecond,
                TimeUnit.NANOSECONDS.toMillis(end - startedNanos));
    }

    private void captureLoop() {
        int channels = input.format().channels();
        float[] interleaved = new float[chunkFrames * channels];
        long windowStart = 0;
        long windowFrames = 0;
        IOException failure = null;
        try {
            while (!stopping) {
                int read = input.read(interleaved, chunkFrames);
                if (read <= 0) {
                    break;
                }
                long now = System.nanoTime();
                long sequence = queue.claim();
                int replaced = Downmix.toMono(interleaved, read, channels, queue.buffer(sequence));
                queue.publish(sequence, read, now);
                if (replaced > 0) {
                    samplesReplaced += replaced;
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
            }
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException | LinkageError e) {
            failure = new IOException("device " + deviceId + " failed: " + e, e);
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
            endListener.ended(this, failure);
        }
    }

    /** After the source ended, lets the analysis thread take what is left before the session reports its end. */
    private void awaitDrained() {
        try {
            analysisThread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

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
                if (took) {
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
