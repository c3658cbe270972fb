package io.segue.device.mock.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.device.mock.internal.fault.DeviceFaults;
import io.segue.device.mock.internal.fault.FaultBoard;
import io.segue.device.mock.internal.fault.Faults;
import io.segue.device.mock.internal.fault.FaultyInput;
import io.segue.device.mock.internal.fault.OpenFaults;
import io.segue.device.mock.internal.input.PacedInput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@code mock} devices: the inputs {@code mock:sine} (the default), {@code mock:noise}, {@code mock:silence},
 * {@code mock:clicks} and {@code mock:file}, and the output {@code mock:wav-out}, configured by
 * {@link MockDeviceConfig}; options after the id override the configuration for one open (e.g.
 * {@code mock:sine?hz=880&amplitude=0.25}).
 *
 * <p>Every open meets the faults of its options ({@link Faults}) and those injected at run time into its device
 * ({@link MockFaultInjector}); an unplugged device is not listed and cannot be opened.
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

    private final FaultBoard faults;
    /** The settings in force and why the last configuration was refused: published together. */
    private volatile State state;

    /** @param refusal why the last configuration was refused, or {@code null} when it was accepted */
    private record State(MockSettings settings, String refusal) {
    }

    /**
     * An invalid configuration leaves the provider on the defaults, so that Segue never runs without its mock
     * devices; every device's description then says what was refused.
     */
    @Activate
    public MockDeviceProvider(MockDeviceConfig config, @Reference FaultBoard faults,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.faults = Objects.requireNonNull(faults, "faults");
        State initial;
        try {
            initial = new State(MockSettings.of(config), null);
        } catch (IllegalArgumentException e) {
            initial = new State(MockSettings.DEFAULTS, e.getMessage() + "; running on the defaults");
            log.warn(PID + ": " + initial.refusal());
        }
        state = initial;
    }

    /**
     * The devices go with the provider: inputs and outputs still open fail on their next read or write, so that
     * their users reopen a device through a provider that is still there (an updated bundle's).
     */
    @Deactivate
    void deactivate() {
        faults.disconnectAll("the mock device provider stopped");
    }

    /**
     * Applies a changed configuration to the next open; an invalid one is refused (SCR logs the exception), the
     * previous settings stay, and every device's description says what was refused until a change is accepted.
     *
     * @throws IllegalArgumentException naming the configuration key that is out of range
     */
    @Modified
    void modified(MockDeviceConfig config) {
        MockSettings previous = state.settings();
        try {
            state = new State(MockSettings.of(config), null);
        } catch (IllegalArgumentException e) {
            state = new State(previous, e.getMessage() + "; previous configuration kept");
            throw e;
        }
    }

    @Override
    public String id() {
        return PROVIDER_ID;
    }

    @Override
    public List<AudioDeviceInfo> devices() {
        State current = state;
        return Arrays.stream(MockDevice.values())
                .filter(device -> !faults.device(device.id()).unplugged())
                .map(device -> device.info(current.settings()))
                .map(info -> current.refusal() == null ? info : new AudioDeviceInfo(info.id(), info.name(),
                        info.description() + " (configuration refused: " + current.refusal() + ")", info.type(),
                        info.inputChannels(), info.outputChannels(), info.sampleRatesHz(), info.defaultDevice(),
                        info.providerId()))
                .toList();
    }

    /**
     * @throws IllegalArgumentException         when the id is not a mock input device, an option is invalid, the
     *                                          sine is not below half the requested rate, or {@code mock:file} has
     *                                          no file
     * @throws java.nio.file.NoSuchFileException when {@code mock:file}'s file does not exist
     * @throws IOException                      when the device is unplugged (fault injection), or the file is not a
     *                                          WAV file that can be read
     */
    @Override
    public AudioInput openInput(String deviceId, AudioFormat requested) throws IOException {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(requested, "requested");
        DeviceRequest request = DeviceRequest.parse(deviceId);
        Faults options = request.faults();
        MockSettings settings = request.applyTo(state.settings());
        DeviceFaults device = faults.device(request.device().id());
        device.checkPlugged();
        PacedInput input = new PacedInput(request.device().open(settings, requested), settings.realtime());
        return new FaultyInput(input, device.open(options));
    }

    /**
     * Opens {@code mock:wav-out}, which plays into a WAV file.
     *
     * @throws IllegalArgumentException when the id is not {@code mock:wav-out}, an option is invalid, or the file
     *                                  is a directory or in a directory that does not exist
     * @throws IOException              when the device is unplugged (fault injection) or the file cannot be written
     */
    @Override
    public AudioOutput openOutput(String deviceId, AudioFormat requested) throws IOException {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(requested, "requested");
        DeviceRequest request = DeviceRequest.parse(deviceId);
        Faults options = request.faults();
        MockSettings settings = request.applyTo(state.settings());
        DeviceFaults device = faults.device(request.device().id());
        device.checkPlugged();
        OpenFaults open = device.open(options);
        try {
            return request.device().openOutput(settings, requested, open);
        } catch (IOException | RuntimeException e) {
            open.release();
            throw e;
        }
    }
}
