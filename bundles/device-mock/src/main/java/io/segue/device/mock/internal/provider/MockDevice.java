package io.segue.device.mock.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.api.audio.DeviceType;
import io.segue.device.mock.internal.fault.Faults;
import io.segue.device.mock.internal.fault.OpenFaults;
import io.segue.device.mock.internal.input.GeneratedInput;
import io.segue.device.mock.internal.output.WavFileOutput;
import io.segue.device.mock.internal.signal.ClickTrackGenerator;
import io.segue.device.mock.internal.signal.NoiseGenerator;
import io.segue.device.mock.internal.signal.SignalGenerator;
import io.segue.device.mock.internal.signal.SilenceGenerator;
import io.segue.device.mock.internal.signal.SineGenerator;
import io.segue.device.mock.internal.wav.WavReader;
import io.segue.device.mock.internal.wav.WavWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The devices of the mock provider. Generated devices deliver the requested sample rate in one or two channels
 * (the requested count, at most two; the same signal in both) and never end. {@code mock:file} delivers the
 * file's own rate and channels: there is no resampling here. {@code mock:wav-out}, the one output, plays at the
 * requested rate in one or two channels into a WAV file.
 */
enum MockDevice {

    SINE("sine", "Mock sine", List.of("hz", "amplitude", "realtime")) {
        @Override
        String describe(MockSettings s) {
            return MockSettings.format(s.sineFrequencyHz()) + " Hz sine at amplitude " + s.amplitude();
        }

        @Override
        SignalGenerator generator(MockSettings s, int sampleRateHz) {
            if (s.sineFrequencyHz() >= sampleRateHz / 2.0) {
                throw new IllegalArgumentException("hz (sineFrequencyHz) " + MockSettings.format(s.sineFrequencyHz())
                        + " must be below half the sample rate of " + sampleRateHz + " Hz");
            }
            return new SineGenerator(s.sineFrequencyHz(), s.amplitude(), sampleRateHz);
        }
    },

    NOISE("noise", "Mock white noise", List.of("seed", "amplitude", "realtime")) {
        @Override
        String describe(MockSettings s) {
            return "uniform white noise in [-" + s.amplitude() + ", " + s.amplitude() + "], seed " + s.noiseSeed();
        }

        @Override
        SignalGenerator generator(MockSettings s, int sampleRateHz) {
            return new NoiseGenerator(s.noiseSeed(), s.amplitude());
        }
    },

    SILENCE("silence", "Mock silence", List.of("realtime")) {
        @Override
        String describe(MockSettings s) {
            return "digital silence";
        }

        @Override
        SignalGenerator generator(MockSettings s, int sampleRateHz) {
            return new SilenceGenerator();
        }
    },

    CLICKS("clicks", "Mock click track", List.of("bpm", "amplitude", "realtime")) {
        @Override
        String describe(MockSettings s) {
            return "a 5 ms click on every beat at " + MockSettings.format(s.clickBpm()) + " BPM, amplitude "
                    + s.amplitude();
        }

        @Override
        SignalGenerator generator(MockSettings s, int sampleRateHz) {
            return new ClickTrackGenerator(s.clickBpm(), s.amplitude(), sampleRateHz);
        }
    },

    FILE("file", "Mock WAV file playback", List.of("path", "realtime")) {
        @Override
        String describe(MockSettings s) {
            return s.file().isEmpty() ? "plays a WAV file: none configured, give one with mock:file?path=<file>"
                    : "plays " + s.file() + " at its own rate and channels";
        }

        @Override
        AudioInput open(MockSettings s, AudioFormat requested) throws IOException {
            if (s.file().isEmpty()) {
                throw new IllegalArgumentException(id() + " has no file to play: set 'file' in the configuration "
                        + MockDeviceProvider.PID + " or open " + id() + "?path=<path of a WAV file>");
            }
            return WavReader.open(Path.of(s.file()));
        }
    },

