package io.segue.api.feature;

/**
 * An extractor as the pipeline sees it.
 *
 * @param descriptor its self-description
 * @param bundle     the symbolic name of the bundle that registered it
 * @param ranking    its service ranking; of two extractors with the same id the higher ranking is used
 * @param active     whether its values are in the live stream's frames (false for a lower-ranked duplicate)
 */
public record ExtractorInfo(ExtractorDescriptor descriptor, String bundle, int ranking, boolean active) {
}
