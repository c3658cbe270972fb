package io.segue.api.stream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every state change of the input stream. Register as an OSGi service (whiteboard).
 *
 * <p>Threading: called on the thread that changed the state, one event at a time, in order. Must return quickly
 * and must not call {@link AudioStreamManager#start} or {@link AudioStreamManager#stop} from the callback.
 */
@ConsumerType
@FunctionalInterface
public interface StreamListener {

    void stateChanged(StreamEvent event);
}
