package io.segue.predictor.harmony.internal.tracking;

/**
 * Where the values this predictor reads sit in a frame: offsets into {@code FeatureFrame.values(id)} as laid out by
 * each extractor's output descriptors (the tests check these against the real extractors' descriptors).
 */
public final class FrameLayout {

    /** The chroma extractor: outputs {@code chroma} (12 values, C..B) then {@code tuning}. */
    public static final String CHROMA = "chroma";
    public static final int CHROMA_VALUES = 0;

    /** The key extractor: outputs {@code key} (0..23, NaN for none), {@code strength}, then the so-far pair. */
    public static final String KEY = "key";
    public static final int KEY_INDEX = 0;
    public static final int KEY_STRENGTH = 1;

    /** The tempo extractor: {@code bpm}, {@code confidence}, {@code beat} (seconds from the frame's start), …. */
    public static final String TEMPO = "tempo";
    public static final int TEMPO_BPM = 0;
    public static final int TEMPO_BEAT = 2;

    private FrameLayout() {
    }
}
