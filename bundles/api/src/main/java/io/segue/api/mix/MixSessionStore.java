package io.segue.api.mix;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Mix sessions, stored durably: every change is on disk when the method returns. */
@ProviderType
public interface MixSessionStore {

    /** Starts a session, ending the one that runs (there is at most one). */
    MixSession start(String name) throws IOException;

    /**
     * Records that {@code trackId} now plays in the running session: the first track, or a transition from the
     * one playing.
     *
     * @param shown the recommendations shown when the DJ chose it (track ids, best first)
     * @throws IllegalStateException when no session runs
     */
    MixSession play(String trackId, List<String> shown) throws IOException;

    /** Ends the running session; empty when none runs. */
    Optional<MixSession> end() throws IOException;

    /** The running session, if any. */
    Optional<MixSession> current();

    /** A session by id. */
    Optional<MixSession> session(String sessionId);

    /** The sessions, newest first, at most {@code limit}. */
    List<MixSession> sessions(int limit);
}
