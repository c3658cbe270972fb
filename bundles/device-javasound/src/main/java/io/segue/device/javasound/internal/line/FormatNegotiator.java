package io.segue.device.javasound.internal.line;

import io.segue.device.javasound.internal.convert.PcmCodec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * Chooses the format a line is opened with.
 *
 * <ol>
 * <li>The requested rate and channels as 16-bit signed PCM, little then big endian, when the mixer supports it:
 * no conversion but the byte decoding.</li>
 * <li>Otherwise every PCM format the mixer's lines list (8/16/24/32-bit integers, 32-bit floats), with an
 * unspecified rate or channel count taken as the requested one, ordered by: rate (the requested rate, then the
 * nearest above it, then the nearest below: a higher rate resampled down keeps the whole band the stream can
 * carry, a lower one loses its top), then channels (the requested count, then more, then fewer), then sample
 * size (16, 24, 32 bits, float, 8 bits), then little endian first. The first the mixer accepts wins; Segue
 * converts the rest (downmix, resampling).</li>
 * </ol>
 *
 * <p>The stream format: a capture delivers the requested rate and {@code min(requested, line)} channels (a device
 * asked for more channels than it has delivers the channels it has); a playback accepts the requested format.
 */
public final class FormatNegotiator {

    private FormatNegotiator() {
    }

    /** The format for capture from {@code mixer}, or empty when it lists no PCM capture format. */
    public static Optional<Negotiated> forCapture(Mixer mixer, io.segue.api.audio.AudioFormat requested) {
        return negotiate(mixer, TargetDataLine.class, mixer.getTargetLineInfo(), requested, true);
    }

    /** The format for playback on {@code mixer}, or empty when it lists no PCM playback format. */
    public static Optional<Negotiated> forPlayback(Mixer mixer, io.segue.api.audio.AudioFormat requested) {
        return negotiate(mixer, SourceDataLine.class, mixer.getSourceLineInfo(), requested, false);
    }

    private static Optional<Negotiated> negotiate(Mixer mixer, Class<? extends DataLine> lineClass,
            Line.Info[] lineInfos, io.segue.api.audio.AudioFormat requested, boolean capture) {
        int rate = requested.sampleRateHz();
        int channels = requested.channels();
        for (boolean bigEndian : new boolean[] {false, true}) {
            AudioFormat exact = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, channels, 2 * channels,
                    rate, bigEndian);
            if (mixer.isLineSupported(new DataLine.Info(lineClass, exact))) {
                return Optional.of(new Negotiated(exact, requested));
            }
        }
        List<AudioFormat> candidates = new ArrayList<>();
        for (AudioFormat listed : formatsOf(lineClass, lineInfos)) {
            concrete(listed, requested).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.<AudioFormat>comparingInt(f -> Math.round(f.getSampleRate()) < rate ? 1 : 0)
                .thenComparingLong(f -> Math.abs(Math.round(f.getSampleRate()) - rate))
                .thenComparingInt(f -> channelCost(f.getChannels(), channels))
                .thenComparingInt(FormatNegotiator::sampleCost)
                .thenComparing(AudioFormat::isBigEndian));
        for (AudioFormat candidate : candidates) {
            if (mixer.isLineSupported(new DataLine.Info(lineClass, candidate))) {
                io.segue.api.audio.AudioFormat stream = capture
                        ? new io.segue.api.audio.AudioFormat(rate, Math.min(channels, candidate.getChannels()))
                        : requested;
                return Optional.of(new Negotiated(candidate, stream));
            }
        }
        return Optional.empty();
    }

    /** The formats the data lines of {@code lineClass} among {@code lineInfos} list. */
    public static List<AudioFormat> formatsOf(Class<? extends DataLine> lineClass, Line.Info[] lineInfos) {
        List<AudioFormat> formats = new ArrayList<>();
        for (Line.Info info : lineInfos) {
            if (info instanceof DataLine.Info dataLine && lineClass.isAssignableFrom(info.getLineClass())) {
                formats.addAll(List.of(dataLine.getFormats()));
            }
        }
        return formats;
    }

    /** Whether Segue can convert samples of this format. */
    public static boolean isConvertible(AudioFormat format) {
        AudioFormat.Encoding encoding = format.getEncoding();
        if (encoding.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            return format.getSampleSizeInBits() == 32;
        }
        return (encoding.equals(AudioFormat.Encoding.PCM_SIGNED) || encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED))
                && PcmCodec.supportsIntegerBits(format.getSampleSizeInBits());
    }

    private static Optional<AudioFormat> concrete(AudioFormat listed, io.segue.api.audio.AudioFormat requested) {
        if (!isConvertible(listed)) {
            return Optional.empty();
        }
        int bits = listed.getSampleSizeInBits();
        int channels = listed.getChannels() == AudioSystem.NOT_SPECIFIED ? requested.channels() : listed.getChannels();
        float rate = listed.getSampleRate() == AudioSystem.NOT_SPECIFIED ? requested.sampleRateHz()
                : listed.getSampleRate();
        if (channels <= 0 || rate < 1) {
            return Optional.empty();
        }
        int frameSize = channels * bits / 8;
        if (listed.getFrameSize() != AudioSystem.NOT_SPECIFIED && listed.getFrameSize() != frameSize) {
            return Optional.empty(); // padded samples (e.g. 24 bits in 4 bytes): not a layout PcmCodec reads
        }
        return Optional.of(new AudioFormat(listed.getEncoding(), rate, bits, channels, frameSize, rate,
                bits > 8 && listed.isBigEndian()));
    }

    private static int channelCost(int offered, int requested) {
        if (offered == requested) {
            return 0;
        }
        return offered > requested ? offered - requested : 1000 + requested - offered;
    }

    private static int sampleCost(AudioFormat format) {
        if (format.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT)) {
            return 3;
        }
        return switch (format.getSampleSizeInBits()) {
            case 16 -> 0;
            case 24 -> 1;
            case 32 -> 2;
            default -> 4;
        };
    }
}
