package org.tarikh.timeline.keydates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceDatesTest {

    static SentenceDates.Timex timex(String text, String surface, String value, String precision, String anchor) {
        int at = text.indexOf(surface);
        return new SentenceDates.Timex(at, at + surface.length(), surface, value, "DATE", precision, anchor);
    }

    @Test
    void eachSentenceGetsTheDaysItsOwnExpressionsResolveTo() {
        String text = "The WHO raised its alert on 29 April 2009. Mexico closed schools on Friday. Cases rose in May.";
        var refs = SentenceDates.of("PARAGRAPH", text, null, List.of(
                timex(text, "29 April 2009", "2009-04-29", "DAY", "ABSOLUTE"),
                timex(text, "Friday", "2009-04-24", "DAY", "PUBLICATION"),
                timex(text, "May", "2009-05", "MONTH", "PUBLICATION")));
        assertEquals(2, refs.size(), "a month is not a day: " + refs);
        assertEquals("The WHO raised its alert on 29 April 2009.", refs.get(0).sentence());
        assertEquals(LocalDate.of(2009, 4, 29), refs.get(0).day());
        assertTrue(refs.get(0).explicit());
        assertEquals("Mexico closed schools on Friday.", refs.get(1).sentence());
        assertEquals(text.indexOf("Mexico"), refs.get(1).sentenceStart());
        assertFalse(refs.get(1).explicit(), "'Friday' is resolved against the publication date");
    }

    @Test
    void theProducersSentencesWinAndADayIsCountedOncePerSentence() {
        String text = "On 3 May, and again on 3 May, officials met. Dr. Smith spoke on 4 May.";
        int second = text.indexOf("Dr.");
        int again = text.indexOf("3 May", 5);
        var sentences = List.of(new SentenceDates.Span(0, second - 1), new SentenceDates.Span(second, text.length()));
        var refs = SentenceDates.of("PARAGRAPH", text, sentences, List.of(
                new SentenceDates.Timex(3, 8, "3 May", "2009-05-03", "DATE", "DAY", "PUBLICATION"),
                new SentenceDates.Timex(again, again + 5, "3 May", "2009-05-03", "DATE", "DAY", "PUBLICATION"),
                timex(text, "4 May", "2009-05-04", "DAY", "PUBLICATION")));
        assertEquals(2, refs.size(), refs.toString());
        assertEquals("Dr. Smith spoke on 4 May.", refs.get(1).sentence(), "not split after 'Dr.'");
        assertTrue(refs.get(1).explicit(), "a written-out day is explicit even when its year came from publication");
    }

    @Test
    void boilerplateDurationsAndUnresolvedValuesReferToNoDay() {
        String text = "Updated 12 May 2009. For three days.";
        var timexes = List.of(timex(text, "12 May 2009", "2009-05-12", "DAY", "ABSOLUTE"));
        assertTrue(SentenceDates.of("BOILERPLATE", text, null, timexes).isEmpty());
        assertTrue(SentenceDates.of("PARAGRAPH", text, null, List.of(
                new SentenceDates.Timex(21, 35, "For three days", "P3D", "DURATION", "DAY", null),
                new SentenceDates.Timex(8, 14, "May 12", "XXXX-05-12", "DATE", "DAY", null),
                new SentenceDates.Timex(8, 14, "May 32", "2009-05-32", "DATE", "DAY", null))).isEmpty());
    }
}
