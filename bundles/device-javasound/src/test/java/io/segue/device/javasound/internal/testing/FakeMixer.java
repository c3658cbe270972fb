package io.segue.device.javasound.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.Port;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * A mixer with a capture line and/or a playback line listing the given formats. Its capture lines deliver a
 * 1 kHz sine at amplitude 0.5; {@link #refuseWith} makes every line refuse to open, {@link #unplugAfterBytes}
 * makes capture lines stop after that many bytes, {@link #stallAfterBytes} and {@link #gapAfterBytes} make them
 * deliver nothing for good or for a while, {@link #grantBuffer} changes the buffer lines grant, {@link #hangDrain}
 * makes playback lines' drain hang, {@link #failProbingWith} makes listing its lines fail. {@link #lines()} keeps
 * every line handed out; {@link #lineListings()} counts how often its lines were listed.
 */
public final class FakeMixer extends FakeLineBase implements Mixer {

    public static final double SINE_HZ = 1000;
    public static final double SINE_AMPLITUDE = 0.5;

    /** How a capture line behaves once it has stopped delivering. */
    public enum Stall {
        /** Every read returns 0 at once. */
        RETURN_ZERO,
        /** A read blocks until the line is stopped, flushed or closed, as Java Sound's own read does. */
        BLOCK
    }

    /** How a playback line's drain behaves. */
    public enum Drain {
        /** Returns at once, everything played. */
        RETURNS,
        /** Hangs until the line is closed or the draining thread is interrupted. */
        HANGS_UNTIL_CLOSED,
        /** Hangs, ignoring close and interrupts, until the test releases it. */
        HANGS
    }

    private final Mixer.Info info;
    private final Line.Info[] targetInfos;
    private final Line.Info[] sourceInfos;
    private final List<Line> lines = new ArrayList<>();
    private LineUnavailableException refusal;
    private long unplugAfterBytes = Long.MAX_VALUE;
    private RuntimeException readFailure;
    private long stallAfterBytes = Long.MAX_VALUE;
    private Stall stall = Stall.RETURN_ZERO;
    private int gapReads = Integer.MAX_VALUE;
    private IntUnaryOperator grantBuffer = IntUnaryOperator.identity();
    private Drain drain = Drain.RETURNS;
    private RuntimeException probeFailure;
    private final AtomicInteger lineListings = new AtomicInteger();

    private FakeMixer(Mixer.Info info, Line.Info[] targetInfos, Line.Info[] sourceInfos) {
        this.info = info;
        this.targetInfos = targetInfos;
        this.sourceInfos = sourceInfos;
    }

    /**
     * A mixer with a capture line listing {@code capture} and a playback line listing {@code playback}; an empty list
     * means no such line.
     */
    public static FakeMixer of(String name, List<AudioFormat> capture, List<AudioFormat> playback) {
        Line.Info[] targets = capture.isEmpty() ? new Line.Info[0]
                : new Line.Info[] {dataLine(TargetDataLine.class, capture)};
        Line.Info[] sources = playback.isEmpty() ? new Line.Info[0]
                : new Line.Info[] {dataLine(SourceDataLine.class, playback)};
        return new FakeMixer(new FakeMixerInfo(name), targets, sources);
    }

    private static DataLine.Info dataLine(Class<?> lineClass, List<AudioFormat> formats) {
        return new DataLine.Info(lineClass, formats.toArray(AudioFormat[]::new), 32, 1 << 20);
    }

    /** A port mixer: volume controls only, no data lines. */
    public static FakeMixer port(String name) {
        return new FakeMixer(new FakeMixerInfo(name), new Line.Info[] {Port.Info.MICROPHONE},
                new Line.Info[] {Port.Info.SPEAKER});
    }

    public FakeMixer refuseWith(LineUnavailableException refusal) {
        this.refusal = refusal;
        return this;
    }

    public FakeMixer unplugAfterBytes(long bytes) {
        this.unplugAfterBytes = bytes;
        return this;
    }

    /** Makes capture lines throw {@code failure} from every read, as some Java Sound drivers do on a lost device. */
    public FakeMixer failReadsWith(RuntimeException failure) {
        this.readFailure = failure;
        return this;
    }

    /** Makes capture lines deliver nothing after {@code bytes} bytes, for good, behaving as {@code how} says. */
    public FakeMixer stallAfterBytes(long bytes, Stall how) {
        this.stallAfterBytes = bytes;
        this.stall = how;
        this.gapReads = Integer.MAX_VALUE;
        return this;
    }

    /** Makes capture lines return 0 from {@code emptyReads} reads after {@code bytes} bytes, then deliver again. */
    public FakeMixer gapAfterBytes(long bytes, int emptyReads) {
        this.stallAfterBytes = bytes;
        this.stall = Stall.RETURN_ZERO;
        this.gapReads = emptyReads;
        return this;
    }

    /** Makes lines grant {@code granted.applyAsInt(requested)} bytes of buffer when asked for {@code requested}. */
    public FakeMixer grantBuffer(IntUnaryOperator granted) {
        this.grantBuffer = granted;
        return this;
    }

    public FakeMixer hangDrain(Drain how) {
        this.drain = how;
        return this;
    }

    /** Makes listing this mixer's lines throw {@code failure}, as a driver may for a device it cannot query. */
    public FakeMixer failProbingWith(RuntimeException failure) {
        this.probeFailure = failure;
        return this;
    }

    /** How many times {@link #getTargetLineInfo()} or {@link #getSourceLineInfo()} was called. */
    public int lineListings() {
        return lineListings.get();
    }

    public List<Line> lines() {
        return lines;
    }

    @Override
    public Mixer.Info getMixerInfo() {
        return info;
    }

    @Override
    public Line.Info[] getSourceLineInfo() {
        return listed(sourceInfos);
    }

    @Override
    public Line.Info[] getTargetLineInfo() {
        return listed(targetInfos);
    }

    private Line.Info[] listed(Line.Info[] infos) {
        lineListings.incrementAndGet();
        if (probeFailure != null) {
            throw probeFailure;
        }
        return infos.clone();
    }

    @Override
    public Line.Info[] getSourceLineInfo(Line.Info wanted) {
        return matching(sourceInfos, wanted);
    }

    @Override
    public Line.Info[] getTargetLineInfo(Line.Info wanted) {
        return matching(targetInfos, wanted);
    }

    private static Line.Info[] matching(Line.Info[] infos, Line.Info wanted) {
        return java.util.Arrays.stream(infos).filter(wanted::matches).toArray(Line.Info[]::new);
    }

    /** Like Java Sound's own mixers: the wanted info must match one of the lines' infos. */
    @Override
    public boolean isLineSupported(Line.Info wanted) {
        return matching(sourceInfos, wanted).length > 0 || matching(targetInfos, wanted).length > 0;
    }

    @Override
    public synchronized Line getLine(Line.Info wanted) {
        if (matching(targetInfos, wanted).length > 0) {
            FakeTargetDataLine line = new FakeTargetDataLine(wanted, refusal, SINE_HZ, SINE_AMPLITUDE);
            line.unplugAfterBytes = unplugAfterBytes;
            line.readFailure = readFailure;
            line.stallAfterBytes = stallAfterBytes;
            line.stall = stall;
            line.gapReads = gapReads;
            line.grantBuffer = grantBuffer;
            lines.add(line);
            return line;
        }
        if (matching(sourceInfos, wanted).length > 0) {
            FakeSourceDataLine line = new FakeSourceDataLine(wanted, refusal);
            line.grantBuffer = grantBuffer;
            line.drainBehaviour = drain;
            lines.add(line);
            return line;
        }
        throw new IllegalArgumentException("not supported: " + wanted);
    }

    @Override
    public int getMaxLines(Line.Info wanted) {
        return isLineSupported(wanted) ? -1 : 0;
    }

    @Override
    public Line[] getSourceLines() {
        return new Line[0];
    }

    @Override
    public Line[] getTargetLines() {
        return new Line[0];
    }

    @Override
    public void synchronize(Line[] lines, boolean maintainSync) {
        throw new IllegalArgumentException("no synchronization");
    }

    @Override
    public void unsynchronize(Line[] lines) {
    }

    @Override
    public boolean isSynchronizationSupported(Line[] lines, boolean maintainSync) {
        return false;
    }

    @Override
    public Line.Info getLineInfo() {
        return new Line.Info(Mixer.class);
    }

    @Override
    public void open() {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    /** Mixer.Info's constructor is protected. */
    private static final class FakeMixerInfo extends Mixer.Info {
        FakeMixerInfo(String name) {
            super(name, "Segue tests", "a fake mixer", "1.0");
        }
    }
}
