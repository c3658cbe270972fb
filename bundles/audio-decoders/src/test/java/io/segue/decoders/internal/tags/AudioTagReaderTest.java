package io.segue.decoders.internal.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.TrackTags;
import io.segue.decoders.internal.aiff.AiffWriter;
import io.segue.decoders.internal.testing.FixtureSignal;
import io.segue.decoders.internal.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudioTagReaderTest {

    private static final TrackTags FIXTURE_TAGS = new TrackTags("Kick over A minor", "Segue Test Fixtures",
            "Decoder Fixtures", 128, MusicalKey.A_MINOR);

    private final AudioTagReader reader = new AudioTagReader();

    @TempDir
    Path dir;

    /** Tagged by the encoders themselves: flac --tag, lame --tt/--tv TBPM/TKEY, oggenc -c (see the README). */
    @ParameterizedTest
    @ValueSource(strings = {"kick-am.flac", "kick-am.mp3", "kick-am.ogg"})
    void readsTheEncodersTags(String fixture) throws IOException {
        assertEquals(FIXTURE_TAGS, reader.read(Fixtures.copy(fixture, dir)));
    }

    @Test
    void readsTheId3ChunkOfAWavFile() throws IOException {
        Path file = dir.resolve("kick-am.wav");
        FixtureSignal.main(new String[] {file.toString()});
        assertEquals(TrackTags.NONE, reader.read(file));
        tag(file, "Kick over A minor", "Segue Test Fixtures", "Decoder Fixtures", "128", "Am");
        assertEquals(FIXTURE_TAGS, reader.read(file));
    }

    @Test
    void readsTheId3ChunkOfAnAiffFile() throws IOException {
        Path file = new AiffWriter(null, 16, 1, 22_050).write(dir.resolve("kick-am.aiff"), new float[1000]);
        assertEquals(TrackTags.NONE, reader.read(file));
        tag(file, "Kick over A minor", "Segue Test Fixtures", "Decoder Fixtures", "128", "8A");
        assertEquals(FIXTURE_TAGS, reader.read(file));
    }

    @Test
    void aBpmThatIsNoNumberAndAKeyInNoNotationReadAsAbsent() throws IOException {
        Path file = Fixtures.copy("kick-am.flac", dir);
        tag(file, "Title", "Artist", "Album", "fast", "dunno");
        TrackTags tags = reader.read(file);
        assertEquals("Title", tags.title());
        assertTrue(Double.isNaN(tags.bpm()), "bpm " + tags.bpm());
        assertEquals(null, tags.key());
    }

    @Test
    void aFractionalBpmIsKept() throws IOException {
        Path file = Fixtures.copy("kick-am.ogg", dir);
        tag(file, "T", "A", "B", "127.5", "Db");
        assertEquals(new TrackTags("T", "A", "B", 127.5, MusicalKey.D_FLAT_MAJOR), reader.read(file));
    }

    @Test
    void aTextFileNamedMp3FailsNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("set.mp3"), "tracklist:\n1. intro\n2. outro\n".repeat(20));
        IOException e = assertThrows(IOException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": cannot read its tags: "), e.getMessage());
    }

    @Test
    void anEmptyFileFailsNamingTheFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.flac"));
        assertEquals(file + ": empty file", assertThrows(IOException.class, () -> reader.read(file)).getMessage());
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> reader.read(dir.resolve("gone.mp3")));
    }

    @Test
    void anUnknownExtensionIsRefusedByName() throws IOException {
        Path file = Files.writeString(dir.resolve("song.xyz"), "x");
        assertEquals(file + ": no tag reader for this extension; supported: " + reader.extensions(),
                assertThrows(IOException.class, () -> reader.read(file)).getMessage());
    }

    @Test
    void readsTheFormatsThereAreDecodersFor() {
        assertEquals(Set.of("wav", "wave", "aiff", "aif", "aifc", "flac", "mp3", "ogg"), reader.extensions());
    }

    /** Writes tags with jaudiotagger, as a tagging program would. */
    private static void tag(Path file, String title, String artist, String album, String bpm, String key)
            throws IOException {
        try {
            AudioFile audio = AudioFileIO.read(file.toFile());
            Tag tag = audio.getTagOrCreateAndSetDefault();
            tag.setField(FieldKey.TITLE, title);
            tag.setField(FieldKey.ARTIST, artist);
            tag.setField(FieldKey.ALBUM, album);
            tag.setField(FieldKey.BPM, bpm);
            tag.setField(FieldKey.KEY, key);
            audio.commit();
        } catch (Exception e) {
            throw new IOException("tagging " + file + " failed: " + e, e);
        }
    }
}
