package io.segue.library.testing;

import io.segue.api.library.TagReader;
import io.segue.api.library.TrackTags;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** Reads a WAV file's {@code LIST/INFO} tags: {@code INAM} title, {@code IART} artist, {@code IPRD} album. */
public final class WavInfoTagReader implements TagReader {

    @Override
    public Set<String> extensions() {
        return Set.of("wav");
    }

    @Override
    public TrackTags read(Path file) throws IOException {
        RiffChunks.Chunk list = RiffChunks.read(file).get("LIST");
        if (list == null) {
            return TrackTags.NONE;
        }
        ByteBuffer info = RiffChunks.payload(file, list);
        String title = "";
        String artist = "";
        String album = "";
        int at = 4;
        while (at + 8 <= info.limit()) {
            byte[] id = new byte[4];
            info.get(at, id);
            int size = info.getInt(at + 4);
            byte[] text = new byte[size];
            info.get(at + 8, text);
            String value = new String(text, StandardCharsets.UTF_8).replace("\0", "");
            switch (new String(id, StandardCharsets.US_ASCII)) {
                case "INAM" -> title = value;
                case "IART" -> artist = value;
                case "IPRD" -> album = value;
                default -> {
                }
            }
            at += 8 + size + (size % 2);
        }
        return new TrackTags(title, artist, album, Double.NaN, null);
    }

}
