package org.tarikh.entity.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tarikh.entity.document.Document;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Precision;
import org.tarikh.entity.time.Timex;

/**
 * Events as frames around trigger words, sentence by sentence, in small steps each testable alone: the triggers
 * ({@link Triggers}, {@link Factuality}), which of them report an event ({@link ReportedEvents}), then for each its
 * counts ({@link Casualties}), date ({@link EventDating}), place ({@link EventPlacing}) and participants
 * ({@link Participants}). A future, conditional or negated action is not an event; an event with no date the text
 * or the publication can give is not reported.
 */
public final class FrameEventAnnotator implements EventAnnotator {

    private final Triggers triggers = new Triggers();

    @Override
    public List<Event> events(Document doc) {
        TokenizedText text = doc.tokens();
        List<Timex> timexes = doc.timexes();
        List<List<TriggerHit>> hitsBySentence = triggers.bySentence(text, timexes);
        Timex captionDate = doc.caption() ? timexes.stream().filter(EventDating::dating)
                .filter(x -> x.precision() == Precision.DAY).findFirst().orElse(null) : null;
        List<Event> events = new ArrayList<>();
        List<int[]> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<TriggerHit> hits = hitsBySentence.get(s);
            if (hits.isEmpty()) {
                continue;
            }
            int[] span = sentences.get(s);
            for (TriggerHit h : ReportedEvents.choose(text, hits, timexes, span, doc.publishedAt(),
                    captionDate != null)) {
                Event e = frame(doc, h, hits, span, captionDate);
                if (e != null) {
                    events.add(e);
                }
            }
        }
        return events;
    }

    private static Event frame(Document doc, TriggerHit h, List<TriggerHit> all, int[] span, Timex captionDate) {
        TokenizedText t = doc.tokens();
        EventDating.When when = EventDating.of(t, h, all, span, doc.publishedAt(), captionDate, doc.timexes());
        if (when == null) {
            return null; // no date at all: never invent one
        }
        int sentence = t.get(h.from()).sentence();
        boolean violent = h.violent();
        Casualties.Count killed = violent ? Casualties.killed(t, sentence, all) : null;
        Casualties.Count injured = violent ? Casualties.injured(t, sentence, all) : null;
        EventType type = h.type();
        if (type != EventType.ATTACK && violent && all.stream().anyMatch(o -> o.type() == EventType.ATTACK)) {
            type = EventType.ATTACK;
        }
        int[] clause = Clauses.offsets(t, Clauses.clause(t, h.from()));
        List<Mention> mentions = doc.mentions();
        Set<Mention> subjects = Participants.subjects(t, h, mentions, clause[0], clause[1]);
        int placeEnd = clause[1];
        if (!violent) {
            // "condemned the attack on a mosque in Peshawar": the place after another trigger is that event's
            for (TriggerHit o : all) {
                if (o != h && o.from() > h.to() && o.start() < placeEnd) {
                    placeEnd = o.start();
                }
            }
        }
        String place = EventPlacing.place(t, mentions, subjects, h.start(), clause[0], placeEnd, span, violent);
        List<String> actors = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        Participants.roles(t, h, Participants.pivot(t, h, all), mentions, subjects, clause[0], clause[1], place,
                violent, actors, targets);
        String sentenceText = t.text().substring(span[0], span[1]);
        String trimmed = sentenceText.strip();
        int lead = sentenceText.indexOf(trimmed);
        double confidence = confidence(h, when, killed != null || injured != null || place != null);
        int triggerEnd = t.get(h.to()).end();
        return new Event(type, t.text().substring(h.start(), triggerEnd), h.start(), triggerEnd, when.value(),
                when.precision(), when.basis(), when.mod(), place, List.copyOf(actors), List.copyOf(targets),
                killed == null ? null : killed.value(), killed != null && killed.atLeast(),
                injured == null ? null : injured.value(), injured != null && injured.atLeast(), span[0] + lead,
                span[0] + lead + trimmed.length(), trimmed, confidence,
                trimmed.length() > 160 ? trimmed.substring(0, 160) + "…" : trimmed);
    }

    /** 0.5–0.9: a date from the text beats the caption's and the publication's; a verb beats a noun; arguments add. */
    private static double confidence(TriggerHit h, EventDating.When when, boolean arguments) {
        double confidence = switch (when.basis()) {
            case "TIMEX" -> 0.8;
            case "CAPTION" -> 0.75;
            default -> 0.5;
        };
        if (!h.verb()) {
            confidence -= 0.15;
        }
        if (when.mod() != null && when.own() != null) {
            confidence -= 0.1;
        }
        if (arguments) {
            confidence += 0.1;
        }
        return Math.min(1.0, confidence);
    }
}
