package io.segue.stream.internal.ring;

import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The sequencing of a bounded, overwriting ring with one writer and any number of readers, without locks and
 * without allocation. The slots' contents live in the caller's own arrays, indexed by {@link #slotOf(long)}; this
 * class says which sequence number each slot holds and lets readers wait for the next one.
 *
 * <p>The writer never waits: when the ring is full it overwrites the oldest slot. A reader that falls behind skips
 * what was overwritten and counts it as dropped. Each slot carries a sequence lock: a reader copies a slot and then
 * {@link Reader#commit commits}, which fails (and counts a drop) if the writer overwrote the slot meanwhile.
 *
 * <pre>
 * writer:  long s = ring.beginWrite(); fill slot ring.slotOf(s); ring.endWrite(s);
 * reader:  long s = reader.await(timeout); copy slot ring.slotOf(s); if (reader.commit(s)) use the copy;
 * </pre>
 */
public final class SlotRing {

    private static final long WRITING = -1;

    private final int capacity;
    private final AtomicLongArray slotSequences;
    /** Sequence numbers published so far; also the next sequence to write. */
    private volatile long published;
    /** Read once per publish by the writer to wake waiting readers. */
    private final CopyOnWriteArray<Reader> readers = new CopyOnWriteArray<>(Reader[]::new);

    public SlotRing(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2, was " + capacity);
        }
        this.capacity = capacity;
        this.slotSequences = new AtomicLongArray(capacity);
        for (int i = 0; i < capacity; i++) {
            slotSequences.set(i, WRITING);
        }
    }

    public int capacity() {
        return capacity;
    }

    public int slotOf(long sequence) {
        return (int) (sequence % capacity);
    }

    /** Sequence numbers published so far. */
    public long published() {
        return published;
    }

    /** Claims the next slot for writing and returns its sequence number. Writer thread only. */
    public long beginWrite() {
        long sequence = published;
        slotSequences.set(slotOf(sequence), WRITING);
        // keep the caller's writes to the slot after the mark that makes readers reject it
        VarHandle.storeStoreFence();
        return sequence;
    }

    /** Publishes the slot claimed by {@link #beginWrite()} and wakes waiting readers. Writer thread only. */
    public void endWrite(long sequence) {
        slotSequences.set(slotOf(sequence), sequence);
        published = sequence + 1;
        for (Reader reader : readers.get()) {
            Thread waiter = reader.waiter;
            if (waiter != null) {
                LockSupport.unpark(waiter);
            }
        }
    }

    /**
     * Whether {@code sequence}'s slot still holds it, checked after reading the slot. Readers without a cursor use
     * this to validate a copy of a recent slot.
     */
    public boolean holds(long sequence) {
        VarHandle.acquireFence();
        return slotSequences.get(slotOf(sequence)) == sequence;
    }

    /**
     * A new reader whose first read is the next sequence published (not the ones already in the ring).
     * Each reader is used by one thread at a time.
     */
    public Reader newReader() {
        Reader reader = new Reader(published);
        readers.add(reader);
        return reader;
    }

    /** A new reader whose first read is the oldest sequence the ring still holds. */
    public Reader newReaderAtOldest() {
        Reader reader = new Reader(Math.max(0, published - (capacity - 1)));
        readers.add(reader);
        return reader;
    }

    /** Stops waking {@code reader}. */
    public void removeReader(Reader reader) {
        readers.remove(reader);
    }

    /** A cursor over the ring. */
    public final class Reader {

        /** Written by the reader's thread only; volatile so that status readers see it. */
        private volatile long next;
        private volatile long dropped;
        private volatile Thread waiter;

        private Reader(long next) {
            this.next = next;
        }

        /**
         * Waits up to {@code timeoutNanos} for an unread sequence and returns the oldest one still in the ring,
         * or -1 when none arrived in time. Skipped (overwritten) sequences are counted as dropped.
         */
        public long await(long timeoutNanos) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutNanos;
            while (published == next) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return -1;
                }
                waiter = Thread.currentThread();
                if (published == next) {
                    LockSupport.parkNanos(this, Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)));
                }
                waiter = null;
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            // the slot being written may be the oldest one: only capacity - 1 slots are safely readable
            long oldestReadable = published - (capacity - 1);
            if (next < oldestReadable) {
                // cursor first, count second: a concurrent dropped() may miss these briefly, never count them twice
                long skipped = oldestReadable - next;
                next = oldestReadable;
                dropped += skipped;
            }
            return next;
        }

        /**
         * Confirms the copy of {@code sequence}'s slot made after {@link #await}: true if the slot was not
         * overwritten while it was read. Either way the cursor moves past it; a failed commit counts as a drop.
         */
        public boolean commit(long sequence) {
            // order the caller's reads of the slot before the re-check of its sequence lock
            VarHandle.acquireFence();
            boolean intact = slotSequences.get(slotOf(sequence)) == sequence;
            next = sequence + 1;
            if (!intact) {
                dropped++;
            }
            return intact;
        }

        /**
         * Sequences this reader lost because the writer overwrote them first, including those already overwritten
         * that it has not noticed yet (a stalled reader's losses show at once).
         */
        public long dropped() {
            long counted = dropped;
            long overdue = published - next - (capacity - 1);
            return counted + Math.max(0, overdue);
        }

        /** Published sequences this reader has not read yet (at most the capacity). */
        public int backlog() {
            return (int) Math.min(published - next, capacity - 1);
        }
    }
}
