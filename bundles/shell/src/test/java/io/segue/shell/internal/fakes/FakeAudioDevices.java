package io.segue.shell.internal.fakes;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.AudioOutput;
import io.segue.api.audio.DeviceChange;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed list of devices, a canned history of changes, and canned test results. {@link #test} refuses an unknown
 * id as the real directory does, listing the present ones, and remembers what it was asked.
 */
public final class FakeAudioDevices implements AudioDevices {

    private final List<AudioDeviceInfo> devices;
    private final Map<String, DeviceTestResult> testResults = new HashMap<>();
    private List<DeviceChange> changes = List.of();
    private AudioFormat testedFormat;
    private Duration testedDuration;

    public FakeAudioDevices(AudioDeviceInfo... devices) {
        this.devices = List.of(devices);
    }

    public static AudioDeviceInfo device(String id, DeviceType type, int in, int out, boolean isDefault,
            String description) {
        return new AudioDeviceInfo(id, id, description, type, in, out, List.of(), isDefault,
                id.substring(0, id.indexOf(':')));
    }

    public FakeAudioDevices withChanges(DeviceChange... changes) {
        this.changes = List.of(changes);
        return this;
    }

    /** What {@link #test} answers for {@code result.deviceId()}. */
    public FakeAudioDevices withTestResult(DeviceTestResult result) {
        testResults.put(result.deviceId(), result);
        return this;
    }

    /** The format the last {@link #test} was asked for. */
    public AudioFormat testedFormat() {
        return testedFormat;
    }

    /** The duration the last {@link #test} was asked for. */
    public Duration testedDuration() {
        return testedDuration;
    }

    @Override
    public List<AudioDeviceInfo> list() {
        return devices;
    }

    @Override
    public List<AudioDeviceInfo> list(DeviceType type) {
        return devices.stream().filter(device -> device.type().matches(type)).toList();
    }

    @Override
    public Optional<AudioDeviceInfo> find(String deviceId) {
        return devices.stream().filter(device -> device.id().equals(deviceId)).findFirst();
    }

    @Override
    public Optional<AudioDeviceInfo> defaultDevice(DeviceType type) {
        return list(type).stream().filter(AudioDeviceInfo::defaultDevice).findFirst();
    }

    @Override
    public AudioInput openInput(String deviceId, AudioFormat requested) {
        throw new UnsupportedOperationException("the shell does not open devices");
    }

    @Override
    public AudioOutput openOutput(String deviceId, AudioFormat requested) {
        throw new UnsupportedOperationException("the shell does not open devices");
    }

    @Override
    public List<DeviceChange> recentChanges() {
        return changes;
    }

    @Override
    public DeviceTestResult test(String deviceId, AudioFormat requested, Duration duration) {
        if (find(deviceId).isEmpty()) {
            List<String> ids = new ArrayList<>();
            devices.forEach(device -> ids.add(device.id()));
            throw new IllegalArgumentException("no audio device '" + deviceId + "'; present: " + ids);
        }
        testedFormat = requested;
        testedDuration = duration;
        DeviceTestResult result = testResults.get(deviceId);
        if (result == null) {
            throw new IllegalStateException("no canned test result for " + deviceId);
        }
        return result;
    }
}
