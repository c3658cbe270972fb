package io.segue.api.stream;

/**
 * A change of an input stream's state.
 *
 * @param previous   the state before
 * @param current    the state now
 * @param deviceId   the device concerned
 * @param message    why, for failures and recoveries, otherwise {@code null}
 * @param epochMillis when the change happened (wall clock)
 */
public record StreamEvent(StreamState previous, StreamState current, String deviceId, String message,
        long epochMillis) {
}
