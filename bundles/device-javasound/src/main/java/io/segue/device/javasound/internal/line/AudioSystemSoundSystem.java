package io.segue.device.javasound.internal.line;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Mixer;

/** {@link SoundSystem} over {@link AudioSystem}. */
public final class AudioSystemSoundSystem implements SoundSystem {

    @Override
    public Mixer.Info[] mixerInfo() {
        Mixer.Info[] infos = AudioSystem.getMixerInfo();
        return infos == null ? new Mixer.Info[0] : infos;
    }

    @Override
    public Mixer mixer(Mixer.Info info) {
        return AudioSystem.getMixer(info);
    }
}
