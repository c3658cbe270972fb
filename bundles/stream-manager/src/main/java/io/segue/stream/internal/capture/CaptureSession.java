package io.segue.stream.internal.capture;

import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.stream.StreamMetrics;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * One run of the input stream, from an open device to its end: a device thread that reads the device into the
 * {@link ChunkQueue}, and an analysis thread that takes chunks from it and hands them to the {@link ChunkSink}.
 *
 * <p>The device thread never waits for the analysis thread and allocates nothing per chunk.
 */
public final class CaptureSession {

    /** How the session ended on its own: {@code null} message for a source that simply ended. */
    public interface EndListener extends BiConsumer<CaptureSession, IOException> {
    }

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
    private volatile long runningSinceNanos;
    private volatile double framesPerSecond;

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
    }

    public void start() {
        runningSinceNanos = System.nanoTime();
        analysisThread.start();
        deviceThread.start();
    }

    /** Stops both threads and closes the device; returns when both have ended. */
    public void stop() {
        stopping = true;
        input.close();
        deviceThread.interrupt();
        analysisThread.interrupt();
        joinQuietly(deviceThread);
        joinQuietly(analysisThread);
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
        return new StreamMetrics(queue.written(), delivered, analysisReader.dropped(), samplesReplaced,
                analysisReader.backlog(), queue.capacity(), framesPerSecond,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - runningSinceNanos));
    }

    private void captureLoop() {
        int channels = input.format().channels();
        float[] interleaved = new float[chunkFrames * channels];
        long windowStart = System.nanoTime();
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
                float[] mono = queue.buffer(sequence);
                int replaced = Downmix.toMono(interleaved, read, channels, mono);
                queue.publish(sequence, read, now);
                if (replaced > 0) {
                    samplesReplaced += replaced;
                }
                windowFrames += read;
                if (now - windowStart >= 1_000_000_000L) {
                    framesPerSecond = windowFrames * 1e9 / (now - windowStart);
                    windowStart = now;
                    windowFrames = 0;
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new IOException("device " + deviceId + " failed: " + e, e);
        } finally {
            deviceEnded = true;
        }
        if (!stopping) {
            if (failure == null) {
                awaitDrained();
            }
            endListener.accept(this, failure);
        }
    }

    /** After the source ended, lets the analysis thread take what is left before the session reports its end. */
    private void awaitDrained() {
        try {
            analysisThread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void analysisLoop() {
        float[] chunk = new float[chunkFrames];
        sink.started(chunkFormat);
        try {
            while (!stopping) {
                boolean took;
                try {
                    took = analysisReader.take(chunk, 100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    continue; // stop() interrupts; the loop condition decides
                }
                if (took) {
                    sink.accept(analysisReader.sequence(), analysisReader.captureNanos(), chunkFormat, chunk,
                            analysisReader.frames());
                    delivered++;
                } else if (deviceEnded && analysisReader.backlog() == 0) {
                    return;
                }
            }
        } finally {
            analysisReader.close();
        }
    }

    private static void joinQuietly(Thread thread) {
        if (thread == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
