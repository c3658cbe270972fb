package io.segue.api.stream;

/**
 * A change of a stream's state, or of its device while it runs (a recovery onto the fallback device, or back to the
 * preferred one, is RECOVERING → RUNNING; a move back is RUNNING → RUNNING).
 *
 * @param direction   the input or the output stream
 * @param previous    the state before
 * @param current     the state now
 * @param deviceId    the device concerned
 * @param message     why, for failures and recoveries, otherwise {@code null}
 * @param epochMillis when the change happened (wall clock)
 */
public record StreamEvent(StreamDirection direction, StreamState previous, StreamState current, String deviceId,
        String message, long epochMillis) {
}
