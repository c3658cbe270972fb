package io.segue.device.javasound.internal.provider;

import static io.segue.device.javasound.internal.testing.Formats.pcm;
import static io.segue.device.javasound.internal.testing.Formats.pcmAnyRate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.api.audio.DeviceType;
import io.segue.device.javasound.internal.convert.PcmCodec;
import io.segue.device.javasound.internal.line.AudioSystemSoundSystem;
import io.segue.device.javasound.internal.line.LineOutput;
import io.segue.device.javasound.internal.testing.FakeMixer;
import io.segue.device.javasound.internal.testing.FakeSoundSystem;
import io.segue.device.javasound.internal.testing.FakeSourceDataLine;
import io.segue.device.javasound.internal.testing.FakeTargetDataLine;
import io.segue.device.javasound.internal.testing.Formats;
import io.segue.device.javasound.internal.testing.Tones;
import io.segue.testing.Allocations;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import io.segue.testing.audio.ToneMeasure;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

class JavaSoundDeviceProviderTest {

    private static final AudioFormat MONO_22K = AudioFormat.mono(22_050);

    private final FakeMixer builtIn = FakeMixer.of("PCH [plughw:0,0]", List.of(pcmAnyRate(16, 1), pcmAnyRate(16, 2)),
            List.of(pcmAnyRate(16, 1), pcmAnyRate(16, 2)));
    private final FakeMixer usbMic = FakeMixer.of("USB Mic [plughw:1,0]", List.of(pcm(48_000, 24, 2)), List.of());
    private final FakeMixer hdmi =
            FakeMixer.of("HDMI [plughw:2,3]", List.of(), List.of(pcm(48_000, 16, 2), pcm(96_000, 16, 8)));
    private final FakeMixer port = FakeMixer.port("Port PCH [hw:0]");
    private final FakeSoundSystem system = new FakeSoundSystem(port, builtIn, usbMic, hdmi);
    private final RecordingLogger log = new RecordingLogger();
    private final JavaSoundDeviceProvider provider =
            new JavaSoundDeviceProvider(system, JavaSoundSettings.DEFAULTS, log.logger());

    private static List<String> ids(List<AudioDeviceInfo> devices) {
        return devices.stream().map(AudioDeviceInfo::id).toList();
    }

    @Test
    void listsEveryMixerWithADataLineAsADeviceOfItsType() {
        List<AudioDeviceInfo> devices = provider.devices();

        assertEquals("javasound", provider.id());
        assertEquals(List.of("javasound:pch-plughw-0-0", "javasound:usb-mic-plughw-1-0", "javasound:hdmi-plughw-2-3"),
                ids(devices), "the port mixer has no data line and is not a device");
        AudioDeviceInfo pch = devices.get(0);
        assertEquals(DeviceType.DUPLEX, pch.type());
        assertEquals(2, pch.inputChannels());
        assertEquals(2, pch.outputChannels());
        assertEquals(List.of(), pch.sampleRatesHz(), "any rate");
        assertEquals("PCH [plughw:0,0]", pch.name());
        assertEquals("javasound", pch.providerId());
        assertTrue(pch.description().contains("capture 16-bit signed LE"), pch.description());
        AudioDeviceInfo mic = devices.get(1);
        assertEquals(DeviceType.INPUT, mic.type());
        assertEquals(2, mic.inputChannels());
        assertEquals(0, mic.outputChannels());
        assertEquals(List.of(48_000), mic.sampleRatesHz());
        assertTrue(mic.description().contains("24-bit signed LE"), mic.description());
        AudioDeviceInfo hdmiInfo = devices.get(2);
        assertEquals(DeviceType.OUTPUT, hdmiInfo.type());
        assertEquals(0, hdmiInfo.inputChannels());
        assertEquals(8, hdmiInfo.outputChannels());
        assertEquals(List.of(48_000, 96_000), hdmiInfo.sampleRatesHz());
    }

    @Test
    void filteringByTypeListsDuplexDevicesAsInputsAndOutputs() {
        List<AudioDeviceInfo> devices = provider.devices();

        assertEquals(List.of("javasound:pch-plughw-0-0", "javasound:usb-mic-plughw-1-0"),
                ids(devices.stream().filter(d -> d.type().matches(DeviceType.INPUT)).toList()));
        assertEquals(List.of("javasound:pch-plughw-0-0", "javasound:hdmi-plughw-2-3"),
                ids(devices.stream().filter(d -> d.type().matches(DeviceType.OUTPUT)).toList()));
        assertEquals(List.of("javasound:pch-plughw-0-0"),
                ids(devices.stream().filter(d -> d.type().matches(DeviceType.DUPLEX)).toList()));
    }

