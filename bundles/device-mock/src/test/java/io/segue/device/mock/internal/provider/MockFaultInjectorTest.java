package io.segue.device.mock.internal.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.stream.AudioChunkListener;
import io.segue.device.mock.internal.fault.FaultBoard;
import io.segue.device.mock.internal.testing.FakeBundleContext;
import io.segue.device.mock.internal.testing.Timing;
import io.segue.testing.Await;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults injected at run time reach the provider's devices; and faults given as options do the same per open. */
class MockFaultInjectorTest {

    private static final AudioFormat MONO = AudioFormat.mono(22_050);
    /** 8 kHz: a read of 80 frames is 10 ms of audio. */
    private static final AudioFormat SLOW_RATE = AudioFormat.mono(8000);
    private static final int TEN_MS = 80;

    private final FaultBoard board = new FaultBoard();
    private final MockDeviceProvider provider =
            new MockDeviceProvider(Configs.defaults(MockDeviceConfig.class), board, new RecordingLogger().logger());
    private final FakeBundleContext bundle = new FakeBundleContext();
    private final MockFaultInjector injector = new MockFaultInjector(board, bundle.context());
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void theInjectorIsTheMockProvidersAndDescribesEachFaultOnOneLine() {
        assertEquals("mock", injector.providerId());
        List<String> usage = injector.usage();
        assertEquals(List.of("disconnect [chunks]", "unplug [ms]", "stall <ms>", "glitch [n]", "jitter <ms>", "slow <ms>"),
                usage.stream().map(line -> line.substring(0, line.indexOf(':'))).toList());
        for (String line : usage) {
            assertFalse(line.contains("\n"), line);
        }
    }

    @Test
    void disconnectFailsTheNextReadOfEveryOpenInputOfTheDeviceWhichCanBeReopenedAtOnce() throws IOException {
        try (AudioInput a = provider.openInput("mock:sine?realtime=false", MONO);
                AudioInput b = provider.openInput("mock:sine?hz=880&realtime=false", MONO);
                AudioInput other = provider.openInput("mock:noise?realtime=false", MONO)) {
            float[] buffer = new float[256];
            assertEquals(256, a.read(buffer, 256));

            assertEquals("mock:sine disconnected (2 open inputs and outputs): each fails on its next read or write; "
                    + "the device can be reopened at once", injector.inject("mock:sine", "disconnect", List.of()));

            for (AudioInput input : List.of(a, b)) {
                IOException e = assertThrows(IOException.class, () -> input.read(buffer, 256));
                assertEquals("mock device mock:sine disconnected (fault injection)", e.getMessage());
                assertThrows(IOException.class, () -> input.read(buffer, 256), "the device stays gone for it");
            }
            assertEquals(256, other.read(buffer, 256), "other devices go on");
            assertTrue(ids().contains("mock:sine"), "still listed");
            try (AudioInput again = provider.openInput("mock:sine?realtime=false", MONO)) {
                assertEquals(256, again.read(buffer, 256), "reopened at once");
            }
        }
    }

