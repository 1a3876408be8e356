package org.tarikh.entity.api;

/**
 * @param publishedAt ISO date (or date-time) the relative dates of the text are resolved against
 * @param lang        "ar" or "en"; detected when absent
 * @param caption     true when the text is a photo caption (its date dates what it shows)
 * @param articleId   optional, 1 to 64 characters: accepted for callers that name the article a text belongs to;
 *                    the service keeps nothing between requests, so a surname links to a full name only within one
 *                    text (send the whole article as one text)
 */
public record EnrichRequest(String text, String publishedAt, String lang, Boolean caption, String articleId) {
}
