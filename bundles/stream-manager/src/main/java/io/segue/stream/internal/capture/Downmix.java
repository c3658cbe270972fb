package io.segue.stream.internal.capture;

/** Interleaved multi-channel to mono, replacing samples that are not finite. */
public final class Downmix {

    private Downmix() {
    }

    /**
     * Writes the mean of each frame's channels to {@code mono}. NaN and infinite samples count as 0.
     *
     * @return how many samples were not finite
     */
    public static int toMono(float[] interleaved, int frames, int channels, float[] mono) {
        int replaced = 0;
        if (channels == 1) {
            for (int i = 0; i < frames; i++) {
                float s = interleaved[i];
                if (Float.isFinite(s)) {
                    mono[i] = s;
                } else {
                    mono[i] = 0f;
                    replaced++;
                }
            }
            return replaced;
        }
        float scale = 1f / channels;
        for (int f = 0, i = 0; f < frames; f++) {
            float sum = 0f;
            for (int c = 0; c < channels; c++, i++) {
                float s = interleaved[i];
                if (Float.isFinite(s)) {
                    sum += s;
                } else {
                    replaced++;
                }
            }
            mono[f] = sum * scale;
        }
        return replaced;
    }
}
