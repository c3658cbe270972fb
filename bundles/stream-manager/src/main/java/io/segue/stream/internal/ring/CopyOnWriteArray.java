package io.segue.stream.internal.ring;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A whiteboard of services for a real-time thread: changes copy the array, and the real-time thread reads it once
 * per pass into a local with no lock and no allocation.
 *
 * @param <T> the element type
 */
public final class CopyOnWriteArray<T> {

    private final IntFunction<T[]> newArray;
    private volatile T[] elements;

    public CopyOnWriteArray(IntFunction<T[]> newArray) {
        this.newArray = newArray;
        this.elements = newArray.apply(0);
    }

    /** The elements now; never modify the array. */
    public T[] get() {
        return elements;
    }

    public synchronized void add(T element) {
        T[] grown = Arrays.copyOf(elements, elements.length + 1);
        grown[elements.length] = element;
        elements = grown;
    }

    /** Removes {@code element} (by identity). */
    public synchronized void remove(T element) {
        elements = Arrays.stream(elements).filter(e -> e != element).toArray(newArray);
    }
}
