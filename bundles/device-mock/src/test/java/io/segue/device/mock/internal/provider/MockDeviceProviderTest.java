package io.segue.device.mock.internal.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceType;
import io.segue.device.mock.internal.fault.FaultBoard;
import io.segue.device.mock.internal.testing.Measure;
import io.segue.device.mock.internal.testing.TestWav;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import io.segue.testing.audio.ToneMeasure;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MockDeviceProviderTest {

    private static final int RATE = 22_050;
    private static final AudioFormat MONO = AudioFormat.mono(RATE);

    @TempDir
    Path dir;

    private final MockDeviceProvider provider = new MockDeviceProvider(Configs.defaults(MockDeviceConfig.class),
            new FaultBoard(), new RecordingLogger().logger());

    @Test
    void theOpenDevicesFailWhenTheProviderIsDeactivated() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine?realtime=false", AudioFormat.mono(22050))) {
            float[] buffer = new float[256];
            assertEquals(256, input.read(buffer, 256));
            provider.deactivate();
            IOException gone = assertThrows(IOException.class, () -> input.read(buffer, 256));
            assertEquals("mock device mock:sine is gone: the mock device provider stopped", gone.getMessage());
        }
    }

    @Test
    void listsFiveInputsWithTheSineAsDefaultAndTheWavOutput() {
        List<AudioDeviceInfo> devices = provider.devices();

        assertEquals("mock", provider.id());
        assertEquals(List.of("mock:sine", "mock:noise", "mock:silence", "mock:clicks", "mock:file", "mock:wav-out"),
                devices.stream().map(AudioDeviceInfo::id).toList());
        assertEquals(List.of("mock:sine", "mock:wav-out"),
                devices.stream().filter(AudioDeviceInfo::defaultDevice).map(AudioDeviceInfo::id).toList(),
                "the default of each type");
        for (AudioDeviceInfo device : devices) {
            boolean output = device.id().equals("mock:wav-out");
            assertEquals(output ? DeviceType.OUTPUT : DeviceType.INPUT, device.type(), device.id());
            assertEquals(output ? 0 : 2, device.inputChannels(), device.id());
            assertEquals(output ? 2 : 0, device.outputChannels(), device.id());
            assertTrue(device.sampleRatesHz().isEmpty(), "any rate: " + device.id());
            assertEquals("mock", device.providerId(), device.id());
            assertFalse(device.name().isBlank(), device.id());
        }
        assertEquals("plays into segue-output.wav (16-bit PCM WAV) through a 50 ms buffer",
                devices.get(5).description());
    }

    @Test
    void descriptionsFollowTheConfiguration() {
        provider.modified(
                Configs.of(MockDeviceConfig.class, Map.of("sineFrequencyHz", 1000.0, "file", "/music/a.wav")));

        assertEquals("1000 Hz sine at amplitude 0.5", provider.devices().get(0).description());
        assertTrue(provider.devices().get(4).description().contains("/music/a.wav"));
    }

    @Test
    void theSineDeliversTheConfiguredFrequencyAtTheRequestedRate() throws IOException {
        float[] x = readMono("mock:sine?realtime=false", RATE);

        assertEquals(440, ToneMeasure.frequencyHz(x, 0, x.length, RATE), 0.44);
        assertEquals(0.5, Measure.peak(x, 0, x.length), 0.001);
    }

    @Test
    void optionsOverrideTheSineForOneOpen() throws IOException {
        float[] x = readMono("mock:sine?hz=880&amplitude=0.25&realtime=false", RATE);
        float[] y = readMono("mock:sine?realtime=false", RATE);

        assertEquals(880, ToneMeasure.frequencyHz(x, 0, x.length, RATE), 0.88);
        assertEquals(0.25, Measure.peak(x, 0, x.length), 0.001);
        assertEquals(440, ToneMeasure.frequencyHz(y, 0, y.length, RATE), 0.44, "the configuration is unchanged");
    }

    @ParameterizedTest
    @ValueSource(ints = {8000, 44_100, 96_000})
    void generatedDevicesDeliverTheRequestedRate(int rate) throws IOException {
        try (AudioInput input = provider.openInput("mock:sine?realtime=false", AudioFormat.mono(rate))) {
            assertEquals(AudioFormat.mono(rate), input.format());
            float[] x = new float[rate];
            assertEquals(rate, input.read(x, rate));
            assertEquals(440, ToneMeasure.frequencyHz(x, 0, x.length, rate), 0.44);
        }
    }

    @Test
    void twoChannelsCarryTheSameSignalAndMoreAreCappedAtTwo() throws IOException {
        try (AudioInput stereo = provider.openInput("mock:noise?realtime=false", new AudioFormat(RATE, 2));
                AudioInput six = provider.openInput("mock:noise?realtime=false", new AudioFormat(RATE, 6))) {
            assertEquals(new AudioFormat(RATE, 2), stereo.format());
            assertEquals(new AudioFormat(RATE, 2), six.format());
            float[] x = new float[2 * 512];
            stereo.read(x, 512);
            for (int f = 0; f < 512; f++) {
                assertEquals(x[2 * f], x[2 * f + 1], "frame " + f);
            }
            assertTrue(Measure.peak(x, 0, x.length) > 0.3, "not silent");
        }
    }

    @Test
    void theNoiseIsReproducibleWithASeed() throws IOException {
        float[] a = readMono("mock:noise?seed=7&realtime=false", 4096);
        float[] b = readMono("mock:noise?seed=7&realtime=false", 4096);
        float[] c = readMono("mock:noise?seed=8&realtime=false", 4096);

        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
        assertEquals(0.5 / Math.sqrt(3), Measure.rms(a), 0.02);
    }

    @Test
    void theSilenceIsAllZeros() throws IOException {
        assertArrayEquals(new float[RATE], readMono("mock:silence?realtime=false", RATE));
    }

    @Test
    void theClickTrackFollowsTheBpmOption() throws IOException {
        float[] x = readMono("mock:clicks?bpm=174&realtime=false", 5 * RATE);

        List<Integer> expected = new ArrayList<>();
        for (int beat = 0; Math.round(beat * 60.0 * RATE / 174) < x.length; beat++) {
            expected.add((int) Math.round(beat * 60.0 * RATE / 174));
        }
        assertEquals(expected, Measure.onsets(x));
        assertEquals(0.5, Measure.peak(x, 0, x.length), 1e-6);
    }

    @Test
    void theClickTrackDefaultsTo120Bpm() throws IOException {
        float[] x = readMono("mock:clicks?realtime=false", 2 * RATE);

        assertEquals(List.of(0, 11_025, 22_050, 33_075), Measure.onsets(x));
    }

    @Test
    void theFileDevicePlaysTheFileInItsOwnFormat() throws IOException {
        float[] written = TestWav.signal(3000, 2, 48_000);
        Path file = TestWav.ieeeFloat(32, 2, 48_000).samples(written).write(dir.resolve("song.wav"));

        try (AudioInput input = provider.openInput("mock:file?path=" + file + "&realtime=false", MONO)) {
            assertEquals(new AudioFormat(48_000, 2), input.format(), "no resampling");
            assertEquals(3000, input.lengthFrames());
            float[] buffer = new float[2 * 4096];
            assertEquals(3000, input.read(buffer, 4096));
            assertArrayEquals(written, Arrays.copyOf(buffer, 6000));
            assertEquals(-1, input.read(buffer, 4096));
        }
    }

    @Test
    void theFileDevicePlaysTheConfiguredFile() throws IOException {
        Path file = TestWav.pcm(16, 1, 8000).samples(TestWav.signal(800, 1, 8000)).write(dir.resolve("c.wav"));
        MockDeviceProvider configured =
                new MockDeviceProvider(
                        Configs.of(MockDeviceConfig.class, Map.of("file", file.toString(), "realtime", false)),
                        new FaultBoard(), new RecordingLogger().logger());

        try (AudioInput input = configured.openInput("mock:file", MONO)) {
            assertEquals(AudioFormat.mono(8000), input.format());
            assertEquals(800, input.read(new float[1000], 1000));
        }
    }

    @Test
    void theFileDeviceWithoutAFileSaysHowToGiveOne() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> provider.openInput("mock:file", MONO));

        assertEquals("mock:file has no file to play: set 'file' in the configuration io.segue.device.mock or open "
                + "mock:file?path=<path of a WAV file>", e.getMessage());
    }

    @Test
    void theFileDeviceWithAMissingFileIsNoSuchFile() {
        Path missing = dir.resolve("missing.wav");

        assertThrows(NoSuchFileException.class, () -> provider.openInput("mock:file?path=" + missing, MONO));
    }

    @Test
    void aSineAtOrAboveHalfTheRateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.openInput("mock:sine?hz=4000", AudioFormat.mono(8000)));

        assertEquals("hz (sineFrequencyHz) 4000 must be below half the sample rate of 8000 Hz", e.getMessage());
    }

    @Test
    void unknownDevicesAndBadOptionsAreRefusedWithTheReason() {
        IllegalArgumentException device =
                assertThrows(IllegalArgumentException.class, () -> provider.openInput("mock:organ", MONO));
        IllegalArgumentException option =
                assertThrows(IllegalArgumentException.class, () -> provider.openInput("mock:sine?volume=3", MONO));
        IllegalArgumentException value =
                assertThrows(IllegalArgumentException.class, () -> provider.openInput("mock:clicks?bpm=-1", MONO));

        assertTrue(device.getMessage().contains("mock:sine, mock:noise"), device.getMessage());
        assertEquals("unknown option 'volume' for mock:sine; allowed: hz, amplitude, realtime, and the faults "
                + "disconnectAfter, glitchEvery, jitterMillis, stallAfter, stallMillis", option.getMessage());
        assertEquals("bpm must be in (0, 1000], was -1", value.getMessage());
    }

    @Test
    void aBadInitialConfigurationRunsOnTheDefaultsAndEveryDeviceSaysWhy() throws IOException {
        RecordingLogger log = new RecordingLogger();
        MockDeviceProvider refused = new MockDeviceProvider(
                Configs.of(MockDeviceConfig.class, Map.of("sineFrequencyHz", -3.0)),
                new FaultBoard(), log.logger());
        assertEquals(List.of("WARN io.segue.device.mock: sineFrequencyHz must be in (0, 96000], was -3;"
                + " running on the defaults"), log.lines(), "the console says so at start-up");
        String note = " (configuration refused: sineFrequencyHz must be in (0, 96000], was -3;"
                + " running on the defaults)";

        List<AudioDeviceInfo> devices = refused.devices();
        assertEquals(List.of("mock:sine", "mock:noise", "mock:silence", "mock:clicks", "mock:file", "mock:wav-out"),
                devices.stream().map(AudioDeviceInfo::id).toList(), "Segue keeps its mock devices");
        assertEquals("440 Hz sine at amplitude 0.5" + note, devices.get(0).description());
        for (AudioDeviceInfo device : devices) {
            assertTrue(device.description().endsWith(note), device.description());
        }
        float[] x = readMono(refused, "mock:sine?realtime=false", RATE);
        assertEquals(440, ToneMeasure.frequencyHz(x, 0, x.length, RATE), 0.44, "the default frequency");
    }

    @Test
    void anAcceptedChangeAfterARefusedStartClearsTheNote() {
        MockDeviceProvider refused = new MockDeviceProvider(
                Configs.of(MockDeviceConfig.class, Map.of("amplitude", 2.0)),
                new FaultBoard(), new RecordingLogger().logger());
        assertTrue(refused.devices().get(0).description().contains("configuration refused: amplitude"),
                refused.devices().get(0).description());

        refused.modified(Configs.of(MockDeviceConfig.class, Map.of("sineFrequencyHz", 880.0)));

        assertEquals("880 Hz sine at amplitude 0.5", refused.devices().get(0).description());
        for (AudioDeviceInfo device : refused.devices()) {
            assertFalse(device.description().contains("refused"), device.description());
        }
    }

    @Test
    void aBadModificationIsRefusedAndThePreviousConfigurationStays() throws IOException {
        provider.modified(Configs.of(MockDeviceConfig.class, Map.of("sineFrequencyHz", 1000.0, "realtime", false)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.modified(Configs.of(MockDeviceConfig.class, Map.of("clickBpm", 0.0))));

        assertEquals("clickBpm must be in (0, 1000], was 0", e.getMessage());
        assertEquals("1000 Hz sine at amplitude 0.5 (configuration refused: clickBpm must be in (0, 1000], was 0;"
                + " previous configuration kept)", provider.devices().get(0).description());
        for (AudioDeviceInfo device : provider.devices()) {
            assertTrue(device.description().endsWith("; previous configuration kept)"), device.description());
        }
        float[] x = readMono("mock:sine", RATE);
        assertEquals(1000, ToneMeasure.frequencyHz(x, 0, x.length, RATE), 1);

        provider.modified(Configs.of(MockDeviceConfig.class, Map.of("sineFrequencyHz", 500.0)));

        assertEquals("500 Hz sine at amplitude 0.5", provider.devices().get(0).description(),
                "an accepted change clears the note");
    }

    @Test
    void aModificationAppliesToTheNextOpen() throws IOException {
        try (AudioInput before = provider.openInput("mock:sine?realtime=false", MONO)) {
            provider.modified(Configs.of(MockDeviceConfig.class, Map.of("sineFrequencyHz", 2000.0)));
            float[] old = new float[RATE];
            before.read(old, RATE);
            float[] now = readMono("mock:sine?realtime=false", RATE);

            assertEquals(440, ToneMeasure.frequencyHz(old, 0, old.length, RATE), 0.44,
                    "open inputs keep their settings");
            assertEquals(2000, ToneMeasure.frequencyHz(now, 0, now.length, RATE), 2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mock:sine", "mock:noise", "mock:silence", "mock:clicks"})
    void generatedSignalsNeverEndButReturnMinusOneOnceClosed(String id) throws IOException {
        AudioInput input = provider.openInput(id + "?realtime=false", MONO);
        float[] buffer = new float[4096];
        for (int i = 0; i < 1000; i++) {
            assertEquals(4096, input.read(buffer, 4096));
        }
        assertEquals(-1, input.lengthFrames());

        input.close();

        assertEquals(-1, input.read(buffer, 4096));
    }

    @Test
    void realtimeIsTheDefaultAndPacesReads() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine", MONO)) {
            float[] buffer = new float[1024];
            long start = System.nanoTime();
            int frames = 0;
            while (frames < RATE / 2) {
                frames += input.read(buffer, 1024);
            }
            long elapsed = System.nanoTime() - start;

            assertTrue(elapsed >= 450_000_000L, "half a second of audio took " + elapsed / 1_000_000 + " ms");
        }
    }

    @Test
    void withoutRealtimeTenSecondsAreReadFarFasterThanRealTime() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine?realtime=false", MONO)) {
            float[] buffer = new float[1024];
            long start = System.nanoTime();
            int frames = 0;
            while (frames < 10 * RATE) {
                frames += input.read(buffer, 1024);
            }
            long elapsed = System.nanoTime() - start;

            assertTrue(elapsed < 1_000_000_000L, "ten seconds of audio took " + elapsed / 1_000_000 + " ms");
        }
    }

    @Test
    void steadyStateSineReadsDoNotAllocate() throws IOException {
        try (AudioInput input = provider.openInput("mock:sine?realtime=false", MONO)) {
            long allocated = Measure.bytesAllocatedByReads(input, 2000, 10_000);

            assertTrue(allocated < 10_000, allocated + " bytes allocated in 10,000 reads");
        }
    }

    /** Reads {@code frames} frames of a mono input in chunks of 1000. */
    private float[] readMono(String id, int frames) throws IOException {
        return readMono(provider, id, frames);
    }

    private static float[] readMono(MockDeviceProvider provider, String id, int frames) throws IOException {
        try (AudioInput input = provider.openInput(id, MONO)) {
            float[] x = new float[frames];
            float[] chunk = new float[1000];
            int done = 0;
            while (done < frames) {
                int n = input.read(chunk, Math.min(chunk.length, frames - done));
                System.arraycopy(chunk, 0, x, done, n);
                done += n;
            }
            return x;
        }
    }
}
