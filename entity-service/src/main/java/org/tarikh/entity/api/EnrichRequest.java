package org.tarikh.entity.api;

/**
 * @param publishedAt ISO date (or date-time) the relative dates of the text are resolved against
 * @param lang        "ar" or "en"; detected when absent
 * @param caption     true when the text is a photo caption (its date dates what it shows)
 */
public record EnrichRequest(String text, String publishedAt, String lang, Boolean caption) {
}