    @Test
    void theDefaultsAreTheFirstCapturingAndTheFirstPlayingMixer() {
        FakeSoundSystem outputFirst = new FakeSoundSystem(hdmi, usbMic, builtIn);

        List<AudioDeviceInfo> devices =
                new JavaSoundDeviceProvider(outputFirst, JavaSoundSettings.DEFAULTS, log.logger()).devices();

        assertEquals(List.of("javasound:hdmi-plughw-2-3", "javasound:usb-mic-plughw-1-0"),
                ids(devices.stream().filter(AudioDeviceInfo::defaultDevice).toList()));
        assertEquals(List.of("javasound:pch-plughw-0-0"),
                ids(provider.devices().stream().filter(AudioDeviceInfo::defaultDevice).toList()),
                "a duplex mixer first is the default of both types");
    }

    @Test
    void idsAreStableAcrossEnumerationsAndWhenOtherDevicesComeAndGo() {
        List<String> before = ids(provider.devices());
        assertEquals(before, ids(provider.devices()));

        system.unplug(usbMic);

        assertEquals(List.of("javasound:pch-plughw-0-0", "javasound:hdmi-plughw-2-3"), ids(provider.devices()));
    }

    @Test
    void mixersWithTheSameNameGetDistinctIdsInJavaSoundOrder() {
        FakeMixer first = FakeMixer.of("USB Audio", List.of(pcm(44_100, 16, 2)), List.of());
        FakeMixer second = FakeMixer.of("USB Audio", List.of(pcm(44_100, 16, 2)), List.of());
        FakeMixer third = FakeMixer.of("usb audio!", List.of(pcm(44_100, 16, 2)), List.of());
        FakeMixer literal = FakeMixer.of("USB Audio 2", List.of(pcm(44_100, 16, 2)), List.of());
        FakeMixer unnamed = FakeMixer.of("***", List.of(pcm(44_100, 16, 2)), List.of());
        JavaSoundDeviceProvider twins = new JavaSoundDeviceProvider(
                new FakeSoundSystem(first, second, third, literal, unnamed), JavaSoundSettings.DEFAULTS, log.logger());

        List<String> ids = ids(twins.devices());

        assertEquals(List.of("javasound:usb-audio", "javasound:usb-audio-2", "javasound:usb-audio-3",
                "javasound:usb-audio-2-2", "javasound:mixer"), ids);
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertEquals(ids, ids(twins.devices()));
    }

