package io.segue.shell.internal.fakes;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.AudioDevices;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.audio.DeviceTestResult;
import io.segue.api.audio.DeviceType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A fixed list of devices. */
public final class FakeAudioDevices implements AudioDevices {

    private final List<AudioDeviceInfo> devices;

    public FakeAudioDevices(AudioDeviceInfo... devices) {
        this.devices = List.of(devices);
    }

    public static AudioDeviceInfo device(String id, DeviceType type, int in, int out, boolean isDefault,
            String description) {
        return new AudioDeviceInfo(id, id, description, type, in, out, List.of(), isDefault,
                id.substring(0, id.indexOf(':')));
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
    public DeviceTestResult test(String deviceId, AudioFormat requested, Duration duration) {
        throw new UnsupportedOperationException("not used by these commands");
    }
}
