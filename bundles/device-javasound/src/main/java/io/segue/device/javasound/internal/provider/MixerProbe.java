package io.segue.device.javasound.internal.provider;

import io.segue.api.audio.AudioDeviceInfo;
import io.segue.api.audio.DeviceType;
import io.segue.device.javasound.internal.line.FormatNegotiator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * What one mixer offers, asked of Java Sound once: listing a mixer's lines can open the hardware, so
 * {@link DeviceScanner} keeps a probe for as long as the mixer stays listed.
 *
 * @param mixer    the mixer
 * @param capture  the formats its capture lines list
 * @param playback the formats its playback lines list
 * @param captures whether it has a {@link TargetDataLine}
 * @param plays    whether it has a {@link SourceDataLine}
 */
record MixerProbe(Mixer mixer, List<AudioFormat> capture, List<AudioFormat> playback, boolean captures,
        boolean plays) {

    /**
     * Lists {@code mixer}'s lines.
     *
     * @throws RuntimeException whatever the mixer throws (a driver failing, a device vanishing meanwhile)
     */
    static MixerProbe of(Mixer mixer) {
        Line.Info[] targets = mixer.getTargetLineInfo();
        Line.Info[] sources = mixer.getSourceLineInfo();
        return new MixerProbe(mixer, List.copyOf(FormatNegotiator.formatsOf(TargetDataLine.class, targets)),
                List.copyOf(FormatNegotiator.formatsOf(SourceDataLine.class, sources)),
                hasLine(TargetDataLine.class, targets), hasLine(SourceDataLine.class, sources));
    }

    /** Whether the mixer has a data line; a port mixer (volume controls only) has none and is not a device. */
    boolean isDevice() {
        return captures || plays;
    }

    /** The device this mixer is, listed with {@code id}. */
    AudioDeviceInfo info(Mixer.Info mixerInfo, String id, boolean isDefault) {
        DeviceType type = captures && plays ? DeviceType.DUPLEX : captures ? DeviceType.INPUT : DeviceType.OUTPUT;
        List<AudioFormat> all = new ArrayList<>(capture);
        all.addAll(playback);
        return new AudioDeviceInfo(id, mixerInfo.getName(), describe(mixerInfo), type,
                captures ? channels(capture) : 0, plays ? channels(playback) : 0, sampleRates(all), isDefault,
                JavaSoundDeviceProvider.PROVIDER_ID);
    }

    private static boolean hasLine(Class<?> lineClass, Line.Info[] infos) {
        for (Line.Info info : infos) {
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

    private String describe(Mixer.Info mixerInfo) {
        StringBuilder text = new StringBuilder("Java Sound mixer");
        if (!mixerInfo.getDescription().isBlank()) {
            text.append(": ").append(mixerInfo.getDescription());
        }
        if (!mixerInfo.getVendor().isBlank()) {
            text.append(" (").append(mixerInfo.getVendor()).append(' ').append(mixerInfo.getVersion()).append(')');
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
