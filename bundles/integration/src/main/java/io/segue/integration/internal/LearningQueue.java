package io.segue.integration.internal;

import io.segue.api.learn.Feedback;
import io.segue.api.stream.QueueStats;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Feedback on its way to the learner: a bounded queue (the oldest dropped and counted when the learner falls
 * behind) drained by one thread, so that storing feedback never waits for a model to train.
 */
final class LearningQueue {

    private final int capacity;
    private final Consumer<Feedback> learner;
    private final Thread thread;
    /** Guarded by itself. */
    private final Deque<Feedback> waiting = new ArrayDeque<>();
    private long offered;
    private long dropped;
    private volatile boolean closed;

    /** @param learner called on the queue's thread with each feedback, in order */
    LearningQueue(int capacity, Consumer<Feedback> learner) {
        this.capacity = capacity;
        this.learner = learner;
        this.thread = new Thread(this::drain, "segue-learning");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a feedback; never waits. */
    void offer(Feedback feedback) {
        synchronized (waiting) {
            offered++;
            if (waiting.size() == capacity) {
                waiting.removeFirst();
                dropped++;
            }
            waiting.addLast(feedback);
            waiting.notifyAll();
        }
    }

    QueueStats stats() {
        synchronized (waiting) {
            return new QueueStats(waiting.size(), capacity, offered, dropped);
        }
    }

    /** Stops the thread; what is still queued is not learned (it is in the feedback store). */
    void close() {
        closed = true;
        thread.interrupt();
    }

    private void drain() {
        while (!closed) {
            Feedback next;
            synchronized (waiting) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        waiting.wait();
                    } catch (InterruptedException e) {
                        if (closed) {
                            return;
                        }
                    }
                }
                next = waiting.pollFirst();
            }
            if (next != null) {
                learner.accept(next);
            }
        }
    }
}
