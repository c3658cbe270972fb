package io.segue.shell.internal.format;

/** The report of {@code segue:demo}. */
public final class DemoFormat {

    private DemoFormat() {
    }

    /** Device, format, time, counts, then the table of feature statistics over the frames seen. */
    public static String report(DemoReport report) {
        KeyValueFormat header = new KeyValueFormat()
                .add("device", report.deviceId())
                .add("format", report.format())
                .add("stream", report.startedByDemo()
                        ? "started and stopped by the demo"
                        : "already running, left running")
                .add("seconds streamed", Decimals.fixed(report.seconds(), 2))
                .add("chunks captured", report.chunksCaptured())
                .add("chunks dropped", report.chunksDropped())
                .add("frames analysed", report.frames());
        if (report.note() != null) {
            header.add("note", report.note());
        }
        return header + "\n\n" + FeatureFormat.summaries(report.summaries());
    }
}
