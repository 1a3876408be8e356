package org.tarikh.entity.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tarikh.entity.document.Document;
import org.tarikh.entity.ner.EntityType;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
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
        withoutNames(hitsBySentence, doc.mentions(), text);
        boolean notNews = notNews(text);
        Timex captionDate = doc.caption() ? timexes.stream().filter(EventDating::dating)
                .filter(x -> x.precision() == Precision.DAY).findFirst().orElse(null) : null;
        List<Event> events = new ArrayList<>();
        List<int[]> sentences = text.sentences();
        Event lastDated = null; // the last violent event dated to a day, and its sentence: a discourse date
        int lastDatedSentence = Integer.MIN_VALUE / 2;
        for (int s = 0; s < sentences.size(); s++) {
            List<TriggerHit> hits = hitsBySentence.get(s);
            if (hits.isEmpty()) {
                continue;
            }
            int[] span = sentences.get(s);
            if (fictionFrame(text, s)) {
                continue; // "In the novel, the hero is killed", "في الفيلم يقتل البطل": a story's world, not news
            }
            if (notNews && EventCues.anyIn(EventCues.Kind.NOT_NEWS, text, text.firstTokenOf(s), text.firstTokenOf(s + 1) - 1)) {
                // "كارميلو أنطوني ... وأضاف زميله 13 نقطة", "creatures were killed": a game, not news — but a person's
                // death told with its own date or age is news in a sport page too ("توفي صباح أمس اللاعب …")
                int sentence = s;
                hits = hits.stream().filter(h -> datedDeath(text, h, timexes, sentence) || personHurt(text, h))
                        .toList();
                if (hits.isEmpty()) {
                    continue;
                }
            }
            for (TriggerHit h : ReportedEvents.choose(text, hits, timexes, span, doc.publishedAt(),
                    captionDate != null, doc.mentions())) {
                EventDating.When carried = lastDated != null && s - lastDatedSentence <= 2 && h.violent()
                        && EventDating.refersBack(text, h)
                        ? new EventDating.When(lastDated.date(), lastDated.precision(), "TIMEX", lastDated.dateMod(),
                                null)
                        : null;
                Event e = frame(doc, h, hits, span, captionDate, carried);
                if (e != null) {
                    events.add(e);
                    if (e.type().violent() && "TIMEX".equals(e.dateBasis()) && e.precision() == Precision.DAY) {
                        lastDated = e;
                        lastDatedSentence = s;
                    }
                }
            }
        }
        return events;
    }

    private static Event frame(Document doc, TriggerHit h, List<TriggerHit> all, int[] span, Timex captionDate,
            EventDating.When carried) {
        TokenizedText t = doc.tokens();
        EventDating.When when = EventDating.of(t, h, all, span, doc.publishedAt(), captionDate, doc.timexes());
        if (when == null) {
            return null; // no date at all: never invent one
        }
        if (carried != null && when.basis().equals("PUBLICATION")) {
            when = carried; // "وكان الانفجار…" after "أمس الأحد": the event the story has just dated
        }
        int sentence = t.get(h.from()).sentence();
        boolean violent = h.violent();
        Casualties.Count killed = violent ? Casualties.killed(t, sentence, all, doc.timexes()) : null;
        Casualties.Count injured = violent ? Casualties.injured(t, sentence, all, doc.timexes()) : null;
        if (killed == null && violent && h.type() != EventType.DEATH && all.stream().anyMatch(o -> (o.verb()
                || periphrasis(t, o)) && o.type() == EventType.KILLING && namedVictim(t, o, doc.mentions()))) {
            killed = new Casualties.Count(1, false); // "اغتيل أحمد سالم", "Jane Doe was killed": one named victim
        }
        if (injured == null && h.type() == EventType.INJURY && oneNamedUndergoer(t, h, doc.mentions())) {
            injured = new Casualties.Count(1, false); // "تعرض الفرنسي سيباستيان لوب … لكسر في يده": one named person
        }
        EventType type = h.type();
        if (type != EventType.ATTACK && violent && all.stream().anyMatch(o -> o.type() == EventType.ATTACK)) {
            type = EventType.ATTACK;
        } else if (type == EventType.KILLING || type == EventType.DEATH) {
            type = deathKind(t, sentence, type);
        }
        if (type == EventType.DEATH && killed != null && killed.value() == 1 && all.stream().anyMatch(o -> o.verb()
                && o.type() == EventType.DEATH && namedVictim(t, o, doc.mentions()))) {
            killed = null; // "توفي الشاعر محمود درويش": one named person's natural death, not a toll
        }
        if ((type == EventType.KILLING || type == EventType.INJURY) && EventCues.anyIn(EventCues.Kind.ATTACK_MEANS, t,
                t.firstTokenOf(sentence), t.firstTokenOf(sentence + 1) - 1)) {
            type = EventType.ATTACK; // "قتل صبي إثر سقوط قذيفة هاون", "killed by sniper fire": the means tell an attack
        }
        int[] clause = Clauses.offsets(t, Clauses.clause(t, h.from()));
        int hitEnd = t.get(h.to()).end();
        // a name read into the trigger itself ("أودى" as the car maker) is neither actor nor place
        // nor is a name inside a date: "في آب 2004" is August, not Ibb in Yemen; "أيار"، "تموز" are months too
        List<Mention> mentions = doc.mentions().stream().filter(m -> m.end() <= h.start() || m.start() >= hitEnd)
                .filter(m -> doc.timexes().stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end()))
                .toList();
        Set<Mention> subjects = Participants.subjects(t, h, mentions, clause[0], clause[1]);
        int placeEnd = clause[1];
        if (!violent) {
            // "condemned the attack on a mosque in Peshawar": the place after another trigger is that event's
            for (TriggerHit o : all) {
                if (o != h && o.type() != h.type() && o.from() > h.to() && o.start() < placeEnd) {
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

    /**
     * A trigger word inside a name is part of the name: علي بن أبي طالب, the Attack Helicopter Battalion. A verb that
     * is the whole of a one-word name ("أودى بحياة", not the car maker) is read as the verb: its phrase was found.
     */
    private static void withoutNames(List<List<TriggerHit>> hits, List<Mention> mentions, TokenizedText t) {
        for (List<TriggerHit> sentence : hits) {
            sentence.removeIf(h -> mentions.stream().anyMatch(m -> (m.type() == EntityType.PERSON
                    || m.type() == EntityType.ORGANIZATION) && h.start() >= m.start() && h.start() < m.end()
                    && !(h.verb() && !h.trigger().needs().isEmpty() && m.end() <= t.get(h.to()).end())
                    && !swallowedVerb(t, h, m, mentions)));
        }
    }

    /**
     * Whether the name tagger read an Arabic verb that opens its sentence or clause as a name (VSO puts the verb right
     * before its subject): into the organization after it ("دان مجلس الأمن الهجوم" as one organization: no
     * organization's name begins with a verb), or as a one-word person right before another name or a word with the
     * article ("دان مجلس الأمن"، "دان الرئيس": a given name alone is followed by the family name). A person's full name
     * that begins like a verb ("دان حالوتس", Dan Halutz) still drops it.
     */
    private static boolean swallowedVerb(TokenizedText t, TriggerHit h, Mention m, List<Mention> mentions) {
        if (!h.verb() || t.get(h.from()).script() != Script.ARABIC || !Triggers.opening(t, h.from())
                || h.start() > m.start() + 1) {
            return false;
        }
        int end = t.get(h.to()).end();
        if (m.type() == EntityType.ORGANIZATION) {
            return m.end() > end;
        }
        if (m.end() > end || h.to() + 1 >= t.size() || t.get(h.to() + 1).sentence() != t.get(h.from()).sentence()) {
            return false;
        }
        Token next = t.get(h.to() + 1);
        return Clitics.hasArticle(Clitics.bare(next.form()))
                || mentions.stream().anyMatch(o -> o != m && o.start() == next.start());
    }

    /**
     * Whether an injury undergone (تعرض ل…) happened to one named person: one PERSON name between تعرض and the noun
     * (VSO: "تعرض الفرنسي سيباستيان لوب … لكسر") or in the two words before تعرض ("فإن لوب تعرض لهذه الإصابة").
     */
    static boolean oneNamedUndergoer(TokenizedText t, TriggerHit h, List<Mention> mentions) {
        int k = ReportedEvents.underwentAt(t, h);
        if (k < 0) {
            return false;
        }
        return k + 1 < h.from() && people(t, mentions, k + 1, h.from() - 1) == 1
                || k > 0 && people(t, mentions, Math.max(0, k - 2), k - 1) == 1;
    }

    /** How many PERSON names overlap tokens [from, to]. */
    private static long people(TokenizedText t, List<Mention> mentions, int from, int to) {
        int start = t.get(from).start();
        int end = t.get(to).end();
        return mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.start() < end && m.end() > start)
                .count();
    }

    /** An Arabic verbal noun after تم or جرى, the passive said with a light verb: "تم اغتيال رئيس البلدية". */
    static boolean periphrasis(TokenizedText t, TriggerHit h) {
        if (h.verb() || h.from() == 0 || t.get(h.from()).script() != Script.ARABIC) {
            return false;
        }
        String before = Clitics.withoutConjunction(t.get(h.from() - 1).form());
        return before.equals("تم") || before.equals("جري"); // forms are normalized: جرى is جري
    }

    /**
     * Whether one person's name is the victim of a killing or death verb: right after an Arabic verb (its subject or
     * object: "اغتيل أحمد سالم", "توفي الفنان محمد"), or right before an English passive ("Jane Doe was killed"), with
     * no second name joined to it.
     */
    static boolean namedVictim(TokenizedText t, TriggerHit h, List<Mention> mentions) {
        int sentence = t.get(h.from()).sentence();
        boolean arabic = t.get(h.from()).script() == Script.ARABIC;
        int from;
        int to;
        if (arabic) {
            from = h.to() + 1;
            // "تم اغتيال وريث العرش النمساوي فرانز فيرديناند": after a verbal noun the victim's title may be longer
            to = Math.min(h.to() + (periphrasis(t, h) ? 5 : 3), t.size() - 1);
        } else {
            if (h.from() < 2 || !(t.get(h.from() - 1).is("was") || t.get(h.from() - 1).is("been"))) {
                return false;
            }
            from = Math.max(0, h.from() - 2);
            to = h.from() - 1;
        }
        if (from > to || t.get(to).sentence() != sentence) {
            return false;
        }
        int start = t.get(from).start();
        int end = t.get(to).end();
        List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.start() < end
                && m.end() > start).toList();
        if (people.size() != 1) {
            return false;
        }
        Mention m = people.get(0);
        for (int k = h.to() + 1; k < t.size() && t.get(k).sentence() == sentence && t.get(k).start() < m.end() + 2;
                k++) {
            int at = t.get(k).start();
            if (at >= m.end() && (t.get(k).is("و") || t.get(k).is("and")
                    || t.get(k).form().startsWith("و") && mentions.stream().anyMatch(o -> o != m
                            && o.type() == EntityType.PERSON && o.start() <= at + 1 && o.end() > at))) {
                return false; // "X and Y were killed": two
            }
        }
        return true;
    }

    /**
     * Whether a trigger is a death no one inflicted, told by a verb (توفي، فارق الحياة, died) with a date of its own
     * sentence or the person's age (عن عمر يناهز، aged): in a text of sport or software words, still a real death —
     * fiction and games tell theirs without a calendar.
     */
    static boolean datedDeath(TokenizedText t, TriggerHit h, List<Timex> timexes, int sentence) {
        if (h.type() != EventType.DEATH || !h.verb()) {
            return false;
        }
        int[] span = t.sentences().get(sentence);
        if (timexes.stream().anyMatch(x -> x.start() >= span[0] && x.start() < span[1] && EventDating.dating(x))) {
            return true;
        }
        for (int k = t.firstTokenOf(sentence); k < t.firstTokenOf(sentence + 1) && k < t.size(); k++) {
            if (t.get(k).is("عمر") || t.get(k).is("aged")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an injury happened to someone as a verb or an undergoing tells it ("أصيب اللاعب بكسر", "تعرض المهاجم
     * للإصابة في الدقيقة 65", "a torn cartilage in his knee"): on a sport page a player's injury is news as an athlete's
     * death is; an attack word there ("هجمات الفريق") stays the game's.
     */
    static boolean personHurt(TokenizedText t, TriggerHit h) {
        return h.type() == EventType.INJURY && (h.verb() || !h.trigger().needs().isEmpty()
                || ReportedEvents.underwent(t, h));
    }

    /**
     * Whether a sentence opens by setting a story, a game or a show as its frame: "In the novel, …", "في الفيلم …",
     * "في اللعبة": a preposition of place and a NOT_NEWS word within its first three tokens.
     */
    private static boolean fictionFrame(TokenizedText t, int s) {
        int from = t.firstTokenOf(s);
        int to = Math.min(t.firstTokenOf(s + 1) - 1, from + 2);
        if (from > to) {
            return false;
        }
        String first = t.get(from).form();
        boolean in = first.equals("in") || first.equals("في") || first.equals("وفي");
        if (!in) {
            return false;
        }
        for (int k = from + 1; k <= to; k++) {
            if (EventCues.is(EventCues.Kind.FICTION, t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text reads as sport, a game, software, fiction or natural history rather than news: at least three
     * different words of theirs (events/cues.tsv NOT_NEWS). Its sentences with such a word then report no event. A
     * domain shows in its vocabulary, not in one word said again: "الأسد" five times is a president's name in a news
     * story, "الأسد" with "الأشبال" and "فريسة" a text about lions.
     */
    private static boolean notNews(TokenizedText t) {
        Set<String> cues = new java.util.HashSet<>();
        for (int i = 0; i < t.size() && cues.size() < 3; i++) {
            if (EventCues.is(EventCues.Kind.NOT_NEWS, t, i)) {
                cues.add(Clitics.bare(t.get(i).form()));
            }
        }
        return cues.size() >= 3;
    }

    /**
     * Who or what caused a death decides its kind: a disease, a disaster or a crash makes it a DEATH ("the virus has
     * killed 60", "لقوا حتفهم في الزلزال"); wounds, gunfire or a blast make a death word a KILLING ("died of wounds").
     */
    private static EventType deathKind(TokenizedText t, int sentence, EventType type) {
        int from = t.firstTokenOf(sentence);
        int to = t.firstTokenOf(sentence + 1) - 1;
        if (EventCues.anyIn(EventCues.Kind.NATURAL_CAUSE, t, from, to)) {
            return EventType.DEATH;
        }
        if (type == EventType.DEATH && EventCues.anyIn(EventCues.Kind.VIOLENT_CONTEXT, t, from, to)) {
            return EventType.KILLING;
        }
        return type;
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
