package org.example.segue.bassratio;

import java.lang.annotation.Annotation;

/** A {@link BassRatioConfig} as SCR would hand it to the component, without a framework. */
final class Configs {

    private Configs() {
    }

    static BassRatioConfig config(double lowHz, double highHz, double smoothingSeconds) {
        return new BassRatioConfig() {
            @Override
            public double lowHz() {
                return lowHz;
            }

            @Override
            public double highHz() {
                return highHz;
            }

            @Override
            public double smoothingSeconds() {
                return smoothingSeconds;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return BassRatioConfig.class;
            }
        };
    }
}
