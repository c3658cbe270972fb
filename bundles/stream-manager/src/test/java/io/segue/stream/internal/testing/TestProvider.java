package io.segue.stream.internal.testing;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.api.audio.DeviceType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A provider whose devices open whatever input or output the test says, and can be unplugged (hidden and refused)
 * and plugged in again.
 */
public final class TestProvider implements AudioDeviceProvider {

    private final Map<String, Function<AudioFormat, AudioInput>> inputs = new ConcurrentHashMap<>();
    private final Map<String, Function<AudioFormat, AudioOutput>> outputs = new ConcurrentHashMap<>();
    private final Map<String, DeviceType> types = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> unplugged = ConcurrentHashMap.newKeySet();
    /** Devices unplugged for a while: until the {@link System#nanoTime()} given. */
    private final Map<String, Long> unpluggedUntil = new ConcurrentHashMap<>();

    public TestProvider with(String name, DeviceType type, Function<AudioFormat, AudioInput> input) {
        inputs.put("test:" + name, input);
        types.put("test:" + name, type);
        return this;
    }

    public TestProvider withOutput(String name, Function<AudioFormat, AudioOutput> output) {
        outputs.put("test:" + name, output);
        types.put("test:" + name, DeviceType.OUTPUT);
        return this;
    }

    /** Lists {@code test:<name>} under {@code label} instead of its id (two ids may share a label). */
    public TestProvider named(String name, String label) {
        names.put("test:" + name, label);
        return this;
    }

    /** Hides a device and refuses to open it, as a card pulled out of its socket. */
    public void unplug(String name) {
        unplugged.add("test:" + name);
    }

    /** Unplugs a device for {@code millis}, after which it is back by itself, as a cable pushed in again. */
    public void unplugFor(String name, long millis) {
        unpluggedUntil.put("test:" + name, System.nanoTime() + millis * 1_000_000L);
    }

    public void plugIn(String name) {
        unplugged.remove("test:" + name);
        unpluggedUntil.remove("test:" + name);
    }

    private boolean isUnplugged(String id) {
        Long until = unpluggedUntil.get(id);
        return unplugged.contains(id) || until != null && System.nanoTime() < until;
    }

    @Override
    public String id() {
        return "test";
    }

    @Override
    public List<AudioDeviceInfo> devices() {
        return types.entrySet().stream()
                .filter(e -> !isUnplugged(e.getKey()))
                .map(e -> new AudioDeviceInfo(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), "test device",
                        e.getValue(), e.getValue().canCapture() ? 1 : 0, e.getValue().canPlay() ? 2 : 0, List.of(),
                        e.getKey().endsWith("default"), "test"))
                .toList();
    }

    @Override
    public AudioInput openInput(String deviceId, AudioFormat requested) throws IOException {
        String id = deviceId.replaceAll("\\?.*", "");
        Function<AudioFormat, AudioInput> input = inputs.get(id);
        if (input == null) {
            throw new IllegalArgumentException("no test device " + deviceId);
        }
        if (isUnplugged(id)) {
            throw new IOException("test device " + id + " is unplugged");
        }
        AudioInput opened = input.apply(requested);
        if (opened == null) {
            throw new IOException("device busy");
        }
        return opened;
    }

    @Override
    public AudioOutput openOutput(String deviceId, AudioFormat requested) throws IOException {
        String id = deviceId.replaceAll("\\?.*", "");
        Function<AudioFormat, AudioOutput> output = outputs.get(id);
        if (output == null) {
            throw new IllegalArgumentException("no test output device " + deviceId);
        }
        if (isUnplugged(id)) {
            throw new IOException("test device " + id + " is unplugged");
        }
        return output.apply(requested);
    }
}
