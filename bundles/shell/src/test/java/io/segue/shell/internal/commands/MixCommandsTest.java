package io.segue.shell.internal.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import io.segue.api.learn.Feedback;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.MixSession;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.ScoreComponent;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.mix.Transition;
import io.segue.shell.internal.fakes.FakeLibrary;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MixCommandsTest {

    private final FakeLibrary library = new FakeLibrary()
            .with("1", "Kölsch", "Grey", 128, MusicalKey.A_MINOR)
            .with("2", "Bicep", "Glue", 129, MusicalKey.E_MINOR);
    private final List<String> calls = new ArrayList<>();
    private final MixSession session = new MixSession("4", "friday", 1_700_000_000_000L, 0, List.of("1", "2"),
            List.of(new Transition("1", "2", 1_700_000_060_000L, List.of("3", "2"))));

    /** A mixer that records what it was asked and answers with the fixed session and recommendation. */
    private final StreamingIntegration mixer = (StreamingIntegration) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {StreamingIntegration.class}, (proxy, method, args) -> {
                calls.add(method.getName() + (args == null ? "" : Arrays.toString(args)));
                return answer(method.getName(), args);
            });

    private Object answer(String method, Object[] args) {
        if (method.equals("recommend")) {
            return List.of(new Recommendation(library.track("2").orElseThrow(), 0.91, List.of(
                    new ScoreComponent("tempo", 0.94, 0.4, "128.0 -> 129.0 BPM, +0.8 %"),
                    new ScoreComponent("key", 0.9, 0.25, "8A -> 9A, +1 on the wheel"))));
        }
        if (method.equals("addUserFeedback")) {
            return new Feedback((String) args[0], (String) args[1], (Boolean) args[2], (Integer) args[3], "4", 0);
        }
        if (method.equals("currentSession")) {
            return Optional.of(session);
        }
        if (method.equals("play") || method.equals("startSession")) {
            return session;
        }
        throw new AssertionError("unexpected " + method);
    }
    private final MixCommands commands = new MixCommands(mixer, library);

    @Test
    void recommendationsShowTheirScoreTempoKeyAndEveryReason() {
        String shown = commands.recommend("5", "up", "1");
        assertEquals("recommend[1, UP, 5]", calls.get(0));
        assertEquals(String.join("\n",
                " 1. 0.91  [2] Bicep - Glue  129.0 BPM  9A",
                "      tempo       0.94 x 0.40  128.0 -> 129.0 BPM, +0.8 %",
                "      key         0.90 x 0.25  8A -> 9A, +1 on the wheel"), shown);
    }

    @Test
    void withoutFromTheMixerChoosesWhatToFollow() {
        commands.recommend("10", "keep", "");
        assertEquals("recommend[null, MAINTAIN, 10]", calls.get(0));
    }

    @Test
    void feedbackSaysWhatWasStored() throws Exception {
        assertEquals("stored: 1 -> 2 accepted, rating 4, session 4", commands.feedback("1", "2", "true", "4"));
        assertEquals("stored: 2 -> 1 rejected, session 4", commands.feedback("2", "1", "false"));
        assertEquals("rating must be in 0..5, was 9", assertThrows(IllegalArgumentException.class,
                () -> commands.feedback("1", "2", "true", "9")).getMessage());
        assertEquals("accepted must be true or false, was 'maybe'", assertThrows(IllegalArgumentException.class,
                () -> commands.feedback("1", "2", "maybe")).getMessage());
    }

    @Test
    void theSessionShowsItsTransitionsAndWhereEachStoodAmongTheRecommendations() throws Exception {
        String status = commands.session("status");
        assertTrue(status.startsWith("session                 4 \"friday\"\n"), status);
        assertTrue(status.contains("1 -> 2 (recommendation #2)"), status);
        commands.session("play", "2");
        assertEquals("play[2]", calls.get(calls.size() - 1));
    }

    @Test
    void badIntentsAndActionsSayWhatIsAccepted() {
        assertEquals("unknown intent 'sideways': use up, down or keep", assertThrows(
                IllegalArgumentException.class, () -> commands.recommend("5", "sideways", "")).getMessage());
        assertEquals("unknown session action 'dance'; " + MixCommands.SESSION_USAGE, assertThrows(
                IllegalArgumentException.class, () -> commands.session("dance")).getMessage());
        assertEquals(EnergyIntent.MAINTAIN, MixCommands.intent("maintain"));
    }
}
