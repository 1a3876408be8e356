package org.tarikh.timeline.keydates;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON of {@code GET /api/keydates}: the key dates, best first. */
public record KeyDatesAnswer(List<KeyDateView> dates) {

    /**
     * One key date and why it was chosen.
     *
     * @param articles  how many of the selected articles refer to the day
     * @param outlets   from how many outlets
     * @param published how many of the selected articles were published on the day
     * @param events    how many events of the chronology the selected articles date to the day
     * @param score     the ranking score (comparable within one answer)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyDateView(String date, List<SentenceView> sentences, int articles, int outlets, int published,
            long events, double score, String why) {
    }

    /** A stored sentence that refers to the day, and where it comes from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentenceView(String text, String articleId, String segmentId, String source, String publishedAt) {
    }

    public static KeyDatesAnswer of(List<KeyDateRanker.KeyDate> dates) {
        return new KeyDatesAnswer(dates.stream().map(d -> new KeyDateView(d.day().toString(),
                d.sentences().stream().map(s -> new SentenceView(s.text(), s.articleId(), s.segmentId(), s.source(),
                        s.published() == null ? null : s.published().toString())).toList(),
                d.articles(), d.outlets(), d.published(), d.events(), Math.round(d.score() * 1000) / 1000.0,
                why(d))).toList());
    }

    static String why(KeyDateRanker.KeyDate d) {
        return "referred to by " + d.articles() + (d.articles() == 1 ? " article" : " articles") + " from "
                + d.outlets() + (d.outlets() == 1 ? " outlet" : " outlets") + "; " + d.published() + " published that day; "
                + d.events() + (d.events() == 1 ? " event" : " events") + " dated to it";
    }
}
