package io.segue.library.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes 16-bit PCM WAV files, with the title, artist and album as a RIFF {@code LIST/INFO} chunk ({@code INAM},
 * {@code IART}, {@code IPRD}) when given: the tags WAV files carry.
 */
public final class WavFile {

    private WavFile() {
    }

    /** Writes {@code channels} copies of {@code mono} interleaved, clipped to 16 bits. */
    public static Path write(Path file, float[] mono, int sampleRateHz, int channels, String title, String artist,
            String album) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(mono.length * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : mono) {
            short value = (short) Math.round(Math.max(-1, Math.min(1, sample)) * 32767);
            for (int c = 0; c < channels; c++) {
                data.putShort(value);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer fmt = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) 1).putShort((short) channels).putInt(sampleRateHz).putInt(sampleRateHz * channels * 2)
                .putShort((short) (channels * 2)).putShort((short) 16);
        chunk(body, "fmt ", fmt.array());
        Map<String, String> tags = new LinkedHashMap<>();
        if (title != null) {
            tags.put("INAM", title);
        }
        if (artist != null) {
            tags.put("IART", artist);
        }
        if (album != null) {
            tags.put("IPRD", album);
        }
        if (!tags.isEmpty()) {
            ByteArrayOutputStream info = new ByteArrayOutputStream();
            info.writeBytes("INFO".getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                byte[] text = (tag.getValue() + "\0").getBytes(StandardCharsets.UTF_8);
                chunk(info, tag.getKey(), text);
            }
            chunk(body, "LIST", info.toByteArray());
        }
        chunk(body, "data", data.array());
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        chunk(riff, "RIFF", body.toByteArray());
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, riff.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String id, byte[] payload) {
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(payload.length).array());
        out.writeBytes(payload);
        if (payload.length % 2 == 1) {
            out.write(0);
        }
    }
}