    @Test
    void disconnectAfterNChunksLetsThatManyReadsThrough() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine?realtime=false", MONO)) {
            float[] buffer = new float[256];
            assertEquals("mock:sine disconnects after 3 more reads or writes (1 open input or output); the device can"
                    + " be reopened at once", injector.inject("mock:sine", "disconnect", List.of("3")));
            for (int i = 0; i < 3; i++) {
                assertEquals(256, input.read(buffer, 256), "read " + i);
            }
            IOException e = assertThrows(IOException.class, () -> input.read(buffer, 256));
            assertEquals("mock device mock:sine disconnected (fault injection)", e.getMessage());
        }
    }

    @Test
    void optionsAfterTheDeviceIdAreIgnoredWhenInjecting() throws IOException {
        try (AudioInput input = provider.openInput("mock:clicks?bpm=90&realtime=false", MONO)) {
            injector.inject("mock:clicks?bpm=60", "disconnect", List.of());

            assertThrows(IOException.class, () -> input.read(new float[64], 64));
        }
    }

    @Test
    void unplugForATimeHidesTheDeviceAndRefusesOpensUntilItComesBackByItself() throws IOException {
        AudioInput open = provider.openInput("mock:clicks?realtime=false", MONO);
        long start = System.nanoTime();

        assertEquals("mock:clicks unplugged for 500 ms (1 open input or output): not listed and cannot be opened "
                + "until then", injector.inject("mock:clicks", "unplug", List.of("500")));

        IOException read = assertThrows(IOException.class, () -> open.read(new float[64], 64));
        assertEquals("mock device mock:clicks was unplugged (fault injection)", read.getMessage());
        assertFalse(ids().contains("mock:clicks"), ids().toString());
        assertTrue(ids().contains("mock:sine"), "only that device is gone");
        IOException refused = assertThrows(IOException.class, () -> provider.openInput("mock:clicks", MONO));
        assertTrue(refused.getMessage().startsWith("mock device mock:clicks is unplugged (fault injection); it comes "
                + "back in "), refused.getMessage());

        Await.until(() -> ids().contains("mock:clicks"), Duration.ofSeconds(5), () -> "back; devices: " + ids());
        assertTrue(Timing.millisSince(start) >= 500, "not before its time: " + Timing.millisSince(start) + " ms");
        try (AudioInput back = provider.openInput("mock:clicks?realtime=false", MONO)) {
            assertEquals(64, back.read(new float[64], 64));
        }
        open.close();
    }

    @Test
    void unplugWithoutATimeLastsUntilCleared() throws IOException {
        assertEquals("mock:noise unplugged until cleared (0 open inputs and outputs): not listed and cannot be "
                + "opened until then", injector.inject("mock:noise", "unplug", List.of()));
        IOException refused = assertThrows(IOException.class, () -> provider.openInput("mock:noise", MONO));
        assertEquals("mock device mock:noise is unplugged (fault injection); it comes back when the fault is cleared",
                refused.getMessage());
        assertFalse(ids().contains("mock:noise"));

        assertEquals("mock:noise: cleared unplugged; no stall or glitch pending", injector.clear("mock:noise"));

        assertTrue(ids().contains("mock:noise"));
        try (AudioInput back = provider.openInput("mock:noise?realtime=false", MONO)) {
            assertEquals(64, back.read(new float[64], 64));
        }
        assertEquals("mock:noise: no fault in force; no stall or glitch pending", injector.clear("mock:noise"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"injected", "mock:sine?stallAfter=400&stallMillis=200"})
    void aStallHoldsOneReadBackAtLeastThatLongThenTheDeviceGoesOnAtItsPace(String how) throws IOException {
        boolean injected = how.equals("injected");
        try (AudioInput input = provider.openInput(injected ? "mock:sine" : how, SLOW_RATE)) {
            float[] buffer = new float[TEN_MS];
            for (int i = 0; i < 5; i++) {
                assertEquals(TEN_MS, input.read(buffer, TEN_MS));
            }
            if (injected) {
                assertEquals("mock:sine stalls (1 open input or output): the next read or write blocks for 200 ms",
                        injector.inject("mock:sine", "stall", List.of("200")));
            }

            long stalledFrom = System.nanoTime();
            assertEquals(TEN_MS, input.read(buffer, TEN_MS));
            long stalled = Timing.millisSince(stalledFrom);
            long afterFrom = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                assertEquals(TEN_MS, input.read(buffer, TEN_MS));
            }
            long after = Timing.millisSince(afterFrom);

            assertTrue(stalled >= 200, "the read was held " + stalled + " ms");
            assertTrue(after >= 90, "paced from the end of the stall, not made up in a burst: 100 ms of audio in "
                    + after + " ms");
            assertTrue(after < 250, "one read stalled, not the later ones: 100 ms of audio in " + after + " ms");
        }
    }

    @Test
    @Timeout(10)
    void closeUnblocksAStalledReadAtOnce() throws Exception {
        AudioInput input = provider.openInput("mock:silence?realtime=false", MONO);
        injector.inject("mock:silence", "stall", List.of("60000"));
        AtomicReference<Thread> reader = new AtomicReference<>();
        Future<Integer> read = executor.submit(() -> {
            reader.set(Thread.currentThread());
            return input.read(new float[100], 100);
        });
        Await.until(() -> reader.get() != null, Duration.ofSeconds(5), () -> "the read started");
        Timing.awaitTimedWaiting(reader.get());

        long closedAt = System.nanoTime();
        input.close();

        assertEquals(-1, read.get(2, TimeUnit.SECONDS));
        assertTrue(Timing.millisSince(closedAt) < 1000, "returned " + Timing.millisSince(closedAt) + " ms after close");
    }

    @Test
    void aFaultReachesTheInputsOpenNowNotLaterOnes() throws IOException {
        injector.inject("mock:sine", "stall", List.of("60000"));
        injector.inject("mock:sine", "glitch", List.of("5"));
        injector.inject("mock:sine", "disconnect", List.of());

        try (AudioInput later = provider.openInput("mock:sine?realtime=false", MONO)) {
            float[] buffer = new float[256];
            long from = System.nanoTime();
            assertEquals(256, later.read(buffer, 256));
            assertTrue(Timing.millisSince(from) < 5000, "not stalled");
            assertEquals(Set.of(), badKinds(buffer, 256));
        }
    }

    @Test
    void glitchPutsABurstOfBadSamplesInTheNextNReadsThenOne() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine?realtime=false", new AudioFormat(22_050, 2))) {
            float[] buffer = new float[2 * 256];
            assertEquals("mock:sine glitches (1 open input or output): bad samples (NaN, ±Inf, ±4) in the next 2 reads",
                    injector.inject("mock:sine", "glitch", List.of("2")));
            for (int read = 0; read < 4; read++) {
                assertEquals(256, input.read(buffer, 256));
                assertEquals(read < 2 ? Set.of("+Inf", "-Inf", "NaN", "clipped") : Set.of(),
                        badKinds(buffer, 2 * 256), "read " + read);
            }

            assertEquals("mock:sine glitches (1 open input or output): bad samples (NaN, ±Inf, ±4) in the next read",
                    injector.inject("mock:sine", "glitch", List.of()));
            input.read(buffer, 256);
            assertEquals(4, badKinds(buffer, 2 * 256).size(), "the default is one read");
            input.read(buffer, 256);
            assertEquals(Set.of(), badKinds(buffer, 2 * 256));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"injected", "mock:silence?jitterMillis=15"})
    void jitterReleasesReadsIrregularlyButKeepsTheMeanRate(String how) throws IOException {
        boolean injected = how.equals("injected");
        try (AudioInput input = provider.openInput(injected ? "mock:silence" : how, SLOW_RATE)) {
            if (injected) {
                assertEquals("mock:silence jitters: every read and write is released up to 15 ms late",
                        injector.inject("mock:silence", "jitter", List.of("15")));
            }
            float[] buffer = new float[TEN_MS];
            int reads = 150;
            long[] intervalsMillis = new long[reads];
            long start = System.nanoTime();
            long last = start;
            for (int i = 0; i < reads; i++) {
                assertEquals(TEN_MS, input.read(buffer, TEN_MS));
                long now = System.nanoTime();
                intervalsMillis[i] = (now - last) / 1_000_000L;
                last = now;
            }
            long elapsed = Timing.millisSince(start);

            assertTrue(elapsed >= 1500 && elapsed <= 1560, "1.5 s of audio, paced within 4 %, took " + elapsed + " ms");
            long shortest = Arrays.stream(intervalsMillis).min().orElseThrow();
            long longest = Arrays.stream(intervalsMillis).max().orElseThrow();
            assertTrue(shortest <= 5 && longest >= 15, "reads of 10 ms came irregularly, every " + shortest + " to "
                    + longest + " ms");
            if (injected) {
                assertEquals("mock:silence: jitter off", injector.inject("mock:silence", "jitter", List.of("0")));
            }
        }
    }

    @Test
    void clearDropsAPendingStallAndGlitchAndStopsJitter() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine?realtime=false", MONO)) {
            injector.inject("mock:sine", "stall", List.of("60000"));
            injector.inject("mock:sine", "glitch", List.of("3"));
            injector.inject("mock:sine", "jitter", List.of("60000"));

            assertEquals("mock:sine: cleared jitter 60000 ms; no stall or glitch pending", injector.clear("mock:sine"));

            float[] buffer = new float[256];
            long from = System.nanoTime();
            assertEquals(256, input.read(buffer, 256));
            assertTrue(Timing.millisSince(from) < 5000, "neither stalled nor jittered");
            assertEquals(Set.of(), badKinds(buffer, 256));
        }
    }

    @Test
    void slowRegistersAChunkListenerThatSpendsTheTimeOnTheCallingThreadAndSlowZeroRemovesIt() {
        assertEquals("mock:sine: a slow consumer now spends 30 ms on every chunk of the input stream",
                injector.inject("mock:sine", "slow", List.of("30")));
        assertEquals(1, bundle.registrations().size());
        FakeBundleContext.Registration registration = bundle.registrations().get(0);
        assertSame(AudioChunkListener.class, registration.type);
        assertEquals("slow consumer injected for mock:sine (fault injection)",
                registration.properties.get("service.description"));
        AudioChunkListener listener = (AudioChunkListener) registration.service;

        long from = System.nanoTime();
        listener.onChunk(0, from, MONO, new float[1024], 1024);
        assertTrue(Timing.millisSince(from) >= 30, "the chunk took " + Timing.millisSince(from) + " ms");

        injector.inject("mock:sine", "slow", List.of("5"));
        assertEquals(List.of(listener), bundle.live(), "the same listener, slowed to 5 ms");

        assertEquals("mock:sine: slow consumer removed", injector.inject("mock:sine", "slow", List.of("0")));
        assertTrue(registration.unregistered());
        assertEquals("mock:sine: no slow consumer to remove", injector.inject("mock:sine", "slow", List.of("0")));
    }

    @Test
    void clearAndDeactivationUnregisterTheSlowConsumers() {
        injector.inject("mock:sine", "slow", List.of("40"));
        injector.inject("mock:noise", "slow", List.of("40"));

        assertEquals("mock:sine: cleared slow consumer of 40 ms; no stall or glitch pending",
                injector.clear("mock:sine"));
        assertEquals(1, bundle.live().size());

        injector.deactivate();
        assertEquals(List.of(), bundle.live());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mock:organ   | disconnect |     | unknown device 'mock:organ'; mock devices are: mock:sine, mock:noise, "
                + "mock:silence, mock:clicks, mock:file, mock:wav-out",
        "''           | disconnect |     | no device given; the mock devices are: mock:sine, mock:noise, "
                + "mock:silence, mock:clicks, mock:file, mock:wav-out",
        "mock:sine    | explode    |     | unknown fault 'explode'; the faults are: disconnect [chunks], unplug [ms], "
                + "stall <ms>, glitch [n], jitter <ms>, slow <ms>",
        "mock:sine    | ''         |     | no fault given; the faults are: disconnect [chunks], unplug [ms], "
                + "stall <ms>, glitch [n], jitter <ms>, slow <ms>",
        "mock:sine    | disconnect | 0   | disconnect: chunks must be in [1, 2147483647], was 0; usage: disconnect "
                + "[chunks]",
        "mock:sine    | disconnect | 1 2 | disconnect takes at most one argument, was given 2 [1, 2]; usage: "
                + "disconnect [chunks]",
        "mock:sine    | stall      |     | stall takes one argument, was given 0; usage: stall <ms>",
        "mock:sine    | stall      | -5  | stall: ms must be in [1, 86400000], was -5; usage: stall <ms>",
        "mock:sine    | stall      | soon | stall: ms must be a whole number of milliseconds, was 'soon'; usage: "
                + "stall <ms>",
        "mock:sine    | unplug     | 0   | unplug: ms must be in [1, 86400000], was 0; usage: unplug [ms]",
        "mock:sine    | unplug     | 1 2 | unplug takes at most one argument, was given 2 [1, 2]; usage: unplug [ms]",
        "mock:sine    | jitter     | 1.5 | jitter: ms must be a whole number of milliseconds, was '1.5'; usage: "
                + "jitter <ms>",
        "mock:sine    | jitter     |     | jitter takes one argument, was given 0; usage: jitter <ms>",
        "mock:sine    | slow       | -1  | slow: ms must be in [0, 86400000], was -1; usage: slow <ms>",
        "mock:sine    | glitch     | 0   | glitch: n must be in [1, 2147483647], was 0; usage: glitch [n]",
        "mock:wav-out | glitch     |     | glitch corrupts captured samples, and mock:wav-out is an output device; "
                + "the inputs are mock:sine, mock:noise, mock:silence, mock:clicks, mock:file"
    })
    void badInjectionsAreRefusedSayingWhatIsWrongAndWhatIsValid(String device, String fault, String args,
            String message) {
        List<String> arguments = args == null ? List.of() : List.of(args.split(" "));

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> injector.inject(device, fault, arguments));

        assertEquals(message, e.getMessage());
        assertEquals(List.of(), bundle.registrations(), "nothing injected");
    }

    @Test
    void clearingAnUnknownDeviceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> injector.clear("mock:x"));

        assertTrue(e.getMessage().startsWith("unknown device 'mock:x'; mock devices are: mock:sine"), e.getMessage());
    }

    private List<String> ids() {
        return provider.devices().stream().map(AudioDeviceInfo::id).toList();
    }

    /** The kinds of bad sample among the first {@code samples}: NaN, +Inf, -Inf, clipped (finite beyond ±1). */
    static Set<String> badKinds(float[] buffer, int samples) {
        Set<String> kinds = new TreeSet<>();
        for (int i = 0; i < samples; i++) {
            float v = buffer[i];
            if (Float.isNaN(v)) {
                kinds.add("NaN");
            } else if (v == Float.POSITIVE_INFINITY) {
                kinds.add("+Inf");
            } else if (v == Float.NEGATIVE_INFINITY) {
                kinds.add("-Inf");
            } else if (Math.abs(v) > 1) {
                kinds.add("clipped");
            }
        }
        return kinds;
    }
}
