package io.segue.device.javasound.internal.testing;

import io.segue.device.javasound.internal.convert.PcmCodec;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * A capture line that delivers a sine (the same in every channel) encoded in the format it was opened with.
 * After {@code unplugAfterBytes} bytes it delivers nothing more and closes itself, like a device pulled out; with
 * a {@code readFailure} every read throws it.
 */
public final class FakeTargetDataLine extends FakeDataLine implements TargetDataLine {

    private final double frequencyHz;
    private final double amplitude;
    private final long unplugAfterBytes;
    private final RuntimeException readFailure;
    private long frame;
    private long delivered;
    private float[] samples = new float[0];
    private PcmCodec codec;

    public FakeTargetDataLine(Line.Info info, LineUnavailableException refusal, double frequencyHz, double amplitude,
            long unplugAfterBytes, RuntimeException readFailure) {
        super(info, refusal);
        this.frequencyHz = frequencyHz;
        this.amplitude = amplitude;
        this.unplugAfterBytes = unplugAfterBytes;
        this.readFailure = readFailure;
    }

    @Override
    public void open(AudioFormat format, int bufferSize) throws LineUnavailableException {
        super.open(format, bufferSize);
        codec = codecOf(format);
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (readFailure != null) {
            throw readFailure;
        }
        if (!open || !running) {
            return 0;
        }
        int frameSize = format.getFrameSize();
        long allowed = Math.min(len, unplugAfterBytes - delivered);
        int frames = (int) Math.max(0, allowed / frameSize);
        int channels = format.getChannels();
        if (samples.length < frames * channels) {
            samples = new float[frames * channels];
        }
        for (int f = 0; f < frames; f++, frame++) {
            float x = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * frame / format.getSampleRate()));
            for (int c = 0; c < channels; c++) {
                samples[f * channels + c] = x;
            }
        }
        codec.encode(samples, 0, b, off, frames * channels);
        delivered += (long) frames * frameSize;
        if (frames * frameSize < len) {
            close();
        }
        return frames * frameSize;
    }

    static PcmCodec codecOf(AudioFormat format) {
        return format.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT) ? PcmCodec.float32(format.isBigEndian())
                : PcmCodec.integer(format.getSampleSizeInBits(),
                        format.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED), format.isBigEndian());
    }
}