    @Test
    void theLinesStillOpenAreClosedWhenTheProviderIsDeactivated() throws IOException {
        AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K);
        float[] chunk = new float[256];
        assertEquals(256, input.read(chunk, 256));
        provider.deactivate();
        FakeTargetDataLine line = (FakeTargetDataLine) usbMic.lines().get(0);
        assertTrue(line.wasClosed(), "the provider's bundle is going away: its lines with it");
        assertEquals(-1, input.read(chunk, 256));
    }

    @Test
    void capturesTheRequestedFormatFromA48kStereo24BitDevice() throws IOException {
        try (AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K)) {
            float[] x = new float[22_050];
            assertEquals(MONO_22K, input.format());
            for (int at = 0; at < x.length; at += 1024) {
                float[] chunk = new float[1024];
                int n = Math.min(1024, x.length - at);
                assertEquals(n, input.read(chunk, n));
                System.arraycopy(chunk, 0, x, at, n);
            }

            assertEquals(FakeMixer.SINE_HZ, ToneMeasure.frequencyHz(x, 0, x.length, 22_050), 0.5);
            double level = Tones.rms(x, 0, x.length) / (FakeMixer.SINE_AMPLITUDE / Math.sqrt(2));
            assertEquals(0, Tones.decibels(level), 0.05);
        }
        FakeTargetDataLine line = (FakeTargetDataLine) usbMic.lines().get(0);
        assertEquals(48_000, line.getFormat().getSampleRate());
        assertEquals(24, line.getFormat().getSampleSizeInBits());
        assertEquals(4800 * 6, line.getBufferSize(), "100 ms of 48 kHz stereo 24-bit by default");
        assertTrue(line.wasClosed());
        assertFalse(line.isRunning());
    }

    @Test
    void aDeviceWithTheRequestedFormatIsReadWithoutConversion() throws IOException {
        try (AudioInput input = provider.openInput("javasound:pch-plughw-0-0?ignored=1", new AudioFormat(44_100, 2))) {
            float[] x = new float[2 * 4410];
            assertEquals(4410, input.read(x, 4410));

            assertEquals(new AudioFormat(44_100, 2), input.format());
            float[] left = Tones.channel(x, 2, 0);
            assertEquals(FakeMixer.SINE_HZ, ToneMeasure.frequencyHz(left, 0, left.length, 44_100), 0.5);
            assertArrayEquals(left, Tones.channel(x, 2, 1));
        }
    }

    @Test
    void readingAllocatesNothing() throws IOException {
        try (AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K)) {
            float[] chunk = new float[1024];

            long bytes = Allocations.leastBytesAllocatedBy(() -> {
                try {
                    input.read(chunk, 1024);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }, 500);

            assertEquals(0, bytes);
        }
    }

    @Test
    void aLineThatCannotBeOpenedIsAnIOExceptionNamingTheDevice() {
        usbMic.refuseWith(new LineUnavailableException("device busy"));

        IOException e = assertThrows(IOException.class,
                () -> provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K));

        assertTrue(e.getMessage().startsWith("Java Sound device 'javasound:usb-mic-plughw-1-0' (USB Mic [plughw:1,0]) "
                + "cannot be opened for capture"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": device busy"), e.getMessage());
        assertTrue(((FakeTargetDataLine) usbMic.lines().get(0)).wasClosed(), "the half-opened line is released");
    }

    @Test
    void aDeviceThatIsPulledOutWhileCapturingIsAnIOExceptionThenCloseIsQuiet() throws IOException {
        usbMic.unplugAfterBytes(6 * 4800);
        AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K);
        float[] chunk = new float[1024];

        IOException e = assertThrows(IOException.class, () -> {
            for (int i = 0; i < 100; i++) {
                input.read(chunk, 1024);
            }
        });

        assertTrue(e.getMessage().contains("'javasound:usb-mic-plughw-1-0' (USB Mic [plughw:1,0]) stopped delivering"),
                e.getMessage());
        assertTrue(e.getMessage().contains("the sound system closed the line"), e.getMessage());
        input.close();
        input.close();
    }

    @Test
    void aDriverExceptionWhileCapturingIsAnIOExceptionNamingTheDevice() throws IOException {
        usbMic.failReadsWith(new IllegalStateException("snd_pcm_readi: No such device"));
        try (AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K)) {
            IOException e = assertThrows(IOException.class, () -> input.read(new float[1024], 1024));

            assertEquals("Java Sound device 'javasound:usb-mic-plughw-1-0' (USB Mic [plughw:1,0]) failed while "
                    + "capturing: java.lang.IllegalStateException: snd_pcm_readi: No such device", e.getMessage());
        }
    }

    @Test
    void aClosedInputReadsMinusOne() throws IOException {
        AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K);
        input.close();

        assertEquals(-1, input.read(new float[1024], 1024));
    }

    @Test
    void unknownIdsAndWrongDirectionsAreIllegalArguments() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> provider.openInput("javasound:nope", MONO_22K));
        IllegalArgumentException playOnly = assertThrows(IllegalArgumentException.class,
                () -> provider.openInput("javasound:hdmi-plughw-2-3", MONO_22K));
        IllegalArgumentException captureOnly = assertThrows(IllegalArgumentException.class,
                () -> provider.openOutput("javasound:usb-mic-plughw-1-0", MONO_22K));

        assertTrue(unknown.getMessage().startsWith("no Java Sound device has id 'javasound:nope'; present: ["),
                unknown.getMessage());
        assertEquals("Java Sound device 'javasound:hdmi-plughw-2-3' cannot capture", playOnly.getMessage());
        assertEquals("Java Sound device 'javasound:usb-mic-plughw-1-0' cannot play", captureOnly.getMessage());
    }

    @Test
    void playbackConvertsMonoFloatsTo48kStereo16BitWithClipping() throws IOException {
        float[] x = Tones.sine(1000, 0.5, 22_050, 22_050, 1);
        x[100] = 2f;
        long clipped;
        try (AudioOutput output = provider.openOutput("javasound:hdmi-plughw-2-3", MONO_22K)) {
            assertEquals(MONO_22K, output.format());
            output.write(x, x.length);
            clipped = ((LineOutput) output).clippedSamples();
        }
        FakeSourceDataLine line = (FakeSourceDataLine) hdmi.lines().get(0);
        assertEquals(48_000, line.getFormat().getSampleRate());
        assertEquals(2, line.getFormat().getChannels());
        assertTrue(line.drained() && line.wasClosed(), "close plays out what was written, then releases the line");
        assertTrue(clipped >= 2, "the 2.0 sample clips in both channels: " + clipped);

        byte[] bytes = line.written();
        float[] played = new float[bytes.length / 2];
        PcmCodec.integer(16, true, false).decode(bytes, 0, played, 0,
                played.length);
        float[] left = Tones.channel(played, 2, 0);
        assertEquals(47_997, left.length, 3);
        assertEquals(1000, ToneMeasure.frequencyHz(left, 1000, left.length, 48_000), 0.5);
        assertArrayEquals(left, Tones.channel(played, 2, 1));
        assertEquals(32767f / 32768, max(left), 0f, "clipped at full scale");
    }

    @Test
    void playbackMixesStereoDownToAMono24BitDeviceAndResamples48kTo44k() throws IOException {
        FakeMixer speaker = FakeMixer.of("Speaker", List.of(), List.of(pcm(44_100, 24, 1)));
        JavaSoundDeviceProvider withSpeaker =
                new JavaSoundDeviceProvider(new FakeSoundSystem(speaker), JavaSoundSettings.DEFAULTS, log.logger());
        AudioFormat stereo48k = new AudioFormat(48_000, 2);
        float[] x = Tones.sine(1000, 0.5, 48_000, 48_000, 2);
        for (int f = 0; f < 48_000; f++) {
            x[2 * f + 1] = 0; // left only: the mono line gets the mean, half the left channel
        }

        try (AudioOutput output = withSpeaker.openOutput("javasound:speaker", stereo48k)) {
            assertEquals(stereo48k, output.format());
            output.write(x, 48_000);
        }

        FakeSourceDataLine line = (FakeSourceDataLine) speaker.lines().get(0);
        assertEquals(44_100, line.getFormat().getSampleRate());
        assertEquals(1, line.getFormat().getChannels());
        byte[] bytes = line.written();
        float[] played = new float[bytes.length / 3];
        PcmCodec.integer(24, true, false).decode(bytes, 0, played, 0, played.length);
        assertEquals(44_100, played.length, 2, "one second in, one second out");
        assertEquals(1000, ToneMeasure.frequencyHz(played, 1000, played.length, 44_100), 0.5);
        double level = Tones.rms(played, 1000, played.length) / (0.25 / Math.sqrt(2));
        assertEquals(0, Tones.decibels(level), 0.05, "the mean of a 0.5 sine and silence");
    }

    @Test
    void playbackOnAFloatDeviceAtTheRequestedRateKeepsTheSamples() throws IOException {
        FakeMixer dsp = FakeMixer.of("DSP", List.of(), List.of(Formats.float32(48_000, 2)));
        JavaSoundDeviceProvider withDsp =
                new JavaSoundDeviceProvider(new FakeSoundSystem(dsp), JavaSoundSettings.DEFAULTS, log.logger());
        float[] x = Tones.sine(1000, 0.5, 48_000, 4800, 2);
        x[10] = 1.5f; // a float line takes samples beyond full scale as they are

        long clipped;
        try (AudioOutput output = withDsp.openOutput("javasound:dsp", new AudioFormat(48_000, 2))) {
            output.write(x, 4800);
            clipped = ((LineOutput) output).clippedSamples();
        }

        byte[] bytes = ((FakeSourceDataLine) dsp.lines().get(0)).written();
        float[] played = new float[bytes.length / 4];
        PcmCodec.float32(false).decode(bytes, 0, played, 0, played.length);
        assertArrayEquals(x, played);
        assertEquals(0, clipped);
    }

    @Test
    void inputsAndOutputsReportTheLatencyOfTheBufferTheDeviceGranted() throws IOException {
        usbMic.grantBuffer(requested -> 2 * requested);
        hdmi.grantBuffer(requested -> requested);

        try (AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K);
                AudioOutput output = provider.openOutput("javasound:hdmi-plughw-2-3", MONO_22K)) {
            assertEquals(200.0, input.latencyMillis(), 1e-9, "twice the 100 ms asked for");
            assertEquals(100.0, output.latencyMillis(), 1e-9);
        }
    }

    @Test
    void theStallTimeIsConfigured() throws IOException {
        provider.modified(Configs.of(JavaSoundConfig.class, Map.of("stallMillis", 60)));
        usbMic.stallAfterBytes(0, FakeMixer.Stall.RETURN_ZERO);

        try (AudioInput input = provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K)) {
            IOException e = assertThrows(IOException.class, () -> input.read(new float[1024], 1024));

            assertEquals("Java Sound device 'javasound:usb-mic-plughw-1-0' (USB Mic [plughw:1,0]) stopped delivering "
                    + "audio (60 ms without data): was it unplugged?", e.getMessage());
        }
    }

    @Test
    void aMixerThatFailsWhenListedIsLeftOutAndTheOthersStay() {
        FakeMixer broken = FakeMixer.of("Broken", List.of(pcm(44_100, 16, 2)), List.of())
                .failProbingWith(new IllegalStateException("no such device"));
        system.plug(broken);

        assertEquals(List.of("javasound:pch-plughw-0-0", "javasound:usb-mic-plughw-1-0", "javasound:hdmi-plughw-2-3"),
                ids(provider.devices()));
        assertEquals(1, log.lines().size(), log.lines().toString());
    }

    @Test
    void writingAllocatesNothing() throws IOException {
        try (AudioOutput output = provider.openOutput("javasound:hdmi-plughw-2-3", MONO_22K)) {
            float[] chunk = Tones.sine(1000, 0.5, 22_050, 1024, 1);
            FakeSourceDataLine line = (FakeSourceDataLine) hdmi.lines().get(0);
            line.discardWrites();

            long bytes = Allocations.leastBytesAllocatedBy(() -> {
                try {
                    output.write(chunk, 1024);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }, 500);

            assertEquals(0, bytes);
        }
    }

    @Test
    void aPlaybackLineThatCannotBeOpenedIsAnIOExceptionNamingTheDevice() {
        hdmi.refuseWith(new LineUnavailableException("in use by another application"));

        IOException e =
                assertThrows(IOException.class, () -> provider.openOutput("javasound:hdmi-plughw-2-3", MONO_22K));

        assertTrue(e.getMessage().startsWith("Java Sound device 'javasound:hdmi-plughw-2-3' (HDMI [plughw:2,3]) "
                + "cannot be opened for playback"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": in use by another application"), e.getMessage());
    }

    @Test
    void aDeviceWithoutAPcmFormatIsAnIOException() {
        FakeMixer phone = FakeMixer.of("Phone", List.of(Formats.ulaw(8000)),
                List.of());
        JavaSoundDeviceProvider withPhone = new JavaSoundDeviceProvider(new FakeSoundSystem(phone),
                JavaSoundSettings.DEFAULTS, log.logger());

        IOException e = assertThrows(IOException.class, () -> withPhone.openInput("javasound:phone", MONO_22K));

        assertTrue(
                e.getMessage().startsWith("Java Sound device 'javasound:phone' (Phone) offers no PCM capture format"),
                e.getMessage());
    }

    @Test
    void onAMachineWithoutASoundCardTheRealAudioSystemListsNothing() {
        JavaSoundDeviceProvider real =
                new JavaSoundDeviceProvider(new AudioSystemSoundSystem(), JavaSoundSettings.DEFAULTS, log.logger());
        org.junit.jupiter.api.Assumptions.assumeTrue(
                javax.sound.sampled.AudioSystem.getMixerInfo().length == 0, "this machine has Java Sound mixers");

        assertEquals(List.of(), real.devices());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> real.openInput("javasound:default", MONO_22K));
        assertEquals("no Java Sound device has id 'javasound:default'; "
                + "Java Sound lists no capture or playback device here", e.getMessage());
    }

    @Test
    void settingsOutOfRangeAreRefusedNamingTheKey() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new JavaSoundSettings(1, 1024, 1000));
        assertEquals("bufferMillis must be 5 to 2000, was 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new JavaSoundSettings(100, 10, 1000));
        assertEquals("blockFrames must be 64 to 65536, was 10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new JavaSoundSettings(100, 1024, 10));
        assertEquals("stallMillis must be 50 to 60000, was 10", e.getMessage());
    }

    @Test
    void anInvalidConfigurationAtActivationFallsBackToTheDefaultsAndSaysSo() {
        RecordingLogger log = new RecordingLogger();

        JavaSoundSettings settings = JavaSoundDeviceProvider
                .settingsOrDefaults(Configs.of(JavaSoundConfig.class, Map.of("bufferMillis", 0)), log.logger());

        assertEquals(JavaSoundSettings.DEFAULTS, settings);
        assertEquals(List.of("WARN io.segue.device.javasound: bufferMillis must be 5 to 2000, was 0; "
                + "running on the defaults"), log.lines());
    }

    @Test
    void aValidChangeAppliesToTheNextOpenAndAnInvalidOneIsRefused() throws IOException {
        provider.modified(Configs.of(JavaSoundConfig.class, Map.of("bufferMillis", 50)));
        assertThrows(IllegalArgumentException.class,
                () -> provider.modified(Configs.of(JavaSoundConfig.class, Map.of("blockFrames", 1))));

        provider.openInput("javasound:usb-mic-plughw-1-0", MONO_22K).close();

        assertEquals(2400 * 6, ((FakeTargetDataLine) usbMic.lines().get(0)).getBufferSize(), "50 ms kept");
    }

    private static float max(float[] x) {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
