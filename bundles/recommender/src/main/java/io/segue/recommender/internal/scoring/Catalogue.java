package io.segue.recommender.internal.scoring;

import io.segue.api.library.AnalysedTrack;
import io.segue.api.library.Track;
import io.segue.api.library.TrackAnalysis;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library as the scorer reads it: one flat array per property, indexed alike, built once per library revision
 * so that scoring 100k candidates touches a few contiguous arrays and allocates nothing. Immutable once built and
 * shared by every request.
 *
 * <p>The user's corrections are already in each {@link TrackAnalysis} (an edited tempo or key replaces the
 * analysed one); the lock is kept per track. A track without an analysis is kept (it can be the current track) but
 * never recommended.
 */
public final class Catalogue {

    /** Key index of a track with no key. */
    static final byte NO_KEY = -1;
    /** Artist index of a track with no artist. */
    static final int NO_ARTIST = -1;

    private final long revision;
    private final Track[] tracks;
    private final boolean[] analysed;
    private final double[] bpm;
    /** {@code log2(bpm)}, for folding half and double tempo without a logarithm per request. */
    private final double[] octaves;
    private final boolean[] bpmLocked;
    private final byte[] key;
    private final double[] energy;
    private final int[] artist;
    private final Map<String, Integer> indexById;

    private Catalogue(long revision, int size) {
        this.revision = revision;
        tracks = new Track[size];
        analysed = new boolean[size];
        bpm = new double[size];
        octaves = new double[size];
        bpmLocked = new boolean[size];
        key = new byte[size];
        energy = new double[size];
        artist = new int[size];
        indexById = new HashMap<>(Math.max(16, size * 2));
    }

    /**
     * The catalogue of {@code tracks} as of {@code revision}. Tempos outside 1..1000 BPM and energies outside 0..1
     * count as unknown; artists are compared ignoring case and surrounding blanks. Should the library list an id
     * twice, the first entry counts and the others are never recommended.
     */
    public static Catalogue of(List<AnalysedTrack> tracks, long revision) {
        Catalogue catalogue = new Catalogue(revision, tracks.size());
        Map<String, Integer> artists = new HashMap<>();
        int i = 0;
        for (AnalysedTrack entry : tracks) {
            Track track = entry.track();
            boolean duplicate = catalogue.indexById.putIfAbsent(track.id(), i) != null;
            catalogue.tracks[i] = track;
            String name = track.artist().strip().toLowerCase(Locale.ROOT);
            catalogue.artist[i] = name.isEmpty() ? NO_ARTIST : artists.computeIfAbsent(name, n -> artists.size());
            TrackAnalysis analysis = entry.analysis();
            catalogue.analysed[i] = analysis != null && !duplicate;
            catalogue.bpm[i] = analysis == null ? Double.NaN : TempoMatch.sanitize(analysis.bpm());
            catalogue.octaves[i] = TempoMatch.octaves(catalogue.bpm[i]);
            catalogue.bpmLocked[i] = analysis != null && analysis.bpmLocked();
            catalogue.key[i] = analysis == null || analysis.key() == null ? NO_KEY : (byte) analysis.key().index();
            double e = analysis == null ? Double.NaN : analysis.energy();
            catalogue.energy[i] = e >= 0 && e <= 1 ? e : Double.NaN;
            i++;
        }
        return catalogue;
    }

    /** The library revision this catalogue reflects. */
    public long revision() {
        return revision;
    }

    public int size() {
        return tracks.length;
    }

    /** The index of a track, or -1 when it is not in the catalogue. */
    public int indexOf(String trackId) {
        Integer index = indexById.get(trackId);
        return index == null ? -1 : index;
    }

    public Track track(int index) {
        return tracks[index];
    }

    boolean analysed(int index) {
        return analysed[index];
    }

    /** Tempo in BPM, {@code NaN} when unknown. */
    double bpm(int index) {
        return bpm[index];
    }

    boolean bpmLocked(int index) {
        return bpmLocked[index];
    }

    /** {@code MusicalKey.index()}, or {@link #NO_KEY}. */
    int key(int index) {
        return key[index];
    }

    /** 0..1, {@code NaN} when unknown. */
    double energy(int index) {
        return energy[index];
    }

    /** The artist's number in this catalogue, or {@link #NO_ARTIST}. */
    int artist(int index) {
        return artist[index];
    }

    // the flat arrays themselves, for the scoring loop
    double[] bpms() {
        return bpm;
    }

    double[] octaves() {
        return octaves;
    }

    boolean[] locks() {
        return bpmLocked;
    }

    byte[] keys() {
        return key;
    }

    double[] energies() {
        return energy;
    }

    int[] artists() {
        return artist;
    }

    boolean[] analysedFlags() {
        return analysed;
    }
}
