package io.segue.library.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** The top-level chunks of a RIFF/WAVE file: id → (payload offset, declared size). */
final class RiffChunks {

    record Chunk(long offset, long size) {
    }

    private RiffChunks() {
    }

    static Map<String, Chunk> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            if (channel.read(header, 0) < 12 || !id(header, 0).equals("RIFF") || !id(header, 8).equals("WAVE")) {
                throw new IOException(file + ": not a WAV file (no RIFF/WAVE header)");
            }
            Map<String, Chunk> chunks = new LinkedHashMap<>();
            long position = 12;
            ByteBuffer chunk = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            while (position + 8 <= channel.size()) {
                chunk.clear();
                channel.read(chunk, position);
                long size = Integer.toUnsignedLong(chunk.getInt(4));
                chunks.putIfAbsent(id(chunk, 0), new Chunk(position + 8, size));
                position += 8 + size + (size % 2);
            }
            return chunks;
        }
    }

    static ByteBuffer payload(Path file, Chunk chunk) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer payload = ByteBuffer.allocate((int) chunk.size()).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(payload, chunk.offset());
            return payload.flip();
        }
    }

    private static String id(ByteBuffer buffer, int at) {
        byte[] id = new byte[4];
        buffer.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }
}
