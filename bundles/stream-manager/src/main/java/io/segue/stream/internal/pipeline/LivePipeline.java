package io.segue.stream.internal.pipeline;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;

import io.segue.api.audio.AudioFileDecoder;
import io.segue.api.audio.AudioFormat;
import io.segue.api.audio.AudioInput;
import io.segue.api.feature.AnalysisFormat;
import io.segue.api.feature.ExtractorInfo;
import io.segue.api.feature.FeatureExtractor;
import io.segue.api.feature.FeatureFrame;
import io.segue.api.feature.FeatureListener;
import io.segue.api.feature.FileAnalysis;
import io.segue.api.feature.PipelineStatus;
import io.segue.api.feature.StreamingPipeline;
import io.segue.api.predict.PredictionListener;
import io.segue.api.predict.Predictor;
import io.segue.api.predict.TrackCue;
import io.segue.api.stream.AudioChunkListener;
import io.segue.api.stream.QueueStats;
import io.segue.stream.internal.capture.Downmix;
import io.segue.stream.internal.config.RefusableSettings;
import io.segue.stream.internal.metrics.LatencyHistogram;
import io.segue.stream.internal.ring.CopyOnWriteArray;
import io.segue.stream.internal.ring.SlicedWait;
import io.segue.stream.internal.ring.SlotRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The streaming pipeline: a chunk listener of the live stream that frames it, runs every extractor service on each
 * frame and publishes the feature frames; also analyses files on the caller's thread.
 *
 * <p>Extractor and configuration changes arrive on other threads; the analysis thread picks them up at its next
 * chunk, so the steady state needs no lock.
 */
@Component(service = {StreamingPipeline.class, AudioChunkListener.class}, configurationPid = PipelineConfig.PID,
        immediate = true)
@Designate(ocd = PipelineConfig.class)
public final class LivePipeline implements StreamingPipeline, AudioChunkListener {

    private static final int FILE_BLOCK_FRAMES = 4096;
    private static final long RATE_WINDOW_NANOS = 500_000_000L;

    private final List<ExtractorBinding> extractors = new CopyOnWriteArrayList<>();
    private final List<AudioFileDecoder> decoders = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArray<FeatureListener> listeners = new CopyOnWriteArray<>(FeatureListener[]::new);

    private final RefusableSettings<PipelineSettings> settings;
    private volatile String extractorProblem;
    /** Bumped whenever the analysis thread must rebuild: new settings or extractors. */
    private final AtomicInteger generation = new AtomicInteger();

    private volatile FeatureQueue queue;
    /** Feeds the predictors (its queue bound applies from the next stream). */
    private final PredictionHost predictions;
    /** Serializes the callers of {@link #takeFeatures}, who share one reader. */
    private final ReentrantLock takeLock = new ReentrantLock();
    /** The shared reader and its queue; created on the first take, so that an unread queue counts no drops. */
    private volatile Taker taker;

    private record Taker(FeatureQueue queue, SlotRing.Reader reader) {
    }

    // confined to the analysis thread
    private FrameAnalyzer analyzer;
    private int analyzerGeneration = -1;
    private long expectedSequence;
    /** The stream's chunk size: the largest chunk seen (only a source's last chunk is shorter). */
    private int chunkFrames;
    private final FrameAnalyzer.FrameSink publisher = this::publish;
    /** Written by the analysis thread, read by a cue: the stream's samples so far, and its rate. */
    private volatile long streamSamples;
    private volatile int streamRateHz;
    private long rateWindowStart;
    private long rateWindowFrames;

    private volatile LatencyHistogram latency = new LatencyHistogram();
    private volatile long framesProcessed;
    private volatile double framesPerSecond;
    /** The framing in force; null until the first stream tells the sample rate. */
    private volatile AnalysisFormat format;
    private volatile List<String> activeIds = List.of();

    /** A refused initial configuration is logged here; SCR logs a refused change. */
    @Activate
    public LivePipeline(PipelineConfig config, @Reference(service = LoggerFactory.class) Logger log) {
        settings = new RefusableSettings<>(() -> PipelineSettings.of(config), PipelineSettings.DEFAULTS);
        if (settings.problem() != null) {
            log.warn(settings.problem());
        }
        queue = new FeatureQueue(settings.current().featuresQueueCapacity());
        predictions = new PredictionHost(settings.current().predictionsQueueCapacity(), this::reportExtractorProblem);
    }

