package org.tarikh.timeline.keydates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a segment's sentences refer to: for each sentence, each temporal expression resolved to a day (precision
 * DAY or TIME, a calendar value like {@code 2009-04-24}) gives one {@link Reference}. Every sentence counts, not only
 * those that report a typed event: "The WHO raised its alert to phase 5 on 29 April" matters to a story's key
 * dates whatever the event tagger made of it.
 */
public final class SentenceDates {

    /** At most this many references are kept per segment (a table of dates is not a story's sentences). */
    public static final int MAX_PER_SEGMENT = 48;
    /** A stored sentence is cut here (at a word boundary); its offsets stay those of the whole sentence. */
    public static final int MAX_SENTENCE = 1000;

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    /** The split used when the producer sent no sentences: after . ! ? ؟ followed by space. */
    private static final Pattern END = Pattern.compile("(?<=[.!?؟])\\s+");

    private SentenceDates() {
    }

    /** A temporal expression as the enrichment gives it, in segment offsets. */
    public record Timex(int start, int end, String text, String value, String type, String precision, String anchor) {
    }

    /** A sentence, in segment offsets. */
    public record Span(int start, int end) {
    }

    /**
     * One sentence's reference to one day.
     *
     * @param explicit the expression writes the day out (it has digits, or was resolved without the publication
     *                 date): "24 April", not "Friday" or "yesterday"
     */
    public record Reference(int sentenceStart, int sentenceEnd, String sentence, LocalDate day, boolean explicit) {
    }

    /**
     * @param kind      the segment's kind: boilerplate and source lines refer to no day of the story
     * @param text      the segment's text
     * @param sentences its sentences in segment offsets; null or empty: split at sentence punctuation
     */
    public static List<Reference> of(String kind, String text, List<Span> sentences, List<Timex> timexes) {
        if (text == null || timexes == null || timexes.isEmpty() || "BOILERPLATE".equals(kind)
                || "SOURCE".equals(kind)) {
            return List.of();
        }
        List<Span> spans = sentences == null || sentences.isEmpty() ? split(text) : sentences;
        Set<String> seen = new LinkedHashSet<>();
        List<Reference> out = new ArrayList<>();
        for (Timex t : timexes) {
            LocalDate day = day(t);
            if (day == null) {
                continue;
            }
            Span s = containing(spans, t.start(), text.length());
            if (!seen.add(s.start() + "|" + day)) {
                continue;
            }
            out.add(new Reference(s.start(), s.end(), clip(text.substring(s.start(), s.end()).strip()), day,
                    explicit(t)));
            if (out.size() == MAX_PER_SEGMENT) {
                break;
            }
        }
        return out;
    }

    /** The day a timex resolves to, or null when it is not a single calendar day. */
    static LocalDate day(Timex t) {
        if (t.value() == null || !("DAY".equals(t.precision()) || "TIME".equals(t.precision()))
                || "DURATION".equals(t.type()) || "SET".equals(t.type())) {
            return null;
        }
        Matcher m = DAY.matcher(t.value());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static boolean explicit(Timex t) {
        if ("ABSOLUTE".equals(t.anchor())) {
            return true;
        }
        String s = t.text() == null ? "" : t.text();
        return s.codePoints().anyMatch(Character::isDigit);
    }

    private static Span containing(List<Span> spans, int at, int length) {
        for (Span s : spans) {
            if (s.start() <= at && at < s.end() && s.start() >= 0 && s.end() <= length) {
                return s;
            }
        }
        return new Span(0, length); // offsets the producer got wrong: the segment is the sentence
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(new Span(from, m.start()));
            from = m.end();
        }
        if (from < text.length()) {
            out.add(new Span(from, text.length()));
        }
        return out;
    }

    static String clip(String sentence) {
        if (sentence.length() <= MAX_SENTENCE) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_SENTENCE - 1);
        return sentence.substring(0, cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE - 1) + "…";
    }
}
