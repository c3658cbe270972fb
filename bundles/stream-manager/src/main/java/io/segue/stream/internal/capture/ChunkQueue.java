package io.segue.stream.internal.capture;

import io.segue.stream.internal.ring.SlotRing;
import java.util.concurrent.TimeUnit;

/**
 * The bounded queue between the device thread and its consumers: a ring of preallocated mono chunks. Writing never
 * waits and never allocates; when the ring is full the oldest chunk is overwritten and each reader that had not
 * taken it counts a drop.
 */
public final class ChunkQueue {

    private final SlotRing ring;
    private final float[][] samples;
    private final int[] frames;
    private final long[] captureNanos;
    private final long[] streamSequences;

    public ChunkQueue(int capacity, int chunkFrames) {
        // one extra slot: the one being written is never readable
        this.ring = new SlotRing(capacity + 1);
        this.samples = new float[capacity + 1][chunkFrames];
        this.frames = new int[capacity + 1];
        this.captureNanos = new long[capacity + 1];
        this.streamSequences = new long[capacity + 1];
    }

    public int capacity() {
        return ring.capacity() - 1;
    }

    /** Chunks written so far. */
    public long written() {
        return ring.published();
    }

    // --- writer side (device thread) -------------------------------------------------------------------------

    /** Claims the next chunk; fill {@link #buffer(long)} and then call {@link #publish}. */
    public long claim() {
        return ring.beginWrite();
    }

    /** The buffer of a claimed chunk, {@code chunkFrames} long. */
    public float[] buffer(long sequence) {
        return samples[ring.slotOf(sequence)];
    }

    /** Publishes a claimed chunk under its own number. */
    public void publish(long sequence, int frameCount, long nanos) {
        publish(sequence, frameCount, nanos, sequence);
    }

    /**
     * Publishes a claimed chunk under the stream's number for it, which runs ahead of the queue's own when chunks
     * were lost before they reached the queue (a device outage).
     */
    public void publish(long sequence, int frameCount, long nanos, long streamSequence) {
        int slot = ring.slotOf(sequence);
        frames[slot] = frameCount;
        captureNanos[slot] = nanos;
        streamSequences[slot] = streamSequence;
        ring.endWrite(sequence);
    }

    // --- reader side ---------------------------------------------------------------------------------------

    public Reader newReader() {
        return new Reader(ring.newReader());
    }

    /** One consumer's cursor; used by one thread at a time. */
    public final class Reader {

        private final SlotRing.Reader cursor;
        private long sequence = -1;
        private int frameCount;
        private long nanos;

        private Reader(SlotRing.Reader cursor) {
            this.cursor = cursor;
        }

        /**
         * Waits up to {@code timeout} for the next chunk and copies it into {@code into}. Returns false when none
         * arrived in time. Afterwards {@link #sequence()}, {@link #frames()} and {@link #captureNanos()} describe
         * the chunk copied.
         */
        public boolean take(float[] into, long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (true) {
                long next = cursor.await(Math.max(0, deadline - System.nanoTime()));
                if (next < 0) {
                    return false;
                }
                int slot = ring.slotOf(next);
                int count = frames[slot];
                System.arraycopy(samples[slot], 0, into, 0, count);
                long capturedAt = captureNanos[slot];
                long streamSequence = streamSequences[slot];
                if (cursor.commit(next)) {
                    sequence = streamSequence;
                    frameCount = count;
                    nanos = capturedAt;
                    return true;
                }
            }
        }

        /** The stream's number of the chunk taken last. */
        public long sequence() {
            return sequence;
        }

        public int frames() {
            return frameCount;
        }

        public long captureNanos() {
            return nanos;
        }

        /** Chunks this reader lost because it fell behind. */
        public long dropped() {
            return cursor.dropped();
        }

        /** Chunks waiting for this reader. */
        public int backlog() {
            return cursor.backlog();
        }

        public void close() {
            ring.removeReader(cursor);
        }
    }
}
