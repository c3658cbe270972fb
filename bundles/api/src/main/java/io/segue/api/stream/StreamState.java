package io.segue.api.stream;

/**
 * The life of an {@link AudioStreamManager}'s input stream.
 *
 * <pre>
 * STOPPED ─start─► STARTING ─► RUNNING ─stop─► STOPPING ─► STOPPED
 *                      │          │  ▲
 *                      │    device lost/failed
 *                      │          ▼  │ reopened
 *                      │       RECOVERING ─gave up─► FAILED
 *                      └─open failed──────────────► FAILED
 * </pre>
 * A stream whose source ends (a file played to its end) goes RUNNING → STOPPING → STOPPED. Until device recovery
 * exists, a device that fails takes the stream from RUNNING straight to FAILED; RECOVERING is reserved for it.
 */
public enum StreamState {
    STOPPED,
    STARTING,
    RUNNING,
    RECOVERING,
    STOPPING,
    FAILED;

    /** Whether chunks may be flowing: a stream in this state holds an open device. */
    public boolean isActive() {
        return this == STARTING || this == RUNNING || this == RECOVERING;
    }
}
