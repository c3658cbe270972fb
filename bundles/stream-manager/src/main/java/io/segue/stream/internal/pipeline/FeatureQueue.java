package io.segue.stream.internal.pipeline;

import io.segue.api.feature.FeatureFrame;
import io.segue.stream.internal.ring.SlotRing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bounded features queue: a ring of reusable frame slots. The analysis thread writes without waiting or
 * allocating; readers get copies, and a copy torn by a concurrent overwrite is detected and discarded.
 */
final class FeatureQueue {

    private final SlotRing ring;
    private final FeatureFrameSlot[] slots;

    FeatureQueue(int capacity) {
        this.ring = new SlotRing(capacity + 1);
        this.slots = new FeatureFrameSlot[capacity + 1];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new FeatureFrameSlot();
        }
    }

    int capacity() {
        return ring.capacity() - 1;
    }

    /** Writes a frame and returns its slot, valid until the ring wraps around. Analysis thread only. */
    FeatureFrameSlot write(FrameAnalyzer frame, ExtractorSet set) {
        long sequence = ring.beginWrite();
        FeatureFrameSlot slot = slots[ring.slotOf(sequence)];
        slot.fill(frame, set);
        ring.endWrite(sequence);
        return slot;
    }

    /** Copies of the newest {@code count} frames, oldest first. */
    List<FeatureFrame> latest(int count) {
        long end = ring.published();
        long start = Math.max(0, end - Math.min(count, capacity()));
        List<FeatureFrame> frames = new ArrayList<>();
        for (long s = start; s < end; s++) {
            FeatureFrame copy = copyOf(s);
            if (copy != null && ring.holds(s)) {
                frames.add(copy);
            }
        }
        return frames;
    }

    /** A reader that starts with the oldest frame the queue holds. */
    SlotRing.Reader newReader() {
        return ring.newReaderAtOldest();
    }

    void removeReader(SlotRing.Reader reader) {
        ring.removeReader(reader);
    }

    /** The oldest frame {@code reader} has not taken, waiting up to {@code timeoutNanos}. */
    Optional<FeatureFrame> take(SlotRing.Reader reader, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            long sequence = reader.await(Math.max(0, deadline - System.nanoTime()));
            if (sequence < 0) {
                return Optional.empty();
            }
            FeatureFrame copy = copyOf(sequence);
            if (reader.commit(sequence) && copy != null) {
                return Optional.of(copy);
            }
        }
    }

    private FeatureFrame copyOf(long sequence) {
        try {
            return slots[ring.slotOf(sequence)].copy();
        } catch (RuntimeException torn) {
            return null; // overwritten while copied with a different layout; the sequence check rejects it too
        }
    }
}
