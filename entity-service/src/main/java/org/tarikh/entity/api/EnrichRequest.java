package org.tarikh.entity.api;

/**
 * @param publishedAt ISO date (or date-time) the relative dates of the text are resolved against
 * @param lang        "ar" or "en"; detected when absent
 * @param caption     true when the text is a photo caption (its date dates what it shows)
 * @param articleId   optional: texts sent with the same id are segments of one article, enriched in the order sent,
 *                    and a later surname links to the full name of an earlier one (as on the message path)
 */
public record EnrichRequest(String text, String publishedAt, String lang, Boolean caption, String articleId) {
}
