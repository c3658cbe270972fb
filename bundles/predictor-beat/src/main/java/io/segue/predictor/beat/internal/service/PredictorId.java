package io.segue.predictor.beat.internal.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/** The service property {@code segue.predictor.id}: the predictor's {@code id()}, for target filters. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PredictorId {

    /** Prepended to the property name derived from the annotation name ({@code predictor.id}). */
    String PREFIX_ = "segue.";

    String value();
}
