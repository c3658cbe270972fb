package io.segue.device.javasound.internal.line;

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
    void noPcmFormatMeansNoNegotiation() {
        FakeMixer mixer = FakeMixer.of("phone", List.of(ulaw(8_000)), List.of());

        assertTrue(FormatNegotiator.forCapture(mixer, MONO_22K).isEmpty());
        assertTrue(FormatNegotiator.forPlayback(mixer, MONO_22K).isEmpty(), "it has no playback line at all");
    }
}
