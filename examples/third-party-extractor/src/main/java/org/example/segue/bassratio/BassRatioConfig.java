package org.example.segue.bassratio;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The parameters of the bass ratio extractor, set through ConfigAdmin under PID {@value #PID} (a
 * {@code config/org.example.segue.bassratio.cfg} file, or {@code segue:config set}). The ranges here are published as
 * metatype; {@link BassRatioSettings} enforces them and the rules between keys.
 */
@ObjectClassDefinition(name = "Bass ratio extractor",
        description = "The share of the spectrum's energy in a bass band, per frame and smoothed.")
public @interface BassRatioConfig {

    String PID = "org.example.segue.bassratio";

    @AttributeDefinition(min = "0", max = "1000",
            description = "Lower edge of the bass band in Hz, 0..1000, below highHz (default 20)")
    double lowHz() default BassRatioSettings.DEFAULT_LOW_HZ;

    @AttributeDefinition(min = "10", max = "2000",
            description = "Upper edge of the bass band in Hz, 10..2000, above lowHz (default 150)")
    double highHz() default BassRatioSettings.DEFAULT_HIGH_HZ;

    @AttributeDefinition(min = "0.05", max = "60",
            description = "Time constant of the smoothed output in seconds, 0.05..60 (default 1)")
    double smoothingSeconds() default BassRatioSettings.DEFAULT_SMOOTHING_SECONDS;
}
