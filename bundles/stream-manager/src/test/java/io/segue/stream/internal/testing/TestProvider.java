package io.segue.stream.internal.testing;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDeviceProvider;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A provider whose devices open whatever input the test says. */
public final class TestProvider implements AudioDeviceProvider {

    private final Map<String, Function<AudioFormat, AudioInput>> inputs = new ConcurrentHashMap<>();
    private final Map<String, DeviceType> types = new ConcurrentHashMap<>();

    public TestProvider with(String name, DeviceType type, Function<AudioFormat, AudioInput> input) {
        inputs.put("test:" + name, input);
        types.put("test:" + name, type);
        return this;
    }

    @Override
    public String id() {
        return "test";
    }

    @Override
    public List<AudioDeviceInfo> devices() {
        return types.entrySet().stream()
                .map(e -> new AudioDeviceInfo(e.getKey(), e.getKey(), "test device", e.getValue(),
                        e.getValue().canCapture() ? 1 : 0, e.getValue().canPlay() ? 2 : 0, List.of(),
                        e.getKey().endsWith("default"), "test"))
                .toList();
    }

    @Override
    public AudioInput openInput(String deviceId, AudioFormat requested) throws IOException {
        Function<AudioFormat, AudioInput> input = inputs.get(deviceId.replaceAll("\\?.*", ""));
        if (input == null) {
            throw new IllegalArgumentException("no test device " + deviceId);
        }
        AudioInput opened = input.apply(requested);
        if (opened == null) {
            throw new IOException("device busy");
        }
        return opened;
    }
}
