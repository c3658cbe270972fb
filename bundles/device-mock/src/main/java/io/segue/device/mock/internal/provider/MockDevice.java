package io.segue.device.mock.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceType;
import io.segue.device.mock.internal.input.GeneratedInput;
import io.segue.device.mock.internal.input.PacedInput;
import io.segue.device.mock.internal.signal.ClickTrackGenerator;
import io.segue.device.mock.internal.signal.NoiseGenerator;
import io.segue.device.mock.internal.signal.SignalGenerator;
import io.segue.device.mock.internal.signal.SilenceGenerator;
import io.segue.device.mock.internal.signal.SineGenerator;
import io.segue.device.mock.internal.wav.WavReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The devices of the mock provider. Generated devices deliver the requested sample rate in one or two channels
 * (the requested count, at most two; the same signal in both) and never end. {@code mock:file} delivers the
 * file's own rate and channels: there is no resampling here.
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
            return paced(s, WavReader.open(Path.of(s.file())));
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

    AudioDeviceInfo info(MockSettings settings) {
        return new AudioDeviceInfo(id(), title, describe(settings), DeviceType.INPUT, MAX_CHANNELS, 0, List.of(),
                this == SINE, MockDeviceProvider.PROVIDER_ID);
    }

    /** One line on what the device delivers with these settings. */
    abstract String describe(MockSettings settings);

    /** Opens the device with these settings. */
    AudioInput open(MockSettings settings, AudioFormat requested) throws IOException {
        AudioFormat format = new AudioFormat(requested.sampleRateHz(), Math.min(requested.channels(), MAX_CHANNELS));
        return paced(settings, new GeneratedInput(generator(settings, format.sampleRateHz()), format));
    }

    /** The signal of a generated device. */
    SignalGenerator generator(MockSettings settings, int sampleRateHz) {
        throw new UnsupportedOperationException(id() + " is not a generated signal");
    }

    private static AudioInput paced(MockSettings settings, AudioInput input) {
        return settings.realtime() ? new PacedInput(input) : input;
    }
}
