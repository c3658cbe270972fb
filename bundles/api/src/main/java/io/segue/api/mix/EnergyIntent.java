package io.segue.api.mix;

/** Where the DJ wants the energy of the set to go with the next track. */
public enum EnergyIntent {
    MAINTAIN,
    UP,
    DOWN
}
