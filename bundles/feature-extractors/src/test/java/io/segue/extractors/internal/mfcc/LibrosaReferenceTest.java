package io.segue.extractors.internal.mfcc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segue.api.feature.AnalysisFormat;
import io.segue.extractors.internal.TestFrame;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Published reference values: librosa 0.11.0's MFCCs of single windows of closed-form signals, computed as
 *
 * <pre>
 * S = np.abs(librosa.stft(x, n_fft=2048, hop_length=512, window='hann', center=False)) ** 2
 * M = librosa.feature.melspectrogram(S=S, sr=sr, n_mels=128)
 * librosa.feature.mfcc(S=librosa.power_to_db(M, ref=1.0, amin=1e-10, top_db=80.0), n_mfcc=20)[:, 0]
 * </pre>
 *
 * with {@code x} the float32 samples of the same formulas as below (printed to 4 decimals). librosa computes the STFT
 * in complex64 and its filters in float32, so agreement is expected to about 1e-4 dB; asserted within 1e-3 dB.
 */
class LibrosaReferenceTest {

    /** 0.5 sin(440 Hz) + 0.2 sin(3150 Hz) + 0.05 sin(7777 Hz) at 22050 Hz: 111 of 128 bands at the top_db floor. */
    private static final double[] SINES_22050 = {-458.8577, 17.9956, 23.9902, 27.4034, -1.5781, -35.3409, -16.8891,
        -27.4693, -68.4567, -8.8855, -25.8019, -18.6181, 4.8782, 39.0692, 6.4124, 35.0800, 53.6048, 2.2970, 22.6156,
        12.0984};
    /** A 220 Hz sawtooth of amplitude 0.5 at 22050 Hz: every band above the floor. */
    private static final double[] SAW_22050 = {-42.3036, 11.1512, -6.3978, 9.2563, -3.8130, -2.0766, -4.6908,
        -6.4099, -4.7750, -5.9500, -8.6815, -8.3069, -8.5554, -7.5773, -5.8534, -6.5278, -6.5483, -6.6634, -8.6182,
        -8.5435};
    /** The same sawtooth at 44100 Hz. */
    private static final double[] SAW_44100 = {-53.1765, 41.0803, -20.8348, 9.9402, 2.3149, -5.2276, -10.1912,
        -9.7249, -10.9392, -11.0463, -9.6326, -8.3667, -9.7488, -11.2818, -11.5880, -11.5950, -11.4998, -9.9450,
        -8.6665, -9.9057};

    @Test
    void threeSinesWithTheTopDbFloorBiting() {
        int sr = 22050;
        assertMatches(sr, i -> 0.5 * Math.sin(2 * Math.PI * 440 * i / sr) + 0.2 * Math.sin(2 * Math.PI * 3150 * i / sr)
                + 0.05 * Math.sin(2 * Math.PI * 7777 * i / sr), SINES_22050);
    }

    @Test
    void sawtoothAt22050() {
        assertMatches(22050, i -> 0.5 * (2 * ((220.0 * i / 22050) % 1.0) - 1), SAW_22050);
    }

    @Test
    void sawtoothAt44100() {
        assertMatches(44100, i -> 0.5 * (2 * ((220.0 * i / 44100) % 1.0) - 1), SAW_44100);
    }

    private static void assertMatches(int sampleRateHz, IntToDoubleFunction signal, double[] librosa) {
        AnalysisFormat format = new AnalysisFormat(sampleRateHz, 2048, 512);
        float[] samples = new float[2048];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) signal.applyAsDouble(i);
        }
        float[] values = new float[20];
        new MfccExtractor().createProcessor(format).process(TestFrame.of(format, 0, samples), values);
        double worst = 0;
        for (int j = 0; j < 20; j++) {
            assertEquals(librosa[j], values[j], 1e-3, "c" + j);
            worst = Math.max(worst, Math.abs(librosa[j] - values[j]));
        }
        System.out.printf("mfcc vs librosa 0.11.0 at %d Hz: 20 coefficients within %.1e dB%n", sampleRateHz, worst);
    }
}