    WAV_OUT("wav-out", "Mock output to a WAV file", List.of("file", "bufferMillis", "realtime")) {
        @Override
        String describe(MockSettings s) {
            return "plays into " + s.outputFile() + " (16-bit PCM WAV) through a " + s.bufferMillis()
                    + " ms buffer";
        }

        @Override
        DeviceType type() {
            return DeviceType.OUTPUT;
        }

        @Override
        AudioInput open(MockSettings s, AudioFormat requested) {
            throw new IllegalArgumentException(id() + " is an output device: open it for playback; the mock input "
                    + "devices are " + ids(DeviceType.INPUT));
        }

        /**
         * @throws IllegalArgumentException when the file is a directory or its directory does not exist
         */
        @Override
        AudioOutput openOutput(MockSettings s, AudioFormat requested, OpenFaults faults) throws IOException {
            Path file = Path.of(s.outputFile()).toAbsolutePath();
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(id() + " cannot write " + file + ": it is a directory; give the "
                        + "path of a WAV file with " + id() + "?file=<path> or the configuration key outputFile");
            }
            if (!Files.isDirectory(file.getParent())) {
                throw new IllegalArgumentException(id() + " cannot write " + file + ": the directory "
                        + file.getParent() + " does not exist");
            }
            AudioFormat format =
                    new AudioFormat(requested.sampleRateHz(), Math.min(requested.channels(), MAX_CHANNELS));
            int bufferFrames = (int) Math.max(1, (long) format.sampleRateHz() * s.bufferMillis() / 1000);
            return new WavFileOutput(WavWriter.create(file, format), format, faults, s.realtime(), bufferFrames);
        }
    };

    private static final int MAX_CHANNELS = 2;

    private final String name;
    private final String title;
    private final List<String> options;

    MockDevice(String name, String title, List<String> options) {
        this.name = name;
        this.title = title;
        this.options = options;
    }

    /** The device id, e.g. {@code mock:sine}. */
    String id() {
        return DeviceRequest.PREFIX + name;
    }

    /** The options this device takes after {@code ?}. */
    List<String> options() {
        return options;
    }

    /** The fault options this device takes after {@code ?}, besides {@link #options()}. */
    Set<String> faultOptions() {
        return type() == DeviceType.OUTPUT ? Faults.OUTPUT_KEYS : Faults.KEYS;
    }

    /** Input, except the output {@code mock:wav-out}. */
    DeviceType type() {
        return DeviceType.INPUT;
    }

    AudioDeviceInfo info(MockSettings settings) {
        boolean output = type() == DeviceType.OUTPUT;
        return new AudioDeviceInfo(id(), title, describe(settings), type(), output ? 0 : MAX_CHANNELS,
                output ? MAX_CHANNELS : 0, List.of(), this == SINE || this == WAV_OUT, MockDeviceProvider.PROVIDER_ID);
    }

    /** The ids of the devices of this type, comma-separated. */
    static String ids(DeviceType type) {
        return Arrays.stream(values()).filter(d -> d.type() == type).map(MockDevice::id)
                .collect(Collectors.joining(", "));
    }

    /** One line on what the device delivers with these settings. */
    abstract String describe(MockSettings settings);

    /** Opens the device for capture with these settings, unpaced: the caller paces it. */
    AudioInput open(MockSettings settings, AudioFormat requested) throws IOException {
        AudioFormat format = new AudioFormat(requested.sampleRateHz(), Math.min(requested.channels(), MAX_CHANNELS));
        return new GeneratedInput(generator(settings, format.sampleRateHz()), format);
    }

    /** Opens the device for playback with these settings. */
    AudioOutput openOutput(MockSettings settings, AudioFormat requested, OpenFaults faults) throws IOException {
        throw new IllegalArgumentException(id() + " is an input device and cannot play; the mock output device is "
                + ids(DeviceType.OUTPUT));
    }

    /** The signal of a generated device. */
    SignalGenerator generator(MockSettings settings, int sampleRateHz) {
        throw new UnsupportedOperationException(id() + " is not a generated signal");
    }
}
