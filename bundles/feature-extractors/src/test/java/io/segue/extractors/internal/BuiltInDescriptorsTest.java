package io.segue.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorDescriptor;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureProcessor;
import io.segue.api.feature.InputDomain;
import io.segue.api.feature.OutputDescriptor;
import io.segue.extractors.internal.bandwidth.SpectralBandwidthExtractor;
import io.segue.extractors.internal.centroid.SpectralCentroidExtractor;
import io.segue.extractors.internal.chroma.ChromaExtractor;
import io.segue.extractors.internal.contrast.SpectralContrastExtractor;
import io.segue.extractors.internal.energy.EnergyExtractor;
import io.segue.extractors.internal.flatness.SpectralFlatnessExtractor;
import io.segue.extractors.internal.flux.SpectralFluxExtractor;
import io.segue.extractors.internal.key.KeyConfig;
import io.segue.extractors.internal.key.KeyExtractor;
import io.segue.extractors.internal.loudness.LoudnessExtractor;
import io.segue.extractors.internal.mfcc.MfccExtractor;
import io.segue.extractors.internal.onset.OnsetExtractor;
import io.segue.extractors.internal.rms.RmsExtractor;
import io.segue.extractors.internal.rolloff.SpectralRolloffExtractor;
import io.segue.extractors.internal.tempo.TempoConfig;
import io.segue.extractors.internal.tempo.TempoExtractor;
import io.segue.extractors.internal.zcr.ZeroCrossingRateExtractor;
import io.segue.testing.Configs;
import io.segue.testing.audio.ChordProgression;
import io.segue.testing.audio.DrumPattern;
import io.segue.testing.audio.DrumPattern.Style;
import io.segue.testing.audio.Timbre;
import java.io.File;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sanity of the descriptors of every extractor this bundle registers, taken together. */
class BuiltInDescriptorsTest {

    /** Every extractor the bundle registers, as SCR creates them (configured ones on their defaults). */
    static final List<FeatureExtractor> ALL = List.of(new RmsExtractor(), new ZeroCrossingRateExtractor(),
            new SpectralCentroidExtractor(), new SpectralBandwidthExtractor(), new SpectralRolloffExtractor(),
            new SpectralFlatnessExtractor(), new SpectralFluxExtractor(), new SpectralContrastExtractor(),
            new MfccExtractor(), new ChromaExtractor(), new OnsetExtractor(),
            new TempoExtractor(Configs.defaults(TempoConfig.class)),
            new KeyExtractor(Configs.defaults(KeyConfig.class)),
            new LoudnessExtractor(), new EnergyExtractor(Configs.defaults(TempoConfig.class)));

    /** The stateless one-value extractors of {@link ScalarExtractor}. */
    private static final List<FeatureExtractor> SCALAR = List.of(new RmsExtractor(), new ZeroCrossingRateExtractor(),
            new SpectralCentroidExtractor());

    @Test
    void idsAreUniqueAndLowercaseDashed() {
        Set<String> ids = new HashSet<>();
        for (FeatureExtractor extractor : ALL) {
            String id = extractor.descriptor().id();
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
            assertTrue(ids.add(id), "duplicate id " + id);
        }
        assertEquals(Set.of("rms", "zcr", "spectral-centroid", "spectral-bandwidth", "spectral-rolloff",
                "spectral-flatness", "spectral-flux", "spectral-contrast", "mfcc", "chroma", "onset", "tempo", "key",
                "loudness", "energy"), ids);
    }

    @Test
    void valueCountMatchesTheOutputs() {
        for (FeatureExtractor extractor : ALL) {
            ExtractorDescriptor d = extractor.descriptor();
            int offset = 0;
            for (OutputDescriptor output : d.outputs()) {
                assertEquals(offset, d.offsetOf(output.id()), d.id() + "." + output.id());
                offset += output.size();
            }
            assertEquals(offset, d.valueCount(), d.id());
        }
    }

