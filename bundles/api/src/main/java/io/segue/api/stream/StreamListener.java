package io.segue.api.stream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every state change of the input stream. Register as an OSGi service (whiteboard).
 *
 * <p>Threading: called one event at a time and in order, holding no lock of the stream manager, on the thread that
 * changed the state or on one that is delivering earlier events. A listener may call back into the stream manager,
 * {@link AudioStreamManager#start} and {@link AudioStreamManager#stop} included; it should return quickly.
 */
@ConsumerType
@FunctionalInterface
public interface StreamListener {

    void stateChanged(StreamEvent event);
}
