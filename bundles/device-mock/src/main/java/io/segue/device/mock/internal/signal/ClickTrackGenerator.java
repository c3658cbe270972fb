package io.segue.device.mock.internal.signal;

import java.util.Objects;

/**
 * A metronome: a short click on every beat, silence in between. Beat {@code k} starts at frame
 * {@code round(k * 60 * sampleRateHz / bpm)}, so the first click is at frame 0 and beats never drift however
 * long the track runs, even when a beat is not a whole number of frames.
 *
 * <p>A click is a {@value #CLICK_TONE_HZ} Hz cosine burst (lower at sample rates below 4 kHz) of
 * {@value #CLICK_MILLIS} ms under an exponential decay with a 1 ms time constant; its first sample is the peak,
 * {@code amplitude}.
 */
public final class ClickTrackGenerator implements SignalGenerator {

    static final double CLICK_TONE_HZ = 1000;
    static final double CLICK_MILLIS = 5;
    private static final double DECAY_MILLIS = 1;

    private final double framesPerBeat;
    /** One click, computed once. */
    private final float[] click;
    private long position;
    private long nextBeat;
    private long nextBeatStart;
    private long clickStart = Long.MIN_VALUE / 2;

    /**
     * @throws IllegalArgumentException when bpm is not in (0, 1000] or the amplitude is not in [0, 1]
     */
    public ClickTrackGenerator(double bpm, double amplitude, int sampleRateHz) {
        Signals.requireSampleRate(sampleRateHz);
        if (!(bpm > 0 && bpm <= 1000)) {
            throw new IllegalArgumentException("bpm must be in (0, 1000], was " + bpm);
        }
        float peak = Signals.requireAmplitude(amplitude);
        this.framesPerBeat = 60.0 * sampleRateHz / bpm;
        int length = (int) Math.max(1, Math.min(Math.round(CLICK_MILLIS / 1000 * sampleRateHz),
                Math.floor(framesPerBeat)));
        double toneHz = Math.min(CLICK_TONE_HZ, sampleRateHz / 4.0);
        double decayFrames = DECAY_MILLIS / 1000 * sampleRateHz;
        this.click = new float[length];
        for (int t = 0; t < length; t++) {
            click[t] = (float) (peak * Math.cos(2 * Math.PI * toneHz * t / sampleRateHz) * Math.exp(-t / decayFrames));
        }
    }

    /** The frame at which beat {@code beat} (0-based) starts. */
    public long beatStart(long beat) {
        return Math.round(beat * framesPerBeat);
    }

    /** The length of one click, in frames. */
    public int clickFrames() {
        return click.length;
    }

    @Override
    public void fill(float[] buffer, int offset, int frames) {
        Objects.checkFromIndexSize(offset, frames, buffer.length);
        long n = position;
        for (int i = offset, end = offset + frames; i < end; i++, n++) {
            if (n >= nextBeatStart) {
                clickStart = n;
                do { // at absurd rates two beats can round to the same frame
                    nextBeat++;
                    nextBeatStart = beatStart(nextBeat);
                } while (nextBeatStart <= n);
            }
            long t = n - clickStart;
            buffer[i] = t < click.length ? click[(int) t] : 0f;
        }
        position = n;
    }
}
