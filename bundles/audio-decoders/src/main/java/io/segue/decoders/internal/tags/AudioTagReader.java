package io.segue.decoders.internal.tags;

import io.segue.api.feature.MusicalKey;
import io.segue.api.library.TagReader;
import io.segue.api.library.TrackTags;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.exceptions.CannotReadException;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.exceptions.ReadOnlyFileException;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagException;
import org.osgi.service.component.annotations.Component;

/**
 * Reads title, artist, album, BPM and initial key with jaudiotagger: ID3v2 (MP3, and the ID3 chunk of WAV and
 * AIFF), Vorbis comments (FLAC, Ogg Vorbis), RIFF INFO (WAV).
 *
 * <p>A BPM tag that is not a positive number reads as absent (NaN), and so does a key in no known notation (null):
 * the library then measures them. A file jaudiotagger cannot parse at all fails with an IOException naming it.
 */
@Component(service = TagReader.class)
public final class AudioTagReader implements TagReader {

    /** Our extension to the one jaudiotagger knows the format by. */
    private static final Map<String, String> FORMATS = Map.of("wav", "wav", "wave", "wav", "aiff", "aiff", "aif",
            "aif", "aifc", "aifc", "flac", "flac", "mp3", "mp3", "ogg", "ogg");

    /**
     * jaudiotagger logs every metadata block of every file at INFO (and its own tag writes as SEVERE): importing a
     * library would flood the log. Silenced: what goes wrong reaches the caller as an IOException. Held here
     * because java.util.logging keeps loggers, and so their levels, only while someone references them.
     */
    private final Logger jaudiotaggerLog = Logger.getLogger("org.jaudiotagger");

    public AudioTagReader() {
        jaudiotaggerLog.setLevel(Level.OFF);
    }

    @Override
    public Set<String> extensions() {
        return FORMATS.keySet();
    }

    @Override
    public TrackTags read(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String format = dot < 0 ? null : FORMATS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IOException(file + ": no tag reader for this extension; supported: " + FORMATS.keySet());
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isReadable(file)) {
            throw new AccessDeniedException(file.toString(), null, "not readable");
        }
        if (Files.size(file) == 0) {
            throw new IOException(file + ": empty file");
        }
        AudioFile audio;
        try {
            // a fresh AudioFileIO per file: its readers are not documented as safe for concurrent use
            audio = new AudioFileIO().readFileAs(file.toFile(), format);
        } catch (CannotReadException | InvalidAudioFrameException | TagException | ReadOnlyFileException
                | RuntimeException e) {
            throw new IOException(file + ": cannot read its tags: " + e.getMessage(), e);
        }
        Tag tag = audio.getTag();
        if (tag == null || tag.isEmpty()) {
            return TrackTags.NONE;
        }
        return new TrackTags(text(tag, FieldKey.TITLE), text(tag, FieldKey.ARTIST), text(tag, FieldKey.ALBUM),
                bpm(text(tag, FieldKey.BPM)), key(tag));
    }

    private static String text(Tag tag, FieldKey key) {
        try {
            String value = tag.getFirst(key);
            return value == null ? "" : value.strip();
        } catch (RuntimeException e) { // a tag format without this field (RIFF INFO has no BPM)
            return "";
        }
    }

    private static double bpm(String text) {
        try {
            double bpm = Double.parseDouble(text.replace(',', '.'));
            return bpm > 0 && bpm < 1000 ? bpm : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * jaudiotagger maps the key of Vorbis comments (FLAC, Ogg) to {@code KEY}, but Traktor, Mixed In Key and the
     * encoders' users write {@code INITIALKEY}: read both.
     */
    private static MusicalKey key(Tag tag) {
        String text = text(tag, FieldKey.KEY);
        if (text.isEmpty()) {
            try {
                String initialKey = tag.getFirst("INITIALKEY");
                text = initialKey == null ? "" : initialKey;
            } catch (RuntimeException e) { // a tag format that has no such field
                return null;
            }
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return MusicalKey.parse(text);
        } catch (IllegalArgumentException e) {
            return null; // a key in no notation we know is no key, as an absent one
        }
    }
}
