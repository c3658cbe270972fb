package io.segue.device.javasound.internal.line;

import static io.segue.device.javasound.internal.testing.Formats.float32;
import static io.segue.device.javasound.internal.testing.Formats.pcm;
import static io.segue.device.javasound.internal.testing.Formats.pcmAnyRate;
import static io.segue.device.javasound.internal.testing.Formats.ulaw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.audio.AudioFormat;
import io.segue.device.javasound.internal.testing.FakeMixer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatNegotiatorTest {

    private static final AudioFormat MONO_22K = AudioFormat.mono(22_050);
    private static final AudioFormat STEREO_44K = new AudioFormat(44_100, 2);

    @Test
    void theRequestedFormatAs16BitPcmWhenTheMixerTakesIt() {
        FakeMixer mixer = FakeMixer.of("card", List.of(pcmAnyRate(16, 1), pcmAnyRate(16, 2)), List.of());

        Negotiated n = FormatNegotiator.forCapture(mixer, MONO_22K).orElseThrow();

        assertEquals(22_050, n.lineRateHz());
        assertEquals(1, n.lineChannels());
        assertEquals(16, n.lineFormat().getSampleSizeInBits());
        assertFalse(n.lineFormat().isBigEndian());
        assertFalse(n.resamples());
        assertEquals(MONO_22K, n.stream());
    }

    @Test
    void aFixedRateStereo24BitCardIsOpenedAsItIsAndConvertedToTheRequestedMono() {
        FakeMixer mixer = FakeMixer.of("card", List.of(pcm(48_000, 24, 2)), List.of());

        Negotiated n = FormatNegotiator.forCapture(mixer, MONO_22K).orElseThrow();

        assertEquals(48_000, n.lineRateHz());
        assertEquals(2, n.lineChannels());
        assertEquals(24, n.lineFormat().getSampleSizeInBits());
        assertTrue(n.resamples());
        assertEquals(MONO_22K, n.stream(), "downmixed and resampled to what was asked");
    }

    @Test
    void theNearestRateAboveWinsThenTheRequestedChannelsThen16Bits() {
        FakeMixer mixer = FakeMixer.of("card",
                List.of(pcm(8_000, 16, 1), pcm(44_100, 8, 1), pcm(44_100, 16, 2), pcm(44_100, 16, 1),
                        pcm(44_100, 24, 1), pcm(96_000, 16, 1)),
                List.of());

        Negotiated n = FormatNegotiator.forCapture(mixer, MONO_22K).orElseThrow();

        // 8000 is nearer to 22050 but would lose the top of the band
        assertEquals(44_100, n.lineRateHz(), "above 22050 and nearer than 96000");
        assertEquals(1, n.lineChannels());
        assertEquals(16, n.lineFormat().getSampleSizeInBits());
    }

    @Test
    void theNearestRateBelowWhenNoneIsAbove() {
        FakeMixer mixer = FakeMixer.of("old card", List.of(pcm(8_000, 16, 1), pcm(16_000, 16, 1)), List.of());

        assertEquals(16_000, FormatNegotiator.forCapture(mixer, MONO_22K).orElseThrow().lineRateHz());
    }

    @Test
    void aMonoDeviceAskedForStereoDeliversMono() {
        FakeMixer mixer = FakeMixer.of("mic", List.of(pcm(44_100, 16, 1)), List.of());

        Negotiated n = FormatNegotiator.forCapture(mixer, new AudioFormat(44_100, 2)).orElseThrow();

        assertEquals(new AudioFormat(44_100, 1), n.stream());
    }

    @Test
    void playbackAcceptsTheRequestedFormatAndConvertsToTheLine() {
        FakeMixer mixer = FakeMixer.of("speakers", List.of(), List.of(pcm(48_000, 16, 2)));

        Negotiated n = FormatNegotiator.forPlayback(mixer, MONO_22K).orElseThrow();

        assertEquals(48_000, n.lineRateHz());
        assertEquals(2, n.lineChannels());
        assertEquals(MONO_22K, n.stream());
    }

    @Test
    void playbackInTheRequestedFormatWhenTheMixerTakesIt() {
        FakeMixer mixer = FakeMixer.of("speakers", List.of(), List.of(pcmAnyRate(16, 1), pcmAnyRate(16, 2)));

        Negotiated n = FormatNegotiator.forPlayback(mixer, STEREO_44K).orElseThrow();

        assertEquals(44_100, n.lineRateHz());
        assertEquals(2, n.lineChannels());
        assertEquals(16, n.lineFormat().getSampleSizeInBits());
        assertFalse(n.resamples());
        assertEquals(STEREO_44K, n.stream());
    }

    @Test
    void playbackTakesTheNearestRateAboveThenTheRequestedChannels() {
        FakeMixer mixer = FakeMixer.of("speakers", List.of(),
                List.of(pcm(22_050, 16, 2), pcm(48_000, 16, 1), pcm(48_000, 16, 2), pcm(96_000, 16, 2)));

        Negotiated n = FormatNegotiator.forPlayback(mixer, STEREO_44K).orElseThrow();

        assertEquals(48_000, n.lineRateHz(), "upsampled to the nearest rate above, not down to 22050");
        assertEquals(2, n.lineChannels());
        assertTrue(n.resamples());
        assertEquals(STEREO_44K, n.stream());
    }

    @Test
    void playbackOnALowerRateDeviceResamplesDown() {
        FakeMixer mixer = FakeMixer.of("phone speaker", List.of(), List.of(pcm(16_000, 16, 1)));

        Negotiated n = FormatNegotiator.forPlayback(mixer, STEREO_44K).orElseThrow();

        assertEquals(16_000, n.lineRateHz());
        assertEquals(1, n.lineChannels(), "stereo is mixed down to the device's one channel");
        assertEquals(STEREO_44K, n.stream(), "a playback accepts the requested format whatever the line runs at");
    }

    @Test
    void playbackOfMonoOnAMultichannelDeviceTakesTheFewestChannelsAboveOne() {
        FakeMixer mixer = FakeMixer.of("hdmi", List.of(), List.of(pcm(48_000, 16, 8), pcm(48_000, 16, 2)));

        Negotiated n = FormatNegotiator.forPlayback(mixer, AudioFormat.mono(48_000)).orElseThrow();

        assertEquals(2, n.lineChannels(), "upmixed to 2, the nearest count above the requested 1");
        assertFalse(n.resamples());
    }

    @Test
    void playbackPrefers16BitsThen24ThenFloat() {
        FakeMixer mixer = FakeMixer.of("interface", List.of(),
                List.of(float32(48_000, 2), pcm(48_000, 24, 2), pcm(48_000, 8, 2)));
        FakeMixer floatOnly = FakeMixer.of("dsp", List.of(), List.of(float32(48_000, 2)));

        Negotiated n = FormatNegotiator.forPlayback(mixer, STEREO_44K).orElseThrow();
        Negotiated f = FormatNegotiator.forPlayback(floatOnly, STEREO_44K).orElseThrow();

        assertEquals(24, n.lineFormat().getSampleSizeInBits());
        assertEquals(javax.sound.sampled.AudioFormat.Encoding.PCM_FLOAT, f.lineFormat().getEncoding());
    }

    @Test
    void noPcmFormatMeansNoNegotiation() {
        FakeMixer mixer = FakeMixer.of("phone", List.of(ulaw(8_000)), List.of());

        assertTrue(FormatNegotiator.forCapture(mixer, MONO_22K).isEmpty());
        assertTrue(FormatNegotiator.forPlayback(mixer, MONO_22K).isEmpty(), "it has no playback line at all");
    }
}
