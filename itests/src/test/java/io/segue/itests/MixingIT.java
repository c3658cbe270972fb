package io.segue.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.segue.api.learn.FeedbackStore;
import io.segue.api.library.ImportProgress;
import io.segue.api.library.ImportReport;
import io.segue.api.library.MusicLibrary;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import io.segue.api.mix.EnergyIntent;
import io.segue.api.mix.MixSession;
import io.segue.api.mix.Recommendation;
import io.segue.api.mix.ScoreComponent;
import io.segue.api.mix.StreamingIntegration;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A DJ's evening in the real runtime: a folder of WAV, AIFF, FLAC, MP3 and Ogg files (and one that is not audio) is
 * imported into a fresh SQLite library; the next track is recommended with its reasons; a session plays two
 * tracks, stores the DJ's feedback and is exported as M3U and CSV.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MixingIT {

    private static final int RATE = 22050;

    @Inject
    private MusicLibrary library;

    @Inject
    private StreamingIntegration mixer;

    @Inject
    private FeedbackStore feedback;

    @Configuration
    public Option[] configuration() {
        return SegueRuntime.options();
    }

    @Test
    public void importRecommendPlayFeedbackAndExport() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "music");
        Path fixtures = Path.of(System.getProperty("segue.fixtures"));
        for (String name : List.of("kick-am.flac", "kick-am.mp3", "kick-am.ogg")) {
            Files.copy(fixtures.resolve(name), folder.resolve(name));
        }
        Files.createDirectories(folder.resolve("house"));
        writeClickTrack(folder.resolve("house").resolve("click-126.wav"), 126, 10);
        writeClickTrack(folder.resolve("house").resolve("click-64.wav"), 64, 10);
        writeAiff(folder.resolve("house").resolve("click-122.aiff"), 122, 10);
        Files.writeString(folder.resolve("notes.mp3"), "not audio at all");

        List<ImportProgress> progress = new CopyOnWriteArrayList<>();
        ImportReport report = library.importFolder(folder, false, progress::add);
        assertEquals(report.toString(), 6, report.imported());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).reason(), report.failures().get(0).path().endsWith("notes.mp3")
                && report.failures().get(0).reason().startsWith("not an MPEG audio file"));
        assertEquals("a progress report per file", 7, progress.size());
        assertEquals(7, progress.get(progress.size() - 1).filesDone());

        Map<String, Track> byFile = library.tracks(100).stream()
                .collect(Collectors.toMap(t -> Path.of(t.path()).getFileName().toString(), Function.identity()));
        Track flac = byFile.get("kick-am.flac");
        TrackAnalysis flacAnalysis = library.analysis(flac.id()).orElseThrow();
        for (String name : List.of("kick-am.flac", "kick-am.mp3", "kick-am.ogg")) {
            Track tagged = byFile.get(name);
            TrackAnalysis analysis = library.analysis(tagged.id()).orElseThrow();
            assertEquals(name, "Kick over A minor", tagged.title());
            assertEquals(name, "Segue Test Fixtures", tagged.artist());
            assertEquals(name, 128, analysis.bpm(), 2.5);
            assertEquals(name, "8A", analysis.camelot());
        }
        assertEquals(122, library.analysis(byFile.get("click-122.aiff").id()).orElseThrow().bpm(), 2.5);
        assertEquals(126, library.analysis(byFile.get("click-126.wav").id()).orElseThrow().bpm(), 2.5);

        ImportReport again = library.importFolder(folder, false, p -> { });
        assertEquals("unchanged files are skipped", 6, again.skipped());
        assertEquals(0, again.imported());

        List<Recommendation> next = mixer.recommend(flac.id(), EnergyIntent.MAINTAIN, 4);
        assertFalse(next.isEmpty());
        for (Recommendation recommendation : next) {
            assertFalse("never the track itself", recommendation.track().id().equals(flac.id()));
            List<String> names = recommendation.components().stream().map(ScoreComponent::name).toList();
            assertTrue(names.toString(), names.containsAll(List.of("tempo", "key", "energy")));
            recommendation.components().forEach(c -> assertFalse(c.name(), c.reason().isBlank()));
        }
        assertEquals("the tempo extractor's range is 70..180 BPM: 64 is heard as 128", 128,
                library.analysis(byFile.get("click-64.wav").id()).orElseThrow().bpm(), 2.5);

        mixer.startSession("Friday");
        mixer.play(flac.id());
        String suggested = mixer.recommend(null, EnergyIntent.UP, 3).get(0).track().id();
        MixSession session = mixer.play(suggested);
        assertEquals(1, session.transitions().size());
        assertEquals("the track played was the top recommendation", 1, session.transitions().get(0).shownRank());

        long before = feedback.count();
        mixer.addUserFeedback(flac.id(), suggested, true, 5);
        assertEquals(before + 1, feedback.count());

        List<Path> files = mixer.exportSession(session.id(), folder);
        List<String> m3u = Files.readAllLines(files.get(0));
        assertEquals("#EXTM3U", m3u.get(0));
        assertTrue(m3u.toString(), m3u.contains(flac.path()));
        assertEquals(2, Files.readAllLines(files.get(1)).size());
    }

    /** The same as an AIFF file: big-endian samples, the rate as an 80-bit extended float. */
    private static void writeAiff(Path file, double bpm, int seconds) throws IOException {
        Path wav = Files.createTempFile(file.getParent(), "source", ".wav");
        writeClickTrack(wav, bpm, seconds);
        ByteBuffer pcm = ByteBuffer.wrap(Files.readAllBytes(wav), 44, RATE * seconds * 2)
                .order(ByteOrder.LITTLE_ENDIAN);
        Files.delete(wav);
        int frames = RATE * seconds;
        ByteBuffer aiff = ByteBuffer.allocate(12 + 26 + 16 + frames * 2).order(ByteOrder.BIG_ENDIAN);
        aiff.put("FORM".getBytes()).putInt(4 + 26 + 16 + frames * 2).put("AIFF".getBytes());
        int exponent = 31 - Integer.numberOfLeadingZeros(RATE);
        aiff.put("COMM".getBytes()).putInt(18).putShort((short) 1).putInt(frames).putShort((short) 16)
                .putShort((short) (16383 + exponent)).putLong((long) RATE << (63 - exponent));
        aiff.put("SSND".getBytes()).putInt(8 + frames * 2).putInt(0).putInt(0);
        while (pcm.hasRemaining()) {
            aiff.putShort(pcm.getShort());
        }
        Files.write(file, aiff.array());
    }

    /** A 16-bit mono WAV of short clicks at {@code bpm} over a quiet A minor triad. */
    private static void writeClickTrack(Path file, double bpm, int seconds) throws IOException {
        int frames = RATE * seconds;
        ByteBuffer data = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes()).putInt(36 + frames * 2).put("WAVE".getBytes());
        data.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE)
                .putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        data.put("data".getBytes()).putInt(frames * 2);
        double beat = 60.0 / bpm;
        for (int i = 0; i < frames; i++) {
            double t = (double) i / RATE;
            double sinceBeat = t % beat;
            double click = sinceBeat < 0.03 ? Math.exp(-sinceBeat * 150) * Math.sin(2 * Math.PI * 60 * sinceBeat)
                    : 0;
            double chord = 0.08 * (Math.sin(2 * Math.PI * 220 * t) + Math.sin(2 * Math.PI * 261.63 * t)
                    + Math.sin(2 * Math.PI * 329.63 * t));
            data.putShort((short) Math.round(Math.max(-1, Math.min(1, 0.7 * click + chord)) * 32767));
        }
        Files.write(file, data.array());
    }
}
