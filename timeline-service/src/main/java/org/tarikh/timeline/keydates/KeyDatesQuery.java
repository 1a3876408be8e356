package org.tarikh.timeline.keydates;

import java.time.LocalDate;
import java.util.List;

/**
 * A key-dates question: which articles tell the story, and how many dates and sentences to answer with. Every filter
 * is optional (null or empty).
 *
 * @param from          first day referred to
 * @param to            last day referred to
 * @param publishedFrom only articles published on or after this day
 * @param publishedTo   only articles published on or before this day
 * @param sources       only articles of these outlets or collections (the {@code source} given at ingest)
 * @param lang          only sentences in this language
 * @param words         words that must all occur in the article
 * @param entity        an entity key or name the articles mention
 * @param place         a place key or name the articles mention
 * @param types         only articles that report an event of one of these types
 * @param n             how many dates
 * @param k             sentences per date
 */
public record KeyDatesQuery(LocalDate from, LocalDate to, LocalDate publishedFrom, LocalDate publishedTo,
        List<String> sources, String lang, String words, String entity, String place, List<String> types, int n,
        int k) {

    public static final int DEFAULT_N = 10;
    public static final int MAX_N = 366;
    public static final int DEFAULT_K = 1;
    public static final int MAX_K = 10;
}
