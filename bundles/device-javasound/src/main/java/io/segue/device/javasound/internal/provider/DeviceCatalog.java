package io.segue.device.javasound.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.DeviceType;
import io.segue.device.javasound.internal.line.FormatNegotiator;
import io.segue.device.javasound.internal.line.SoundSystem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * One enumeration of Java Sound's mixers as devices.
 *
 * <ul>
 * <li>A mixer with a {@link TargetDataLine} captures, one with a {@link SourceDataLine} plays, one with both is
 * duplex; a mixer with neither (a port mixer: volume controls only) is not listed.</li>
 * <li>Channels: the most any listed format of that direction has; when Java Sound specifies none, 2.</li>
 * <li>Sample rates: the listed rates; empty (any rate) when a format leaves the rate unspecified.</li>
 * <li>Default: the first capturing mixer and the first playing mixer in Java Sound's order, which are the ones
 * {@code AudioSystem.getTargetDataLine}/{@code getSourceDataLine} use when no {@code javax.sound.sampled.*}
 * system property names another.</li>
 * <li>Ids: see {@link DeviceIds}.</li>
 * </ul>
 *
 * @param devices the devices, in Java Sound's order
 */
record DeviceCatalog(List<Device> devices) {

    /** A listed device and the mixer behind it. */
    record Device(AudioDeviceInfo info, Mixer mixer) {
    }

    /** Enumerates {@code system}'s mixers now; a mixer that vanishes during the enumeration is left out. */
    static DeviceCatalog scan(SoundSystem system) {
        DeviceIds ids = new DeviceIds();
        List<Device> devices = new ArrayList<>();
        boolean defaultInputTaken = false;
        boolean defaultOutputTaken = false;
        for (Mixer.Info mixerInfo : system.mixerInfo()) {
            Mixer mixer;
            try {
                mixer = system.mixer(mixerInfo);
            } catch (IllegalArgumentException | SecurityException e) {
                continue;
            }
            List<AudioFormat> capture = FormatNegotiator.formatsOf(TargetDataLine.class, mixer.getTargetLineInfo());
            List<AudioFormat> playback = FormatNegotiator.formatsOf(SourceDataLine.class, mixer.getSourceLineInfo());
            boolean captures = hasLine(TargetDataLine.class, mixer.getTargetLineInfo());
            boolean plays = hasLine(SourceDataLine.class, mixer.getSourceLineInfo());
            if (!captures && !plays) {
                continue;
            }
            DeviceType type = captures && plays ? DeviceType.DUPLEX : captures ? DeviceType.INPUT : DeviceType.OUTPUT;
            boolean isDefault = captures && !defaultInputTaken || plays && !defaultOutputTaken;
            defaultInputTaken |= captures;
            defaultOutputTaken |= plays;
            List<AudioFormat> all = new ArrayList<>(capture);
            all.addAll(playback);
            AudioDeviceInfo info = new AudioDeviceInfo(ids.next(mixerInfo.getName()), mixerInfo.getName(),
                    describe(mixerInfo, capture, playback), type, captures ? channels(capture) : 0,
                    plays ? channels(playback) : 0, sampleRates(all), isDefault, JavaSoundDeviceProvider.PROVIDER_ID);
            devices.add(new Device(info, mixer));
        }
        return new DeviceCatalog(List.copyOf(devices));
    }

    /** The device with {@code id}. */
    Optional<Device> find(String id) {
        return devices.stream().filter(d -> d.info().id().equals(id)).findFirst();
    }

    List<AudioDeviceInfo> infos() {
        return devices.stream().map(Device::info).toList();
    }

    private static boolean hasLine(Class<?> lineClass, javax.sound.sampled.Line.Info[] infos) {
        for (javax.sound.sampled.Line.Info info : infos) {
            if (info instanceof DataLine.Info && lineClass.isAssignableFrom(info.getLineClass())) {
                return true;
            }
        }
        return false;
    }

    private static int channels(List<AudioFormat> formats) {
        int most = 0;
        for (AudioFormat format : formats) {
            most = Math.max(most, format.getChannels());
        }
        return most > 0 ? most : 2;
    }

    private static List<Integer> sampleRates(List<AudioFormat> formats) {
        Set<Integer> rates = new TreeSet<>();
        for (AudioFormat format : formats) {
            if (format.getSampleRate() == AudioSystem.NOT_SPECIFIED) {
                return List.of();
            }
            rates.add(Math.round(format.getSampleRate()));
        }
        return List.copyOf(rates);
    }

    private static String describe(Mixer.Info mixer, List<AudioFormat> capture, List<AudioFormat> playback) {
        StringBuilder text = new StringBuilder("Java Sound mixer");
        if (!mixer.getDescription().isBlank()) {
            text.append(": ").append(mixer.getDescription());
        }
        if (!mixer.getVendor().isBlank()) {
            text.append(" (").append(mixer.getVendor()).append(' ').append(mixer.getVersion()).append(')');
        }
        if (!capture.isEmpty()) {
            text.append("; capture ").append(layouts(capture));
        }
        if (!playback.isEmpty()) {
            text.append("; playback ").append(layouts(playback));
        }
        return text.toString();
    }

    /** The distinct sample layouts, e.g. {@code 16-bit signed LE, 24-bit signed LE}. */
    private static String layouts(List<AudioFormat> formats) {
        Set<String> layouts = new LinkedHashSet<>();
        for (AudioFormat format : formats) {
            AudioFormat.Encoding encoding = format.getEncoding();
            String kind = encoding.equals(AudioFormat.Encoding.PCM_SIGNED) ? "signed"
                    : encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED) ? "unsigned"
                            : encoding.equals(AudioFormat.Encoding.PCM_FLOAT) ? "float" : encoding.toString();
            int bits = format.getSampleSizeInBits();
            String order = bits > 8 ? format.isBigEndian() ? " BE" : " LE" : "";
            layouts.add((bits > 0 ? bits + "-bit " : "") + kind + order);
        }
        return String.join(", ", layouts);
    }
}
