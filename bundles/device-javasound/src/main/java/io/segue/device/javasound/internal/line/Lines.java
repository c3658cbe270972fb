package io.segue.device.javasound.internal.line;

import javax.sound.sampled.DataLine;

/** Releasing Java Sound lines whatever state their device is in. */
final class Lines {

    private Lines() {
    }

    /**
     * Stops, flushes and closes {@code line}. The device of a line may have vanished, and its driver then refuses
     * the stop or the flush; the close is still made, since it frees what Java Sound holds. Never throws: it runs
     * in {@code close()} methods that promise not to.
     */
    static void release(DataLine line) {
        try {
            line.stop();
            line.flush();
        } catch (RuntimeException e) {
            // the driver refuses because the device is gone: closing below is all that is left to do
        } finally {
            try {
                line.close();
            } catch (RuntimeException e) {
                // nothing else can free the line; the caller's close() must not fail for it
            }
        }
    }
}
