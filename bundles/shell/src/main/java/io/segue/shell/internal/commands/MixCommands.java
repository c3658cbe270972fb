package io.segue.shell.internal.commands;

import io.segue.api.learn.Feedback;
import io.segue.api.library.MusicLibrary;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.MixSession;
import io.segue.api.mix.StreamingIntegration;
import io.segue.api.mix.Transition;
import io.segue.shell.internal.format.KeyValueFormat;
import io.segue.shell.internal.format.LibraryFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code segue:recommend}, {@code segue:feedback} and {@code segue:session}: mixing at the prompt. */
@Component(service = MixCommands.class, immediate = true)
@GogoCommand(scope = "segue", function = {"recommend", "feedback", "session"})
public final class MixCommands {

    static final String SESSION_USAGE = "use: session start [name] | status | play <track> | end | export [folder]";

    private final StreamingIntegration mixer;
    private final MusicLibrary library;

    @Activate
    public MixCommands(@Reference(name = "mixer") StreamingIntegration mixer,
            @Reference(name = "library") MusicLibrary library) {
        this.mixer = mixer;
        this.library = library;
    }

    @Descriptor("what to play next, best first, with the reasons: after --from, else after the session's current "
            + "track, else for the live stream")
    public String recommend(
            @Descriptor("how many, 1..100 (default 10)")
            @Parameter(names = {"-n", "--limit"}, absentValue = "10") String limit,
            @Descriptor("where the energy should go: up, down or keep (default keep)")
            @Parameter(names = {"-i", "--intent"}, absentValue = "keep") String intent,
            @Descriptor("the track to follow (default: the session's current track, else the live stream)")
            @Parameter(names = {"-f", "--from"}, absentValue = "") String from) {
        return LibraryFormat.recommendations(mixer.recommend(from.isBlank() ? null : from, intent(intent),
                Arguments.intInRange("-n", limit, 1, 100)), library::analysis);
    }

    @Descriptor("the DJ's verdict on a transition; stored on disk before this returns")
    public String feedback(
            @Descriptor("the track that was playing") String from,
            @Descriptor("the track that followed") String to,
            @Descriptor("true if the transition worked, false if not") String accepted) throws IOException {
        return feedback(from, to, accepted, "0");
    }

    @Descriptor("the DJ's verdict on a transition, with a rating; stored on disk before this returns")
    public String feedback(
            @Descriptor("the track that was playing") String from,
            @Descriptor("the track that followed") String to,
            @Descriptor("true if the transition worked, false if not") String accepted,
            @Descriptor("1..5 (0: none)") String rating) throws IOException {
        Feedback stored = mixer.addUserFeedback(from, to, Arguments.yesNo("accepted", accepted, "accepted", "rejected"), Arguments.intInRange("rating", rating, 0,
                5));
        return "stored: " + stored.fromTrackId() + " -> " + stored.toTrackId() + (stored.accepted() ? " accepted"
                : " rejected") + (stored.rating() == 0 ? "" : ", rating " + stored.rating())
                + (stored.sessionId() == null ? "" : ", session " + stored.sessionId());
    }

    @Descriptor("the mix session: status, end, export (to the working folder), start (a name from the time)")
    public String session(@Descriptor("status, start, end or export") String action) throws IOException {
        return switch (action) {
            case "status" -> mixer.currentSession().map(MixCommands::describe)
                    .orElse("no session runs (segue:session start [name], or segue:session play <track>)");
            case "start" -> describe(mixer.startSession(null));
            case "end" -> mixer.endSession().map(s -> "ended\n" + describe(s)).orElse("no session runs");
            case "export" -> export(Path.of(""));
            case "play" -> throw new IllegalArgumentException("session play needs a track id; " + SESSION_USAGE);
            default -> throw new IllegalArgumentException("unknown session action '" + action + "'; "
                    + SESSION_USAGE);
        };
    }

    @Descriptor("the mix session: start <name>, play <track>, export <folder>")
    public String session(
            @Descriptor("start, play or export") String action,
            @Descriptor("the session's name (start), a track id (play) or a folder (export)") String argument)
            throws IOException {
        return switch (action) {
            case "start" -> describe(mixer.startSession(argument));
            case "play" -> describe(mixer.play(argument));
            case "export" -> export(Path.of(argument));
            default -> throw new IllegalArgumentException("session " + action + " takes no argument; "
                    + SESSION_USAGE);
        };
    }

    private String export(Path folder) throws IOException {
        MixSession session = mixer.currentSession().orElseThrow(() -> new IllegalArgumentException(
                "no session runs to export (segue:session start [name])"));
        List<Path> files = mixer.exportSession(session.id(), folder.toAbsolutePath());
        return "wrote " + files.stream().map(Path::toString).collect(Collectors.joining(" and "));
    }

    static String describe(MixSession session) {
        KeyValueFormat lines = new KeyValueFormat()
                .add("session", session.id() + " \"" + session.name() + "\"")
                .add("started", Instant.ofEpochMilli(session.startedEpochMillis()).toString())
                .add("playing", session.currentTrackId() == null ? "nothing yet" : session.currentTrackId())
                .add("played", session.playedTrackIds().size() + " tracks");
        if (session.ended()) {
            lines.add("ended", Instant.ofEpochMilli(session.endedEpochMillis()).toString());
        }
        for (Transition transition : session.transitions()) {
            lines.add("  " + Instant.ofEpochMilli(transition.epochMillis()), transition.fromTrackId() + " -> "
                    + transition.toTrackId() + (transition.shownRank() > 0 ? " (recommendation #"
                            + transition.shownRank() + ")" : transition.shown().isEmpty() ? "" : " (not recommended)"));
        }
        return lines.toString();
    }

    static EnergyIntent intent(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "up" -> EnergyIntent.UP;
            case "down" -> EnergyIntent.DOWN;
            case "keep", "maintain" -> EnergyIntent.MAINTAIN;
            default -> throw new IllegalArgumentException("unknown intent '" + text + "': use up, down or keep");
        };
    }
}
