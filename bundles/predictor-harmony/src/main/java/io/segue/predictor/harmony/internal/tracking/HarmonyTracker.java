package io.segue.predictor.harmony.internal.tracking;

import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.MusicalKey;
import io.segue.api.predict.Prediction;
import io.segue.api.predict.PredictionKind;
import io.segue.predictor.harmony.internal.chord.ChordMatcher;
import io.segue.predictor.harmony.internal.chord.Chords;
import io.segue.predictor.harmony.internal.key.KeyTracker;
import io.segue.predictor.harmony.internal.progression.ProgressionModel;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The harmony of a stream, beat by beat, from its feature frames: plain Java, no OSGi.
 *
 * <p><b>Beats.</b> Each beat of the {@code tempo} extractor's {@code beat} events closes the beat before it. When
 * events stop (no tempo extractor, no drums, a break), a grid at the extractor's {@code bpm} (else
 * {@code fallbackBpm}) carries on from the last beat, anchored at the first sound; a grid beat is closed
 * {@value #GRID_GRACE} of a period after it ends, the time a late event gets to arrive first. A beat event that falls
 * within {@value #MIN_BEAT_SHARE} of a period of the previous beat moves the grid onto it and closes nothing.
 *
 * <p><b>Per beat</b>, over the mean {@code chroma} of the frames whose window centre falls in it:
 * <ul>
 * <li>an <i>observation</i>: CHORD, target = the beat's start, made when the beat closed (so
 * {@code madeAtSeconds >= targetSeconds}), value = the chord's index ({@link Chords}), label its name, confidence
 * the template match's correlation. A beat without sound or whose best correlation is below {@code minChordScore}
 * has no chord and is not reported, as is one with sound in fewer than half its frames; unless the chord before it
 * still matches at {@value #SUSTAIN_SHARE} of {@code minChordScore} (it is dying away): then that chord goes on;</li>
 * <li>a KEY_CHANGE when the {@link KeyTracker} confirms a new key (the first key of a stream too): target = the
 * beat the new key is dated to, value = the key's index ({@link MusicalKey#index()}), label its
 * {@link MusicalKey#displayName()};</li>
 * <li><i>forecasts</i>: CHORD with {@code targetSeconds > madeAtSeconds}: the {@code forecastCandidates} most probable
 * chords (of at least {@value #MIN_FORECAST} probability, most probable first) at the first beat after now and at
 * the beat one bar after the observed one, from the {@link ProgressionModel}; confidence = the model's
 * probability.</li>
 * </ul>
 * The {@code key} extractor's key, when the frames carry one, nudges the key tracker; it is not needed.
 *
 * <p>A frame without {@code chroma} adds nothing; without sound for two beats the beat clock stops and starts over
 * at the next sound. A stream time going backwards (a new stream) restarts the beat clock, keeping what the model
 * learnt.
 */
public final class HarmonyTracker {

    /** A grid beat waits this share of a period after its end for a beat event. */
    static final double GRID_GRACE = 0.5;

    /** A beat event closer than this share of a period to the previous beat only moves the grid. */
    static final double MIN_BEAT_SHARE = 0.4;

    /** Forecast chords less probable than this are not named. */
    static final double MIN_FORECAST = 0.05;

    /** Half the pipeline's default window (2048 samples at 22050 Hz): a frame is timed by its window's centre. */
    static final double HALF_WINDOW_SECONDS = 1024 / 22050.0;

    /**
     * A beat too unclear for any chord keeps the chord before it if that still matches at least this share of
     * {@code minChordScore}: a piano chord dies away under the drums but still sounds.
     */
    static final double SUSTAIN_SHARE = 0.5;

    /** A beat with sound in fewer than this share of its frames has no chord (the music stopped in it). */
    static final double MIN_SOUNDING_SHARE = 0.5;

    /** Beats of silence after which the beat clock stops. */
    static final double SILENT_BEATS = 2;

    private final String predictorId;
    private final HarmonySettings settings;
    private final ChromaHistory history = new ChromaHistory();
    private final ChordMatcher matcher = new ChordMatcher();
    private final KeyTracker keys = new KeyTracker();
    private final ProgressionModel model;
    private final double[] beatChroma = new double[Chords.PITCH_CLASSES];
    private final double[] forecast = new double[Chords.COUNT];

    private double lastFrameSeconds = Double.NaN;
    private double lastSoundSeconds = Double.NaN;
    /** The start of the beat under way; NaN while the clock is stopped. */
    private double beatStart = Double.NaN;
    private boolean beatStartFromEvent;
    private double periodSeconds;
    private int externalKey = -1;
    private double externalStrength;
    private int chord = -1;
    private int runBeats;

    public HarmonyTracker(String predictorId, HarmonySettings settings) {
        this.predictorId = Objects.requireNonNull(predictorId, "predictorId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = new ProgressionModel(settings.adaptationWeight());
        this.periodSeconds = 60 / settings.fallbackBpm();
    }

    /** Takes in the next frame of the stream; emits what it now can say on {@code out}. */
    public void observe(FeatureFrame frame, Consumer<Prediction> out) {
        double now = frame.startSeconds();
        if (!Double.isFinite(now)) {
            return;
        }
        if (now < lastFrameSeconds) {
            restartClock();
        }
        lastFrameSeconds = now;
        double beatEvent = readTempo(frame, now);
        readKey(frame);
        float[] chroma = values(frame, FrameLayout.CHROMA, FrameLayout.CHROMA_VALUES + Chords.PITCH_CLASSES);
        boolean sound = chroma != null && hasSound(chroma);
        if (sound || chroma != null && !Double.isNaN(beatStart)) {
            // silent frames count too once the clock runs: a beat mostly silent has no chord
            history.add(now + HALF_WINDOW_SECONDS, chroma, FrameLayout.CHROMA_VALUES, sound);
        }
        if (sound) {
            lastSoundSeconds = now;
            if (Double.isNaN(beatStart)) {
                beatStart = now;
                beatStartFromEvent = false;
            }
        }
        if (Double.isNaN(beatStart)) {
            return;
        }
        if (!Double.isNaN(beatEvent) && beatEvent > beatStart - periodSeconds) {
            if (beatEvent - beatStart >= MIN_BEAT_SHARE * periodSeconds) {
                closeBeat(beatStart, beatEvent, now, out);
                beatStart = beatEvent;
                beatStartFromEvent = true;
            } else if (!beatStartFromEvent) {
                beatStart = beatEvent;
                beatStartFromEvent = true;
            }
        } else if (now >= beatStart + periodSeconds * (1 + GRID_GRACE)) {
            closeBeat(beatStart, beatStart + periodSeconds, now, out);
            beatStart += periodSeconds;
            beatStartFromEvent = false;
        }
        if (now - lastSoundSeconds > SILENT_BEATS * periodSeconds) {
            restartClock();
        }
    }

    /** Forgets the stream: the beat clock, the key, and what the transition model learnt. */
    public void reset() {
        restartClock();
        lastFrameSeconds = Double.NaN;
        periodSeconds = 60 / settings.fallbackBpm();
        externalKey = -1;
        externalStrength = 0;
        keys.reset();
        model.reset();
    }

    private void restartClock() {
        history.clear();
        beatStart = Double.NaN;
        beatStartFromEvent = false;
        lastSoundSeconds = Double.NaN;
        endRun();
    }

    private void endRun() {
        if (chord >= 0) {
            model.observeRun(runBeats);
        }
        chord = -1;
        runBeats = 0;
    }

    private void closeBeat(double from, double to, double now, Consumer<Prediction> out) {
        int frames = history.mean(from, to, beatChroma);
        boolean sounding = frames > 0 && frames >= MIN_SOUNDING_SHARE * history.frames();
        int best = sounding ? matcher.match(beatChroma) : -1;
        double score = best < 0 ? 0 : matcher.score(best);
        if (best >= 0 && score < settings.minChordScore() && chord >= 0
                && matcher.score(chord) >= SUSTAIN_SHARE * settings.minChordScore()) {
            best = chord;
            score = matcher.score(chord);
        }
        if (best < 0 || score < (best == chord ? SUSTAIN_SHARE : 1) * settings.minChordScore()) {
            endRun();
            return;
        }
        KeyTracker.KeyChange change = keys.observe(from, beatChroma, best, externalKey, externalStrength);
        if (change != null) {
            MusicalKey key = MusicalKey.ofIndex(change.key());
            out.accept(new Prediction(predictorId, PredictionKind.KEY_CHANGE, change.sinceSeconds(), key.index(),
                    key.displayName(), change.confidence(), now));
        }
        int key = keys.key();
        if (best == chord) {
            runBeats++;
        } else {
            if (chord >= 0) {
                model.observeChange(key, chord, best);
            }
            endRun();
            chord = best;
            runBeats = 1;
        }
        out.accept(new Prediction(predictorId, PredictionKind.CHORD, from, best, Chords.label(best),
                Math.min(1, score), now));
        double period = Math.max(to - from, 1e-3);
        int stepsToNext = (int) Math.floor((now - from) / period) + 1;
        emitForecast(key, from + stepsToNext * period, stepsToNext, now, out);
        emitForecast(key, from + settings.beatsPerBar() * period, settings.beatsPerBar(), now, out);
    }

    private void emitForecast(int key, double targetSeconds, int steps, double now, Consumer<Prediction> out) {
        if (!(targetSeconds > now)) {
            return;
        }
        model.forecast(key, chord, runBeats, steps, forecast);
        for (int n = 0; n < settings.forecastCandidates(); n++) {
            int best = 0;
            for (int c = 1; c < Chords.COUNT; c++) {
                if (forecast[c] > forecast[best]) {
                    best = c;
                }
            }
            if (forecast[best] < MIN_FORECAST) {
                return;
            }
            out.accept(new Prediction(predictorId, PredictionKind.CHORD, targetSeconds, best, Chords.label(best),
                    Math.min(1, forecast[best]), now));
            forecast[best] = -1;
        }
    }

    /** Takes the tempo; returns the stream time of the beat this frame reports, NaN if none. */
    private double readTempo(FeatureFrame frame, double now) {
        float[] tempo = values(frame, FrameLayout.TEMPO, FrameLayout.TEMPO_BEAT + 1);
        if (tempo == null) {
            return Double.NaN;
        }
        float bpm = tempo[FrameLayout.TEMPO_BPM];
        if (Float.isFinite(bpm) && bpm >= 20 && bpm <= 400) {
            periodSeconds = 60.0 / bpm;
        }
        float beat = tempo[FrameLayout.TEMPO_BEAT];
        return Float.isFinite(beat) ? now + beat : Double.NaN;
    }

    private void readKey(FeatureFrame frame) {
        float[] key = values(frame, FrameLayout.KEY, FrameLayout.KEY_STRENGTH + 1);
        if (key == null || !Float.isFinite(key[FrameLayout.KEY_INDEX])) {
            externalKey = -1;
            externalStrength = 0;
            return;
        }
        int index = Math.round(key[FrameLayout.KEY_INDEX]);
        float strength = key[FrameLayout.KEY_STRENGTH];
        externalKey = index >= 0 && index < 24 ? index : -1;
        externalStrength = Float.isFinite(strength) ? Math.max(0, Math.min(1, strength)) : 0;
    }

    /** The frame's values of {@code id} when it has at least {@code size} of them, else null. */
    private static float[] values(FeatureFrame frame, String id, int size) {
        float[] values = frame.values(id);
        return values != null && values.length >= size ? values : null;
    }

    /** Some chroma above 0 and none NaN: all 0 is silence, NaN a failed extractor. */
    private static boolean hasSound(float[] chroma) {
        boolean any = false;
        for (int p = 0; p < Chords.PITCH_CLASSES; p++) {
            float v = chroma[FrameLayout.CHROMA_VALUES + p];
            if (!Float.isFinite(v)) {
                return false;
            }
            any |= v > 0;
        }
        return any;
    }
}
