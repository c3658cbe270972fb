package io.segue.extractors.internal.loudness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.FrameFeeder;
import io.segue.extractors.internal.FrameFeeder.FrameValues;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The synthetic test signals of EBU Tech 3341 (v4, "EBU Mode") and EBU Tech 3342 (loudness range) with their
 * published expected values and tolerances, fed through the extractor framed as the pipeline frames them (window
 * 2048, hop 512), so that every sample is measured once out of overlapping frames.
 *
 * <p>The EBU signals are stereo with the same 1 kHz sine on both channels; the mono tone read as dual mono is that
 * signal. Expected values (Tech 3341 Table 1 cases 1-5, 9 and 12; Tech 3342 cases 1-4) are as published, not as
 * computed here.
 *
 * <p>Cases 1 and 12 run through {@link FrameFeeder}; the longer signals run through {@link WaveformFeeder}, which
 * frames identically but skips the Hann spectrum the extractor does not read (it would be most of the test time).
 */
class EbuConformanceTest {

    private static final int MOMENTARY = 0;
    private static final int SHORT_TERM = 1;
    private static final int INTEGRATED = 2;
    private static final int RANGE = 3;

    private static List<FrameValues> feed(int rate, double... segments) {
        FrameFeeder feeder = new FrameFeeder(new LoudnessExtractor(), format(rate));
        return feeder.feed(ToneSequence.of(rate, segments));
    }

    private static AnalysisFormat format(int rate) {
        return new AnalysisFormat(rate, 2048, 512);
    }

    private static float[] feedLean(int rate, WaveformFeeder.FrameListener listener, double... segments) {
        AnalysisFormat format = format(rate);
        return new WaveformFeeder(new LoudnessExtractor().createProcessor(format), format)
                .feed(ToneSequence.of(rate, segments), listener);
    }

    private static float[] feedLean(int rate, double... segments) {
        return feedLean(rate, (start, values) -> {
        }, segments);
    }

    private static float last(List<FrameValues> frames, int output) {
        return frames.get(frames.size() - 1).value(output);
    }

    private static void assertIntegrated(String name, int rate, double expected, double... segments) {
        float integrated = feedLean(rate, segments)[INTEGRATED];
        System.out.printf("loudness: EBU 3341 %s @ %d Hz: integrated %.3f LUFS (published %.1f +-0.1)%n", name, rate,
                integrated, expected);
        assertEquals(expected, integrated, 0.1, name);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void case1SineAtMinus23(int rate) {
        List<FrameValues> frames = feed(rate, 20, -23);
        System.out.printf("loudness: EBU 3341 case 1 @ %d Hz: M %.3f, S %.3f, I %.3f LUFS (published -23.0 +-0.1)%n",
                rate, last(frames, MOMENTARY), last(frames, SHORT_TERM), last(frames, INTEGRATED));
        assertEquals(-23.0, last(frames, MOMENTARY), 0.1);
        assertEquals(-23.0, last(frames, SHORT_TERM), 0.1);
        assertEquals(-23.0, last(frames, INTEGRATED), 0.1);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void case2SineAtMinus33(int rate) {
        float[] values = feedLean(rate, 20, -33);
        System.out.printf("loudness: EBU 3341 case 2 @ %d Hz: M %.3f, S %.3f, I %.3f LUFS (published -33.0 +-0.1)%n",
                rate, values[MOMENTARY], values[SHORT_TERM], values[INTEGRATED]);
        assertEquals(-33.0, values[MOMENTARY], 0.1);
        assertEquals(-33.0, values[SHORT_TERM], 0.1);
        assertEquals(-33.0, values[INTEGRATED], 0.1);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void case3RelativeGate(int rate) {
        assertIntegrated("case 3", rate, -23.0, 10, -36, 60, -23, 10, -36);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void case4AbsoluteAndRelativeGates(int rate) {
        assertIntegrated("case 4", rate, -23.0, 10, -72, 10, -36, 60, -23, 10, -36, 10, -72);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void case5GateBetweenLevels(int rate) {
        assertIntegrated("case 5", rate, -23.0, 20, -26, 20.1, -20, 20, -26);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void case9ShortTermOfAlternatingBursts(int rate) {
        // 1.34 s at -20 dBFS and 1.66 s at -30 dBFS, five times: constant -23.0 short-term once 3 s are in
        double[] worst = {0};
        int[] checked = {0};
        feedLean(rate, (start, values) -> {
            if (start + 2048 >= 3.02 * rate) {
                worst[0] = Math.max(worst[0], Math.abs(values[SHORT_TERM] + 23.0));
                checked[0]++;
            }
        }, ToneSequence.repeat(5, 1.34, -20, 1.66, -30));
        System.out.printf("loudness: EBU 3341 case 9 @ %d Hz: short-term within %.3f LU of -23.0 over %d frames "
                + "(published -23.0 +-0.1)%n", rate, worst[0], checked[0]);
        assertTrue(checked[0] > 100);
        assertTrue(worst[0] <= 0.1, "worst deviation " + worst[0]);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void case12MomentaryOfAlternatingBursts(int rate) {
        // 0.18 s at -20 dBFS and 0.22 s at -30 dBFS, 25 times: constant -23.0 momentary after the first second
        List<FrameValues> frames = feed(rate, ToneSequence.repeat(25, 0.18, -20, 0.22, -30));
        double worst = 0;
        int checked = 0;
        for (FrameValues f : frames) {
            if (f.startSeconds() >= 1.0) {
                worst = Math.max(worst, Math.abs(f.value(MOMENTARY) + 23.0));
                checked++;
            }
        }
        System.out.printf("loudness: EBU 3341 case 12 @ %d Hz: momentary within %.3f LU of -23.0 over %d frames "
                + "(published -23.0 +-0.1)%n", rate, worst, checked);
        assertTrue(checked > 100);
        assertTrue(worst <= 0.1, "worst deviation " + worst);
    }

    private static void assertRange(String name, int rate, double expected, double... segments) {
        float range = feedLean(rate, segments)[RANGE];
        System.out.printf("loudness: EBU 3342 %s @ %d Hz: LRA %.2f LU (published %.0f +-1)%n", name, rate, range,
                expected);
        assertEquals(expected, range, 1.0, name);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void lraCase1(int rate) {
        assertRange("case 1", rate, 10, 20, -20, 20, -30);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void lraCase2(int rate) {
        assertRange("case 2", rate, 5, 20, -20, 20, -15);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void lraCase3(int rate) {
        assertRange("case 3", rate, 20, 20, -40, 20, -20);
    }

    @ParameterizedTest
    @ValueSource(ints = {48000, 44100, 22050})
    void lraCase4(int rate) {
        assertRange("case 4", rate, 15, 20, -50, 20, -35, 20, -20, 20, -35, 20, -50);
    }
}
