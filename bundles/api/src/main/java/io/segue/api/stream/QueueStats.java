package io.segue.api.stream;

/**
 * A bounded queue between two threads, as its metrics show it: the producer never waits; when the queue is full the
 * oldest item is dropped and counted.
 *
 * @param depth    items waiting now
 * @param capacity the bound
 * @param offered  items offered since the start
 * @param dropped  items dropped because the consumer fell behind
 */
public record QueueStats(int depth, int capacity, long offered, long dropped) {

    /** An empty queue of this capacity. */
    public static QueueStats empty(int capacity) {
        return new QueueStats(0, capacity, 0, 0);
    }
}
