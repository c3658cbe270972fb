package io.segue.shell.internal.format;

import io.segue.api.audio.AudioFormat;
import io.segue.api.feature.FeatureSummary;
import java.util.List;

/**
 * What {@code segue:demo} saw.
 *
 * @param deviceId        the device streamed
 * @param format          the stream's format
 * @param seconds         wall time the demo streamed
 * @param chunksCaptured  chunks read from the device since the stream started
 * @param chunksDropped   chunks the stream dropped since it started
 * @param frames          feature frames the demo analysed
 * @param startedByDemo   whether the demo started (and so stopped) the stream
 * @param summaries       statistics of every output value over those frames
 * @param note            the stream's status message at the end (e.g. that it runs on the fallback device), or
 *                        {@code null}
 */
public record DemoReport(String deviceId, AudioFormat format, double seconds, long chunksCaptured,
        long chunksDropped, long frames, boolean startedByDemo, List<FeatureSummary> summaries, String note) {

    public DemoReport {
        summaries = List.copyOf(summaries);
    }
}
