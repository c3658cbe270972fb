package io.segue.stream.internal.config;

import java.util.function.Supplier;

/**
 * The settings of a component whose configuration may change at run time: a change that does not validate is
 * refused, the previous settings stay in force, and the refusal is kept for the component's status.
 *
 * @param <S> the validated settings
 */
public final class RefusableSettings<S> {

    private volatile S current;
    private volatile String problem;

    /**
     * @param initial  parses and validates the configuration the component starts with
     * @param defaults what runs when the initial configuration is invalid (there is nothing earlier to keep)
     */
    public RefusableSettings(Supplier<S> initial, S defaults) {
        try {
            current = initial.get();
        } catch (IllegalArgumentException e) {
            current = defaults;
            problem = e.getMessage() + " (running on the defaults)";
        }
    }

    public S current() {
        return current;
    }

    /** Why the last configuration was refused, or {@code null} when the last one was accepted. */
    public String problem() {
        return problem;
    }

    /**
     * Applies a changed configuration.
     *
     * @return the new settings
     * @throws IllegalArgumentException from {@code next}, after noting it; the previous settings stay
     */
    public S update(Supplier<S> next) {
        try {
            S accepted = next.get();
            current = accepted;
            problem = null;
            return accepted;
        } catch (IllegalArgumentException e) {
            problem = e.getMessage() + " (previous configuration kept)";
            throw e;
        }
    }
}
