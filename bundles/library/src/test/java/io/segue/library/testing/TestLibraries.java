package io.segue.library.testing;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.feature.FeatureExtractor;
import io.segue.extractors.internal.centroid.SpectralCentroidExtractor;
import io.segue.extractors.internal.energy.EnergyExtractor;
import io.segue.extractors.internal.key.KeyConfig;
import io.segue.extractors.internal.key.KeyExtractor;
import io.segue.extractors.internal.loudness.LoudnessExtractor;
import io.segue.extractors.internal.mfcc.MfccExtractor;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import io.segue.library.internal.services.SqliteMusicLibrary;
import io.segue.library.internal.store.LibraryDatabase;
import io.segue.testing.Configs;
import io.segue.testing.RecordingLogger;
import java.util.List;

/**
 * The music library as the runtime wires it, outside OSGi: the real pipeline with the built-in extractors that
 * give tempo, key, loudness, energy and a spectral summary, the test WAV decoder and tag reader, and an MP3 probe.
 */
public final class TestLibraries {

    private TestLibraries() {
    }

    public static List<FeatureExtractor> extractors() {
        return List.of(new TempoExtractor(Configs.defaults(TempoConfig.class)),
                new KeyExtractor(Configs.defaults(KeyConfig.class)), new LoudnessExtractor(),
                new EnergyExtractor(Configs.defaults(TempoConfig.class)), new SpectralCentroidExtractor(),
                new MfccExtractor());
    }

    public static SqliteMusicLibrary library(LibraryDatabase database, RecordingLogger log) {
        List<AudioFileDecoder> decoders = List.of(new PcmWavDecoder(), new Mp3Probe());
        SqliteMusicLibrary library = new SqliteMusicLibrary(database, FilePipelines.of(extractors(), decoders),
                log.logger());
        decoders.forEach(library::addDecoder);
        library.addTagReader(new WavInfoTagReader());
        return library;
    }
}
