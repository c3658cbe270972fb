package io.segue.device.javasound.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.device.javasound.internal.line.AudioSystemSoundSystem;
import io.segue.device.javasound.internal.line.FormatNegotiator;
import io.segue.device.javasound.internal.line.LineInput;
import io.segue.device.javasound.internal.line.LineOutput;
import io.segue.device.javasound.internal.line.Negotiated;
import io.segue.device.javasound.internal.line.SoundSystem;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@code javasound} devices: every Java Sound mixer with a capture or playback data line (see
 * {@link DeviceScanner}). Each call asks Java Sound which mixers are present, so a device plugged in or removed
 * shows at the next call; what each mixer offers is asked once, so polling {@link #devices()} is cheap. On a
 * machine without a sound card the list is empty.
 *
 * <p>Opening negotiates the line format ({@link FormatNegotiator}); the returned input or output converts between
 * the line and the stream. Options after a {@code ?} in a device id are ignored.
 */
@Component(service = AudioDeviceProvider.class, configurationPid = JavaSoundDeviceProvider.PID)
@Designate(ocd = JavaSoundConfig.class)
public final class JavaSoundDeviceProvider implements AudioDeviceProvider {

    /** The configuration PID. */
    public static final String PID = "io.segue.device.javasound";
    static final String PROVIDER_ID = "javasound";

    private final DeviceScanner scanner;
    private volatile JavaSoundSettings settings;
    /** Lines handed out and perhaps still open; weak, so that the lines their users dropped do not pile up. */
    private final Set<AutoCloseable> opened =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * An invalid configuration at activation leaves the provider on the defaults (logged), so that the devices stay
     * usable; a later invalid change is refused by {@link #modified}.
     */
    @Activate
    public JavaSoundDeviceProvider(JavaSoundConfig config, @Reference(service = LoggerFactory.class) Logger log) {
        this(new AudioSystemSoundSystem(), settingsOrDefaults(config, log), log);
    }

    static JavaSoundSettings settingsOrDefaults(JavaSoundConfig config, Logger log) {
        try {
            return JavaSoundSettings.of(config);
        } catch (IllegalArgumentException e) {
            log.warn(PID + ": " + e.getMessage() + "; running on the defaults");
            return JavaSoundSettings.DEFAULTS;
        }
    }

    JavaSoundDeviceProvider(SoundSystem system, JavaSoundSettings settings, Logger log) {
        this.scanner = new DeviceScanner(system, log);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Applies changed settings to the next open; an invalid configuration is refused (SCR logs the exception) and
     * the previous settings stay.
     *
     * @throws IllegalArgumentException naming the configuration key that is out of range
     */
    /**
     * The lines go with the provider: a read in progress returns and the next fails, so that their users reopen a
     * device through a provider that is still there, and no thread of theirs keeps this bundle's classes alive.
     */
    @Deactivate
    void deactivate() {
        List<AutoCloseable> lines;
        synchronized (opened) {
            lines = List.copyOf(opened);
            opened.clear();
        }
        for (AutoCloseable line : lines) {
            try {
                line.close();
            } catch (Exception e) {
                // AudioInput and AudioOutput never throw from close
            }
        }
    }

    @Modified
    void modified(JavaSoundConfig config) {
        settings = JavaSoundSettings.of(config);
    }

    @Override
    public String id() {
        return PROVIDER_ID;
    }

    /** Never throws: a mixer that fails is left out (see {@link DeviceScanner}). */
    @Override
    public List<AudioDeviceInfo> devices() {
        return scanner.scan().infos();
    }

    /**
     * @throws IllegalArgumentException when no Java Sound device has this id, or the device cannot capture
     * @throws IOException              when the device lists no PCM capture format Segue can convert, or Java Sound
     *                                  refuses to open its line (busy, unplugged)
     */
    @Override
    public AudioInput openInput(String deviceId, AudioFormat requested) throws IOException {
        Objects.requireNonNull(requested, "requested");
        DeviceCatalog.Device device = find(deviceId);
        if (!device.info().type().canCapture()) {
            throw new IllegalArgumentException("Java Sound device '" + device.info().id() + "' cannot capture");
        }
        String label = label(device);
        Negotiated negotiated = FormatNegotiator.forCapture(device.mixer(), requested)
                .orElseThrow(() -> new IOException("Java Sound device " + label
                        + " offers no PCM capture format Segue can convert (" + device.info().description() + ")"));
        JavaSoundSettings current = settings;
        return track(LineInput.open(device.mixer(), negotiated, label,
                current.bufferBytes(negotiated.lineFormat().getFrameSize(), negotiated.lineRateHz()),
                current.blockFrames(), current.stallMillis()));
    }

    /**
     * @throws IllegalArgumentException when no Java Sound device has this id, or the device cannot play
     * @throws IOException              when the device lists no PCM playback format Segue can convert, or Java
     *                                  Sound refuses to open its line
     */
    @Override
    public AudioOutput openOutput(String deviceId, AudioFormat requested) throws IOException {
        Objects.requireNonNull(requested, "requested");
        DeviceCatalog.Device device = find(deviceId);
        if (!device.info().type().canPlay()) {
            throw new IllegalArgumentException("Java Sound device '" + device.info().id() + "' cannot play");
        }
        String label = label(device);
        Negotiated negotiated = FormatNegotiator.forPlayback(device.mixer(), requested)
                .orElseThrow(() -> new IOException("Java Sound device " + label
                        + " offers no PCM playback format Segue can convert (" + device.info().description() + ")"));
        JavaSoundSettings current = settings;
        return track(LineOutput.open(device.mixer(), negotiated, label,
                current.bufferBytes(negotiated.lineFormat().getFrameSize(), negotiated.lineRateHz()),
                current.blockFrames()));
    }

    private <T extends AutoCloseable> T track(T line) {
        opened.add(line);
        return line;
    }

    private DeviceCatalog.Device find(String deviceId) {
        Objects.requireNonNull(deviceId, "deviceId");
        int options = deviceId.indexOf('?');
        String id = options < 0 ? deviceId : deviceId.substring(0, options);
        DeviceCatalog catalog = scanner.scan();
        return catalog.find(id).orElseThrow(() -> new IllegalArgumentException("no Java Sound device has id '" + id
                + "'; " + (catalog.devices().isEmpty() ? "Java Sound lists no capture or playback device here"
                        : "present: " + catalog.infos().stream().map(AudioDeviceInfo::id).toList())));
    }

    private static String label(DeviceCatalog.Device device) {
        return "'" + device.info().id() + "' (" + device.info().name() + ")";
    }
}
