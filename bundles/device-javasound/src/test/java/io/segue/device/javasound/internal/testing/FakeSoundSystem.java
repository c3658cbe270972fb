package io.segue.device.javasound.internal.testing;

import io.segue.device.javasound.internal.line.SoundSystem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.Mixer;

/**
 * A sound system whose mixers the test sets; {@link #unplug} removes one, as if the card was pulled, and
 * {@link #plug} adds one at the end; {@link #failListingWith} makes listing the mixers fail.
 */
public final class FakeSoundSystem implements SoundSystem {

    private final List<FakeMixer> mixers;

    public FakeSoundSystem(FakeMixer... mixers) {
        this.mixers = new CopyOnWriteArrayList<>(mixers);
    }

    private volatile RuntimeException listingFailure;

    public void unplug(FakeMixer mixer) {
        mixers.remove(mixer);
    }

    public void plug(FakeMixer mixer) {
        mixers.add(mixer);
    }

    /** Makes {@link #mixerInfo()} throw {@code failure}; {@code null} lists again. */
    public void failListingWith(RuntimeException failure) {
        this.listingFailure = failure;
    }

    @Override
    public Mixer.Info[] mixerInfo() {
        RuntimeException failure = listingFailure;
        if (failure != null) {
            throw failure;
        }
        return mixers.stream().map(FakeMixer::getMixerInfo).toArray(Mixer.Info[]::new);
    }

    @Override
    public Mixer mixer(Mixer.Info info) {
        return mixers.stream().filter(m -> m.getMixerInfo() == info).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mixer " + info));
    }
}