    @Deactivate
    void deactivate() {
        predictions.close();
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    void addPredictor(Predictor predictor) {
        predictions.addPredictor(predictor);
    }

    void removePredictor(Predictor predictor) {
        predictions.removePredictor(predictor);
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    void addPredictionListener(PredictionListener listener) {
        predictions.addListener(listener);
    }

    void removePredictionListener(PredictionListener listener) {
        predictions.removeListener(listener);
    }

    /** A refused change throws (SCR logs it) and leaves the previous settings in force. */
    @Modified
    void modified(PipelineConfig config) {
        int capacity = settings.current().featuresQueueCapacity();
        PipelineSettings next = settings.update(() -> PipelineSettings.of(config));
        if (next.featuresQueueCapacity() != capacity) {
            queue = new FeatureQueue(next.featuresQueueCapacity());
        }
        generation.incrementAndGet();
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    void addExtractor(FeatureExtractor extractor, ServiceReference<FeatureExtractor> reference) {
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        addExtractor(new ExtractorBinding(extractor, extractor.descriptor(),
                reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName(),
                ranking instanceof Integer r ? r : 0, (Long) reference.getProperty(Constants.SERVICE_ID)));
    }

    public void addExtractor(ExtractorBinding binding) {
        extractors.add(binding);
        generation.incrementAndGet();
    }

    void removeExtractor(FeatureExtractor extractor) {
        extractors.removeIf(b -> b.extractor() == extractor);
        generation.incrementAndGet();
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    public void addListener(FeatureListener listener) {
        listeners.add(listener);
    }

    void removeListener(FeatureListener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC)
    public void addDecoder(AudioFileDecoder decoder) {
        decoders.add(decoder);
    }

    void removeDecoder(AudioFileDecoder decoder) {
        decoders.remove(decoder);
    }

    // --- the live stream, on the analysis thread -------------------------------------------------------------

    @Override
    public void streamStarted(AudioFormat streamFormat) {
        analyzer = null;
        expectedSequence = 0;
        chunkFrames = 0;
        streamSamples = 0;
        // frames of an earlier run would interleave their numbers with the new ones
        queue = new FeatureQueue(settings.current().featuresQueueCapacity());
        predictions.newStream(settings.current().predictionsQueueCapacity());
        framesProcessed = 0;
        latency = new LatencyHistogram();
        rateWindowStart = 0;
        rateWindowFrames = 0;
    }

    @Override
    public void onChunk(long sequence, long captureNanos, AudioFormat streamFormat, float[] samples, int frames) {
        int currentGeneration = generation.get();
        if (analyzer == null || analyzerGeneration != currentGeneration
                || analyzer.format().sampleRateHz() != streamFormat.sampleRateHz()) {
            rebuild(streamFormat, currentGeneration);
        }
        chunkFrames = Math.max(chunkFrames, frames);
        if (sequence > expectedSequence) {
            // chunks were dropped before they reached us: no window spans the gap, and stream time stays true
            analyzer.skip((sequence - expectedSequence) * chunkFrames);
            streamSamples += (sequence - expectedSequence) * chunkFrames;
        }
        expectedSequence = sequence + 1;
        analyzer.accept(samples, frames, captureNanos, publisher);
        streamSamples += frames;
        streamRateHz = streamFormat.sampleRateHz();
    }

    /** Applies new settings or extractors: allocation happens here, never in the steady state. */
    private void rebuild(AudioFormat streamFormat, int currentGeneration) {
        PipelineSettings s = settings.current();
        AnalysisFormat wanted = new AnalysisFormat(streamFormat.sampleRateHz(), s.windowSize(), s.hopSize());
        FrameAnalyzer previous = analyzer;
        ExtractorSet previousSet = previous == null ? ExtractorSet.EMPTY : previous.extractors();
        ExtractorSet extractorSet = ExtractorSet.create(active(), wanted, previousSet, this::reportExtractorProblem);
        format = wanted;
        activeIds = extractorSet.ids;
        analyzerGeneration = currentGeneration;
        if (previous != null && previous.format().equals(wanted)) {
            previous.setExtractors(extractorSet);
            return;
        }
        analyzer = new FrameAnalyzer(wanted, previous == null ? 0 : previous.nextIndex(),
                previous == null ? 0 : previous.nextStartSample(), this::reportExtractorProblem);
        analyzer.setExtractors(extractorSet);
        if (previous != null && previous.format().sampleRateHz() == wanted.sampleRateHz()) {
            // the new framing goes on where the old one would have framed next, frame numbers too
            previous.handOver(analyzer, publisher);
        }
    }

    private void publish(FrameAnalyzer frame, ExtractorSet set) {
        FeatureFrameSlot slot = queue.write(frame, set);
        predictions.offer(frame, set);
        for (FeatureListener listener : listeners.get()) {
            try {
                listener.onFeatures(slot);
            } catch (RuntimeException | LinkageError e) {
                extractorProblem = "feature listener " + listener.getClass().getName() + " failed: " + e;
            }
        }
        framesProcessed++;
        long now = System.nanoTime();
        latency.record(now - frame.captureNanos());
        if (rateWindowStart == 0) {
            rateWindowStart = now; // the rate is measured from the first frame, not from the stream's start
            return;
        }
        rateWindowFrames++;
        if (now - rateWindowStart >= RATE_WINDOW_NANOS) {
            framesPerSecond = rateWindowFrames * 1e9 / (now - rateWindowStart);
            rateWindowStart = now;
            rateWindowFrames = 0;
        }
    }

    private QueueStats predictionStats() {
        return predictions.stats();
    }

    private void reportExtractorProblem(String problem) {
        extractorProblem = problem;
    }

    /** The extractors whose values frames carry: per id, the highest-ranked service. */
    private List<ExtractorBinding> active() {
        Map<String, ExtractorBinding> byId = new LinkedHashMap<>();
        for (ExtractorBinding binding : extractors) {
            byId.merge(binding.id(), binding, (a, b) -> b.outranks(a) ? b : a);
        }
        return byId.values().stream().sorted(Comparator.comparing(ExtractorBinding::id)).toList();
    }

    // --- clients ---------------------------------------------------------------------------------------------

    @Override
    public void cueTrack(String trackId, double bpm, double firstBeatSeconds) {
        int rate = streamRateHz;
        if (rate > 0) {
            predictions.cue(new TrackCue(trackId, bpm, firstBeatSeconds, (double) streamSamples / rate));
        }
    }

    @Override
    public PipelineStatus status() {
        FeatureQueue q = queue;
        Taker t = taker;
        boolean reading = t != null && t.queue() == q;
        long dropped = reading ? t.reader().dropped() : 0;
        int depth = reading ? t.reader().backlog() : (int) Math.min(q.capacity(), framesProcessed);
        List<String> ids = framesProcessed > 0 ? activeIds : active().stream().map(ExtractorBinding::id).toList();
        return new PipelineStatus(format, framesProcessed, framesPerSecond, Math.min(depth, q.capacity()),
                q.capacity(), dropped, predictionStats(), latency.stats(), ids, settings.problem(), extractorProblem);
    }

    @Override
    public List<ExtractorInfo> extractors() {
        List<ExtractorBinding> active = active();
        return extractors.stream()
                .sorted(Comparator.comparing(ExtractorBinding::id).thenComparing(ExtractorBinding::serviceId))
                .map(b -> new ExtractorInfo(b.descriptor(), b.bundle(), b.ranking(), active.contains(b)))
                .toList();
    }

    @Override
    public List<FeatureFrame> latestFeatures(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        return queue.latest(count);
    }

    @Override
    public Optional<FeatureFrame> takeFeatures(Duration timeout) throws InterruptedException {
        // a new stream's frames are taken from its own queue
        return SlicedWait.await(takeLock, timeout, () -> false, this::takeFrame);
    }

    private Optional<FeatureFrame> takeFrame(long timeoutNanos) throws InterruptedException {
        FeatureQueue q = queue;
        Taker t = taker;
        if (t == null || t.queue() != q) {
            if (t != null) {
                t.queue().removeReader(t.reader());
            }
            t = new Taker(q, q.newReader());
            taker = t;
        }
        return q.take(t.reader(), timeoutNanos);
    }

    @Override
    public FileAnalysis analyze(Path file, FeatureListener frames) throws IOException {
        Objects.requireNonNull(frames, "frames");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not an audio file");
        }
        AudioFileDecoder decoder = decoderFor(file);
        long started = System.nanoTime();
        try (AudioInput input = decoder.open(file)) {
            AudioFormat source = input.format();
            PipelineSettings s = settings.current();
            AnalysisFormat framing = new AnalysisFormat(source.sampleRateHz(), s.windowSize(), s.hopSize());
            List<String> problems = new ArrayList<>();
            ExtractorSet set = ExtractorSet.create(active(), framing, ExtractorSet.EMPTY, problems::add);
            FrameAnalyzer fileAnalyzer = new FrameAnalyzer(framing, 0, 0, problems::add);
            fileAnalyzer.setExtractors(set);
            SummaryAccumulator summary = new SummaryAccumulator(set);
            FeatureFrameSlot view = new FeatureFrameSlot();
            FrameAnalyzer.FrameSink sink = (frame, extractors) -> {
                summary.frame(frame, extractors);
                view.fill(frame, extractors);
                frames.onFeatures(view);
            };
            float[] block = new float[FILE_BLOCK_FRAMES * source.channels()];
            float[] mono = new float[FILE_BLOCK_FRAMES];
            long totalFrames = 0;
            int read;
            while ((read = input.read(block, FILE_BLOCK_FRAMES)) > 0) {
                Downmix.toMono(block, read, source.channels(), mono);
                fileAnalyzer.accept(mono, read, 0, sink);
                totalFrames += read;
            }
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            return new FileAnalysis(file.toString(), source, framing, (double) totalFrames / source.sampleRateHz(),
                    summary.frames(), elapsedMillis, summary.summaries(), problems);
        }
    }

    private AudioFileDecoder decoderFor(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (AudioFileDecoder decoder : decoders) {
            if (decoder.extensions().contains(extension)) {
                return decoder;
            }
        }
        TreeSet<String> known = new TreeSet<>();
        decoders.forEach(d -> known.addAll(d.extensions()));
        throw new IOException(file + ": no decoder for " + (extension.isEmpty() ? "files without an extension"
                : "'." + extension + "' files") + " (readable: " + (known.isEmpty() ? "none" : String.join(", ",
                known)) + ")");
    }
}
