package io.segue.stream.internal.devices;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceListener;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.api.audio.DeviceChange;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@link AudioDevices} over every registered {@link AudioDeviceProvider}. Polls the providers at a configured period
 * (no backend Segue has announces hot-plug events) and announces the devices that appeared or disappeared to the
 * {@link AudioDeviceListener} services, the log and {@link #recentChanges()}.
 */
@Component(service = AudioDevices.class, configurationPid = DevicesConfig.PID)
@Designate(ocd = DevicesConfig.class)
public final class AudioDeviceDirectory implements AudioDevices {

    private static final Comparator<AudioDeviceInfo> BY_ID =
            Comparator.comparing(AudioDeviceInfo::providerId).thenComparing(AudioDeviceInfo::id);
    private static final int CHANGES_KEPT = 20;
    private static final float TEST_TONE_HZ = 440;
    private static final float TEST_TONE_AMPLITUDE = 0.25f;

    private final List<AudioDeviceProvider> providers = new CopyOnWriteArrayList<>();
    private final List<AudioDeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<DeviceChange> changes = new ArrayDeque<>();
    /** The devices at the last poll, by id; guarded by {@link #changes}. */
    private Map<String, AudioDeviceInfo> known;
    private final Set<String> failingProviders = ConcurrentHashMap.newKeySet();
    private final Logger log;
    private final ScheduledExecutorService poller;

    /** A directory that polls only when asked ({@link #poll()}) and logs nothing. */
    public AudioDeviceDirectory() {
        this.log = null;
        this.poller = null;
    }

    /**
     * @return how often to poll the providers, in ms; 0 for never
     * @throws IllegalArgumentException for a period that is neither 0 nor in 50..60000
     */
    static int pollPeriod(DevicesConfig config) {
        int period = config.pollMillis();
        if (period != 0 && (period < 50 || period > 60000)) {
            throw new IllegalArgumentException(DevicesConfig.PID + ": pollMillis must be 0 or 50..60000, was "
                    + period);
        }
        return period;
    }

    @Activate
    public AudioDeviceDirectory(DevicesConfig config, @Reference(service = LoggerFactory.class) Logger logger) {
        this.log = logger;
        int period;
        try {
            period = pollPeriod(config);
        } catch (IllegalArgumentException e) {
            logger.warn(e.getMessage() + "; polling every 1000 ms");
            period = 1000;
        }
        if (period > 0) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "segue-device-poll");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
        } else {
            poller = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    public void addProvider(AudioDeviceProvider provider) {
        providers.add(provider);
        poll();
    }

    public void removeProvider(AudioDeviceProvider provider) {
        providers.remove(provider);
        poll();
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    public void addListener(AudioDeviceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AudioDeviceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<AudioDeviceInfo> list() {
        List<AudioDeviceInfo> all = new ArrayList<>();
        for (AudioDeviceProvider provider : providers) {
            try {
                all.addAll(provider.devices());
                failingProviders.remove(provider.id());
            } catch (RuntimeException | LinkageError e) {
                // one broken provider must not hide the others' devices
                if (failingProviders.add(provider.id()) && log != null) {
                    log.warn("device provider '" + provider.id() + "' failed to list its devices: " + e);
                }
            }
        }
        all.sort(BY_ID);
        return List.copyOf(all);
    }

    @Override
    public List<DeviceChange> recentChanges() {
        synchronized (changes) {
            return List.copyOf(changes);
        }
    }

    /**
     * Compares the devices present now with those of the last poll and announces the difference. The first poll
     * only takes stock.
     */
    public void poll() {
        List<DeviceChange> announced = new ArrayList<>();
        Map<String, AudioDeviceInfo> now = new LinkedHashMap<>();
        for (AudioDeviceInfo device : list()) {
            now.put(device.id(), device);
        }
        synchronized (changes) {
            if (known != null) {
                long at = System.currentTimeMillis();
                known.forEach((id, device) -> {
                    if (!now.containsKey(id)) {
                        announced.add(new DeviceChange(device, false, at));
                    }
                });
                now.forEach((id, device) -> {
                    if (!known.containsKey(id)) {
                        announced.add(new DeviceChange(device, true, at));
                    }
                });
                for (DeviceChange change : announced) {
                    changes.addLast(change);
                    if (changes.size() > CHANGES_KEPT) {
                        changes.removeFirst();
                    }
                }
            }
            known = now;
        }
        for (DeviceChange change : announced) {
            if (log != null) {
                log.info("audio device " + change.device().id() + (change.added() ? " appeared" : " disappeared"));
            }
            for (AudioDeviceListener listener : listeners) {
                try {
                    listener.deviceChanged(change);
                } catch (RuntimeException | LinkageError e) {
                    if (log != null) {
                        log.warn("device listener " + listener.getClass().getName() + " failed: " + e);
                    }
                }
            }
        }
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
    public AudioOutput openOutput(String deviceId, AudioFormat requested) throws IOException {
        AudioDeviceInfo device = require(deviceId);
        if (!device.type().canPlay()) {
            throw new IllegalArgumentException("device '" + device.id() + "' is " + device.type()
                    + " only and cannot play");
        }
        return providerOf(device).openOutput(deviceId, requested);
    }

    @Override
    public DeviceTestResult test(String deviceId, AudioFormat requested, Duration duration) {
        AudioDeviceInfo device = require(deviceId);
        return device.type().canCapture() ? testCapture(deviceId, requested, duration)
                : testPlayback(deviceId, requested, duration);
    }

    private DeviceTestResult testCapture(String deviceId, AudioFormat requested, Duration duration) {
        DeviceTestRun run = new DeviceTestRun();
        try (AudioInput input = openInput(deviceId, requested)) {
            long wanted = run.opened(input.format(), input.latencyMillis(), duration);
            float[] block = new float[run.blockFrames() * input.format().channels()];
            while (run.frames() < wanted) {
                int read = input.read(block, (int) Math.min(run.blockFrames(), wanted - run.frames()));
                if (read < 0) {
                    break;
                }
                run.measured(block, read);
            }
        } catch (IOException | RuntimeException e) {
            run.failed(e);
        }
        return run.result(deviceId, DeviceType.INPUT);
    }

    /** Plays a quiet tone and measures what was sent: the device's own output cannot be heard back. */
    private DeviceTestResult testPlayback(String deviceId, AudioFormat requested, Duration duration) {
        DeviceTestRun run = new DeviceTestRun();
        try (AudioOutput output = openOutput(deviceId, requested)) {
            AudioFormat format = output.format();
            long wanted = run.opened(format, output.latencyMillis(), duration);
            int channels = format.channels();
            float[] block = new float[run.blockFrames() * channels];
            double step = 2 * Math.PI * TEST_TONE_HZ / format.sampleRateHz();
            while (run.frames() < wanted) {
                int count = (int) Math.min(run.blockFrames(), wanted - run.frames());
                for (int i = 0; i < count; i++) {
                    float sample = (float) (TEST_TONE_AMPLITUDE * Math.sin(step * (run.frames() + i)));
                    for (int channel = 0; channel < channels; channel++) {
                        block[i * channels + channel] = sample;
                    }
                }
                output.write(block, count);
                run.measured(block, count);
            }
            if (output.underflows() > 0) {
                run.failed(output.underflows() + " underflows while playing");
            }
        } catch (IOException | RuntimeException e) {
            run.failed(e);
        }
        return run.result(deviceId, DeviceType.OUTPUT);
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
