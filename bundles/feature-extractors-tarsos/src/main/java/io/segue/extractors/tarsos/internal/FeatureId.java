package io.segue.extractors.tarsos.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service property {@code segue.feature.id} of a {@code FeatureExtractor} component: its descriptor id, so that a
 * consumer can require one extractor with a target filter such as {@code (segue.feature.id=pitch-yin)}. The same
 * property type as the built-in extractors' (an internal package there, so declared again here).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FeatureId {

    /** Prepended to the property name derived from the annotation name ({@code feature.id}). */
    String PREFIX_ = "segue.";

    /** The extractor's {@code ExtractorDescriptor.id()}. */
    String value();
}
