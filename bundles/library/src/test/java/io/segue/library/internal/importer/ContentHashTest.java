package io.segue.library.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    @TempDir
    Path dir;

    @Test
    void aSmallFileIsHashedWhole() throws IOException {
        byte[] bytes = random(100_000, 1);
        String hash = ContentHash.of(Files.write(dir.resolve("a"), bytes));
        assertEquals(64, hash.length());
        assertEquals(hash, ContentHash.of(Files.write(dir.resolve("b"), bytes)), "same content, same hash");
        bytes[50_000] ^= 1;
        assertNotEquals(hash, ContentHash.of(Files.write(dir.resolve("c"), bytes)), "a change in the middle");
    }

    @Test
    void aLargeFileIsHashedByItsSizeItsFirstAndItsLastMebibyte() throws IOException {
        byte[] bytes = random(5 << 20, 2);
        String hash = ContentHash.of(Files.write(dir.resolve("a"), bytes));
        bytes[10] ^= 1;
        String head = ContentHash.of(Files.write(dir.resolve("b"), bytes));
        bytes[10] ^= 1;
        bytes[bytes.length - 10] ^= 1;
        String tail = ContentHash.of(Files.write(dir.resolve("c"), bytes));
        bytes[bytes.length - 10] ^= 1;
        bytes[bytes.length / 2] ^= 1;
        String middle = ContentHash.of(Files.write(dir.resolve("d"), bytes));
        assertNotEquals(hash, head, "a tag edited at the start");
        assertNotEquals(hash, tail, "a tag edited at the end");
        assertEquals(hash, middle, "by design: the middle is not read (size and modification time guard it)");
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        longer[longer.length - 1] = bytes[bytes.length - 1];
        assertNotEquals(hash, ContentHash.of(Files.write(dir.resolve("e"), longer)), "the size is hashed");
    }

    @Test
    void aMissingFileIsNamed() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ContentHash.of(dir.resolve("gone")));
        assertTrue(e.getMessage().contains("gone"), e.getMessage());
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
