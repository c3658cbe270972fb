package io.segue.device.mock.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@code mock} devices: {@code mock:sine} (the default), {@code mock:noise}, {@code mock:silence},
 * {@code mock:clicks} and {@code mock:file}, configured by {@link MockDeviceConfig}; options after the id
 * override the configuration for one open (e.g. {@code mock:sine?hz=880&amplitude=0.25}).
 *
 * <p>A configuration change applies to the next open; inputs already open keep their settings. An invalid
 * configuration is refused and the previous one stays in force (at activation: the defaults); each device's
 * description then says what was refused.
 */
@Component(service = AudioDeviceProvider.class, configurationPid = MockDeviceProvider.PID)
@Designate(ocd = MockDeviceConfig.class)
public final class MockDeviceProvider implements AudioDeviceProvider {

    /** The configuration PID. */
    public static final String PID = "io.segue.device.mock";
    static final String PROVIDER_ID = "mock";

    private volatile MockSettings settings;
    private volatile String configProblem;

    /** An invalid configuration leaves the provider on the defaults, so that Segue never runs without its mock. */
    @Activate
    public MockDeviceProvider(MockDeviceConfig config) {
        try {
            settings = MockSettings.of(config);
        } catch (IllegalArgumentException e) {
            settings = MockSettings.DEFAULTS;
            configProblem = e.getMessage() + "; running on the defaults";
        }
    }

    MockDeviceProvider(MockSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @throws IllegalArgumentException naming the configuration key that is out of range */
    @Modified
    void modified(MockDeviceConfig config) {
        try {
            settings = MockSettings.of(config);
            configProblem = null;
        } catch (IllegalArgumentException e) {
            configProblem = e.getMessage() + "; previous configuration kept";
            throw e;
        }
    }

    @Override
    public String id() {
        return PROVIDER_ID;
    }

    @Override
    public List<AudioDeviceInfo> devices() {
        MockSettings current = settings;
        String problem = configProblem;
        return Arrays.stream(MockDevice.values())
                .map(device -> device.info(current))
                .map(info -> problem == null ? info : new AudioDeviceInfo(info.id(), info.name(),
                        info.description() + " (configuration refused: " + problem + ")", info.type(),
                        info.inputChannels(), info.outputChannels(), info.sampleRatesHz(), info.defaultDevice(),
                        info.providerId()))
                .toList();
    }

    /**
     * @throws IllegalArgumentException         when the id is not a mock device, an option is invalid, the sine is
     *                                          not below half the requested rate, or {@code mock:file} has no file
     * @throws java.nio.file.NoSuchFileException when {@code mock:file}'s file does not exist
     * @throws IOException                      when the file is not a WAV file that can be read
     */
    @Override
    public AudioInput openInput(String deviceId, AudioFormat requested) throws IOException {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(requested, "requested");
        DeviceRequest request = DeviceRequest.parse(deviceId);
        return request.device().open(request.applyTo(settings), requested);
    }
}
