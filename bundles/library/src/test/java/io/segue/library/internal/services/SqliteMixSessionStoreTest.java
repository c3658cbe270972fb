package io.segue.library.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.mix.MixSession;
import io.segue.api.mix.Transition;
import io.segue.library.internal.store.LibraryDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMixSessionStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSessionRecordsPlaysAndTransitionsWithTheRecommendationsShown() throws IOException {
        String id;
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            SqliteMixSessionStore store = new SqliteMixSessionStore(db);
            assertTrue(store.current().isEmpty());
            IllegalStateException none = assertThrows(IllegalStateException.class, () -> store.play("1", List.of()));
            assertEquals("no mix session runs: start one before playing '1'", none.getMessage());

            long before = System.currentTimeMillis();
            MixSession started = store.start("Friday");
            id = started.id();
            assertEquals("Friday", started.name());
            assertTrue(started.startedEpochMillis() >= before);
            assertFalse(started.ended());
            assertNull(started.currentTrackId());

            store.play("1", List.of());
            store.play("7", List.of("7", "9", "4"));
            MixSession playing = store.play("4", List.of("2", "3"));
            assertEquals(List.of("1", "7", "4"), playing.playedTrackIds());
            assertEquals("4", playing.currentTrackId());
            assertEquals(2, playing.transitions().size());
            Transition first = playing.transitions().get(0);
            assertEquals("1", first.fromTrackId());
            assertEquals("7", first.toTrackId());
            assertEquals(List.of("7", "9", "4"), first.shown());
            assertEquals(1, first.shownRank());
            assertEquals(0, playing.transitions().get(1).shownRank(), "4 was not among those shown");
            assertTrue(first.epochMillis() >= started.startedEpochMillis());
            assertEquals(playing, store.current().orElseThrow());
        }
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            SqliteMixSessionStore store = new SqliteMixSessionStore(db);
            assertEquals(id, store.current().orElseThrow().id(), "a restart resumes the running session");
            MixSession ended = store.end().orElseThrow();
            assertTrue(ended.ended());
            assertEquals(List.of("1", "7", "4"), ended.playedTrackIds());
            assertTrue(store.current().isEmpty());
            assertTrue(store.end().isEmpty());
            assertEquals(ended, store.session(id).orElseThrow());
            assertTrue(store.session("nope").isEmpty());
        }
    }

    @Test
    void startingASessionEndsTheRunningOneAndSessionsListNewestFirst() throws IOException {
        try (LibraryDatabase db = new LibraryDatabase(dir.resolve("l.db"))) {
            SqliteMixSessionStore store = new SqliteMixSessionStore(db);
            MixSession first = store.start("one");
            store.play("5", List.of());
            MixSession second = store.start("two");
            assertTrue(store.session(first.id()).orElseThrow().ended());
            assertEquals(second.id(), store.current().orElseThrow().id());
            assertEquals(List.of(), store.current().orElseThrow().playedTrackIds());
            assertEquals(List.of(second.id(), first.id()), store.sessions(10).stream().map(MixSession::id).toList());
            assertEquals(1, store.sessions(1).size());
        }
    }
}
