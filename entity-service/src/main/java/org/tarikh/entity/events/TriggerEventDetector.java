package org.tarikh.entity.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.time.Precision;
import org.tarikh.entity.time.Timex;

/** Events around trigger words, one per sentence, dated by the sentence's own date or the caption's. */
public final class TriggerEventDetector implements EventDetector {

    private static final Map<String, EventType> TRIGGERS = Map.ofEntries(
            Map.entry("attack", EventType.ATTACK), Map.entry("attacked", EventType.ATTACK),
            Map.entry("hit", EventType.ATTACK), Map.entry("shot down", EventType.ATTACK),
            Map.entry("launched", EventType.ATTACK), Map.entry("struck", EventType.ATTACK),
            Map.entry("killed", EventType.KILLING), Map.entry("wounded", EventType.INJURY),
            Map.entry("هجوم", EventType.ATTACK), Map.entry("قصف", EventType.ATTACK),
            Map.entry("استهدف", EventType.ATTACK), Map.entry("قتل", EventType.KILLING),
            Map.entry("أصيب", EventType.INJURY));

    private static final Pattern TRIGGER = Pattern.compile(
            "(?<![\\p{L}])(" + String.join("|", TRIGGERS.keySet()) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?؟]+[.!?؟]*");

    @Override
    public List<Event> detect(String text, LocalDate publishedAt, boolean caption, List<Mention> mentions,
            List<Timex> timexes) {
        List<Event> events = new ArrayList<>();
        Timex captionDate = caption ? timexes.stream().filter(t -> t.precision() == Precision.DAY).findFirst()
                .orElse(null) : null;
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            Matcher t = TRIGGER.matcher(text).region(s.start(), s.end());
            if (!t.find()) {
                continue;
            }
            int start = s.start();
            int end = s.end();
            Timex own = timexes.stream().filter(x -> x.start() >= start && x.end() <= end).findFirst().orElse(null);
            Timex dating = own != null ? own : captionDate;
            String date = dating != null ? dating.value() : publishedAt == null ? null : publishedAt.toString();
            if (date == null) {
                continue;
            }
            String basis = own != null ? "TIMEX" : dating != null ? "CAPTION" : "PUBLICATION";
            Precision precision = dating != null ? dating.precision() : Precision.DAY;
            EventType type = TRIGGERS.get(t.group(1).toLowerCase(Locale.ROOT));
            String sentence = text.substring(start, end).strip();
            events.add(new Event(type, t.group(1), t.start(), t.end(), date, precision, basis, null, List.of(),
                    List.of(), null, false, null, false, start, end, sentence, dating != null ? 0.6 : 0.4,
                    sentence.length() > 160 ? sentence.substring(0, 160) + "…" : sentence));
        }
        return events;
    }
}