    @Test
    void everyDescriptorIsComplete() {
        for (FeatureExtractor extractor : ALL) {
            ExtractorDescriptor d = extractor.descriptor();
            // onset 2: low-strength appended
            assertEquals(d.id().equals("onset") ? "2" : "1", d.version(), d.id());
            assertFalse(d.inputs().isEmpty(), d.id());
            assertFalse(d.name().isBlank(), d.id());
            assertFalse(d.description().isBlank(), d.id());
            Set<String> outputIds = new HashSet<>();
            for (OutputDescriptor output : d.outputs()) {
                assertTrue(outputIds.add(output.id()), d.id() + " repeats output " + output.id());
                assertTrue(output.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), d.id() + "." + output.id());
                assertFalse(output.name().isBlank(), d.id() + "." + output.id());
                assertFalse(output.description().isBlank(), d.id() + "." + output.id());
            }
        }
    }

    @Test
    void theScalarOnesArePerFrameAndNonNegative() {
        for (FeatureExtractor extractor : SCALAR) {
            ExtractorDescriptor d = extractor.descriptor();
            assertEquals(1, d.valueCount(), d.id());
            assertEquals(0, d.historyFrames(), d.id());
            assertEquals(0.0, d.outputs().get(0).minValue(), d.id());
        }
    }

    /**
     * On material with something for every output (1 s of silence, 8 s of chords, 9 s of chords and drums), at the
     * default framing and at a file's 44.1 kHz: every output has a finite value somewhere, and every value is in
     * its declared range, or NaN (none / not yet), or an infinity the range allows. The key's window is 4 s here so
     * that it has one within the material.
     */
    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {22050, 44100})
    void everyOutputHasValuesAndTheyStayInTheirDeclaredRanges(int sampleRateHz) {
        AnalysisFormat format = new AnalysisFormat(sampleRateHz, 2048, 512);
        List<TestFrame> frames = frames(format, material(sampleRateHz));
        List<FeatureExtractor> extractors = new ArrayList<>(ALL);
        extractors.set(extractors.indexOf(ALL.stream().filter(e -> e instanceof KeyExtractor).findFirst().get()),
                new KeyExtractor(Configs.of(KeyConfig.class, Map.of("windowSeconds", 4.0))));
        for (FeatureExtractor extractor : extractors) {
            ExtractorDescriptor d = extractor.descriptor();
            FeatureProcessor processor = extractor.createProcessor(format);
            float[] values = new float[d.valueCount()];
            boolean[] finite = new boolean[d.valueCount()];
            for (TestFrame frame : frames) {
                processor.process(frame, values);
                int offset = 0;
                for (OutputDescriptor output : d.outputs()) {
                    for (int i = 0; i < output.size(); i++) {
                        float v = values[offset + i];
                        finite[offset + i] |= Float.isFinite(v);
                        assertTrue(Float.isNaN(v) || v >= output.minValue() && v <= output.maxValue(),
                                d.id() + "." + output.id() + " = " + v + " outside [" + output.minValue() + ", "
                                        + output.maxValue() + "] at " + frame.startSeconds() + " s");
                    }
                    offset += output.size();
                }
            }
            int offset = 0;
            for (OutputDescriptor output : d.outputs()) {
                assertTrue(finite[offset], d.id() + "." + output.id() + " never had a value");
                offset += output.size();
            }
        }
    }

    private static float[] material(int sampleRateHz) {
        float[] signal = new float[18 * sampleRateHz];
        float[] chords = ChordProgression.render(9, true, Timbre.SAW_PAD, sampleRateHz);
        float[] drums = DrumPattern.of(Style.FOUR_ON_THE_FLOOR, 124).render(9, sampleRateHz, 1).samples();
        for (int i = sampleRateHz; i < signal.length; i++) {
            int t = i - sampleRateHz;
            float drum = i >= 9 * sampleRateHz ? drums[i - 9 * sampleRateHz] : 0f;
            signal[i] = 0.5f * chords[t % chords.length] + 0.5f * drum;
        }
        return signal;
    }

    /** The frames the pipeline would make of {@code signal}, each spectrum computed once for every extractor. */
    private static List<TestFrame> frames(AnalysisFormat format, float[] signal) {
        List<TestFrame> frames = new ArrayList<>();
        for (int start = 0, index = 0; start + format.windowSize() <= signal.length; start += format.hopSize()) {
            float[] window = Arrays.copyOfRange(signal, start, start + format.windowSize());
            frames.add(new TestFrame(format, index++, start, window, HannSpectrum.magnitudes(window)));
        }
        return frames;
    }

    /** Every extractor class the bundle compiles is in {@link #ALL}, so none escapes these checks. */
    @Test
    void allListsEveryExtractorClassOfTheBundle() throws Exception {
        Path classes = Path.of(RmsExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                if (FeatureExtractor.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type);
                }
            }
        }
        assertEquals(found, ALL.stream().map(Object::getClass).collect(Collectors.toSet()));
    }

    static Stream<Arguments> eachExtractor() {
        return Stream.of(
                Arguments.of(new RmsExtractor(), "rms", InputDomain.WAVEFORM, "rms", "", 1.0),
                Arguments.of(new ZeroCrossingRateExtractor(), "zcr", InputDomain.WAVEFORM, "zcr", "", 1.0),
                Arguments.of(new SpectralCentroidExtractor(), "spectral-centroid", InputDomain.MAGNITUDE_SPECTRUM,
                        "centroid", "Hz", Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("eachExtractor")
    void describesItsOneOutputAndInput(FeatureExtractor extractor, String id, InputDomain input, String outputId,
            String unit, double maxValue) {
        ExtractorDescriptor d = extractor.descriptor();
        assertEquals(id, d.id());
        assertEquals(Set.of(input), d.inputs());
        OutputDescriptor output = d.outputs().get(0);
        assertEquals(outputId, output.id());
        assertEquals(unit, output.unit());
        assertEquals(maxValue, output.maxValue());
    }
}
