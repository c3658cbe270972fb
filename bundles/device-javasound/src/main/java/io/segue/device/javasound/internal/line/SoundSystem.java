package io.segue.device.javasound.internal.line;

import javax.sound.sampled.Mixer;

/**
 * The two Java Sound lookups Segue makes, behind an interface so that enumeration, ids and format negotiation are
 * tested with fake mixers. {@link AudioSystemSoundSystem} is the real one.
 */
public interface SoundSystem {

    /** The mixers present now, in Java Sound's order. Never {@code null}. */
    Mixer.Info[] mixerInfo();

    /**
     * The mixer for {@code info}.
     *
     * @throws IllegalArgumentException when the mixer is no longer present
     */
    Mixer mixer(Mixer.Info info);
}
