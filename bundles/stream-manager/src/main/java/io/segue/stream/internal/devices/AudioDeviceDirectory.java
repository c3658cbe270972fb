package io.segue.stream.internal.devices;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AudioDevices} over every registered {@link AudioDeviceProvider}. */
@Component(service = AudioDevices.class)
public final class AudioDeviceDirectory implements AudioDevices {

    private static final Comparator<AudioDeviceInfo> BY_ID =
            Comparator.comparing(AudioDeviceInfo::providerId).thenComparing(AudioDeviceInfo::id);

    private final List<AudioDeviceProvider> providers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    public void addProvider(AudioDeviceProvider provider) {
        providers.add(provider);
    }

    public void removeProvider(AudioDeviceProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<AudioDeviceInfo> list() {
        return providers.stream().flatMap(p -> p.devices().stream()).sorted(BY_ID).toList();
    }

    @Override
    public List<AudioDeviceInfo> list(DeviceType type) {
        return list().stream().filter(d -> d.type().matches(type)).toList();
    }

    @Override
    public Optional<AudioDeviceInfo> find(String deviceId) {
        String base = DeviceIds.base(deviceId);
        return list().stream().filter(d -> d.id().equals(base)).findFirst();
    }

    @Override
    public Optional<AudioDeviceInfo> defaultDevice(DeviceType type) {
        List<AudioDeviceInfo> candidates = list(type);
        return candidates.stream().filter(AudioDeviceInfo::defaultDevice).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    @Override
    public AudioInput openInput(String deviceId, AudioFormat requested) throws IOException {
        AudioDeviceInfo device = require(deviceId);
        if (!device.type().canCapture()) {
            throw new IllegalArgumentException("device '" + device.id() + "' is " + device.type()
                    + " only and cannot capture");
        }
        return providerOf(device).openInput(deviceId, requested);
    }

    @Override
    public DeviceTestResult test(String deviceId, AudioFormat requested, Duration duration) {
        require(deviceId);
        LevelMeter meter = new LevelMeter();
        long frames = 0;
        long started = System.nanoTime();
        AudioFormat format = null;
        String error = null;
        try (AudioInput input = openInput(deviceId, requested)) {
            format = input.format();
            int blockFrames = Math.max(1, format.sampleRateHz() / 100);
            float[] block = new float[blockFrames * format.channels()];
            long wanted = duration.toNanos() * format.sampleRateHz() / 1_000_000_000L;
            while (frames < wanted) {
                int read = input.read(block, (int) Math.min(blockFrames, wanted - frames));
                if (read < 0) {
                    break;
                }
                meter.add(block, read * format.channels());
                frames += read;
            }
        } catch (IOException | RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new DeviceTestResult(deviceId, format, frames, elapsedMillis, meter.rmsDbfs(), meter.peakDbfs(),
                meter.clipped(), meter.silent(), error);
    }

    private AudioDeviceInfo require(String deviceId) {
        return find(deviceId).orElseThrow(() -> new IllegalArgumentException("no audio device '" + deviceId
                + "'; present: " + DeviceIds.list(list())));
    }

    private AudioDeviceProvider providerOf(AudioDeviceInfo device) throws IOException {
        return providers.stream().filter(p -> p.id().equals(device.providerId())).findFirst()
                .orElseThrow(() -> new IOException("provider '" + device.providerId() + "' went away"));
    }
}
