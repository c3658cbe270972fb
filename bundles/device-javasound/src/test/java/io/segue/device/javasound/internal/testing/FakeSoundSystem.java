package io.segue.device.javasound.internal.testing;

import io.segue.device.javasound.internal.line.SoundSystem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.Mixer;

/** A sound system whose mixers the test sets; {@link #unplug} removes one, as if the card was pulled. */
public final class FakeSoundSystem implements SoundSystem {

    private final List<FakeMixer> mixers;

    public FakeSoundSystem(FakeMixer... mixers) {
        this.mixers = new CopyOnWriteArrayList<>(mixers);
    }

    public void unplug(FakeMixer mixer) {
        mixers.remove(mixer);
    }

    @Override
    public Mixer.Info[] mixerInfo() {
        return mixers.stream().map(FakeMixer::getMixerInfo).toArray(Mixer.Info[]::new);
    }

    @Override
    public Mixer mixer(Mixer.Info info) {
        return mixers.stream().filter(m -> m.getMixerInfo() == info).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mixer " + info));
    }
}
