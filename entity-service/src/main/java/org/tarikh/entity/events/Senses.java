package org.tarikh.entity.events;

import java.util.Set;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * Word senses decided by the trigger's arguments, for English verbs that name an event in news and something else
 * elsewhere: "executed" kills only a person ("the prisoner was executed", not "the script was executed"), "killed"
 * kills no thing ("the update killed the battery life", "creatures were killed"), "agreed with" and "agreed that" are
 * opinions, not agreements.
 */
final class Senses {

    private Senses() {
    }

    private static final Set<String> AUX = Set.of("was", "were", "been", "be", "being", "is", "are", "got", "get");
    private static final Set<String> PRONOUNS = Set.of("him", "her", "them", "he", "she", "they", "who", "his",
            "himself", "herself", "themselves", "someone", "anyone", "everyone", "us", "me", "you");
    private static final Set<String> STOP = Set.of("by", "in", "at", "on", "for", "with", "after", "during", "when",
            "while", "to", "from", "of", "as", "and", ".", ",", ";", ":");

    /** Whether the trigger, as its arguments show, means the event it is listed for. */
    static boolean plausible(TokenizedText t, TriggerHit h) {
        if (h.type() == EventType.DEATH && h.verb() && thingDies(t, h)) {
            return false; // "ماتت القضية في أدراج البرلمان", "the bill died in committee": a metaphor
        }
        if (t.get(h.from()).script() == Script.ARABIC) {
            return !verbalAttack(t, h) && !risk(t, h);
        }
        if (h.type() == EventType.DEATH && h.to() > h.from() && t.get(h.to()).is("dead") && deadBeforeNoun(t, h)) {
            return false; // "researchers found dead birds near the lake": "dead" describes what was found
        }
        if (t.get(h.from()).script() != Script.LATIN || !h.verb()) {
            return true;
        }
        String verb = t.get(h.from()).form();
        if (h.type() == EventType.ATTACK && verb.startsWith("attack") && !violentSentence(t, h)
                && politicalTarget(t, h)) {
            return false; // "the opposition attacked the government's policy": words, not force
        }
        if (h.type() == EventType.AGREEMENT && verb.equals("agreed")) {
            return !(h.to() + 1 < t.size() && (t.get(h.to() + 1).is("with") || t.get(h.to() + 1).is("that")));
        }
        if (h.type() != EventType.KILLING || h.to() != h.from()) {
            return true;
        }
        Patient p = patient(t, h);
        if (p.thing) {
            return false; // "the update killed the battery", "creatures were killed"
        }
        if (verb.startsWith("execut")) {
            return p.person || p.none && p.passive; // "was executed" of someone told before
        }
        return true;
    }

    /** Words that may follow a predicative "found dead": where, when, how, with what ("found dead in his flat"). */
    private static final Set<String> AFTER_PREDICATE = Set.of("in", "at", "on", "inside", "near", "outside", "under",
            "beneath", "behind", "after", "with", "by", "and", "or", "but", "when", "while", "as", "last", "this",
            "yesterday", "today", "tonight", "early", "late", "overnight", "hours", "days", "weeks", "alongside",
            "beside", "following", "next", "off", "within", "among", "amid", "around", "from", "close", "there",
            "here", "two", "three", "the", "a", "an", "shortly", "soon", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /**
     * Whether the "dead" of "found dead" describes the word after it, the object found ("found dead bodies", "found
     * dead fish in the river"), rather than telling that someone was found dead ("was found dead in the rubble",
     * "found dead on Monday", "found dead."): the next word is a word of its own, not a place, time or manner.
     */
    private static boolean deadBeforeNoun(TokenizedText t, TriggerHit h) {
        int k = h.to() + 1;
        if (k >= t.size() || t.get(k).sentence() != t.get(h.from()).sentence()) {
            return false;
        }
        Token next = t.get(k);
        String f = next.form();
        return next.script() == Script.LATIN && !next.isPunctuation() && !AFTER_PREDICATE.contains(f)
                && !f.endsWith("ly") && Character.isLowerCase(t.text().charAt(next.start()));
    }

    /**
     * Whether a death verb's subject is a thing, not a person: the word right after an Arabic verb (VSO: "ماتت
     * المبادرة"), the word right before an English one ("the bill died", "talks died"); events/cues.tsv THING.
     */
    private static boolean thingDies(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        int k = t.get(h.from()).script() == Script.ARABIC ? h.to() + 1 : h.from() - 1;
        return k >= 0 && k < t.size() && t.get(k).sentence() == sentence && EventCues.is(EventCues.Kind.THING, t, k);
    }

    /**
     * Whether an attack verb is, by its arguments, a verbal attack — words aimed at a political target or said with a
     * participle of saying ("شن المندوب هجوما عنيفا على الأمين العام لأن تقريره…", "the opposition attacked the
     * government's policy"): criticism, which is a statement, not force.
     */
    static boolean verbal(TokenizedText t, TriggerHit h) {
        if (t.get(h.from()).script() == Script.ARABIC) {
            // an attack said as such ("هاجم"، "شن هجوما"); "شنت الحكومة حربا على الفساد" is a campaign, not words
            return verbalAttack(t, h) && (Clitics.bare(t.get(h.from()).form()).startsWith("هاجم")
                    || attackNounAfter(t, h));
        }
        return t.get(h.from()).script() == Script.LATIN && h.verb() && h.type() == EventType.ATTACK
                && t.get(h.from()).form().startsWith("attack") && !violentSentence(t, h) && politicalTarget(t, h);
    }

    private static final Set<String> ATTACK_NOUNS = Set.of("هجوم", "هجوما", "هجمات");

    private static boolean attackNounAfter(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        for (int k = h.to() + 1; k < t.size() && k <= h.to() + 6 && t.get(k).sentence() == sentence; k++) {
            if (ATTACK_NOUNS.contains(Clitics.bare(t.get(k).form()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A threat of something that is no violence is a statement: "هدد الإقليم بالانفصال"، "هددت النقابة بالإضراب"،
     * "threatened to resign" (a threat to cut ties or to secede is words, not force). The threatened act is the first
     * verbal noun with ب in the six words after an Arabic threat verb, the verb after "to" in English; it is violent
     * when it or one of the two words after it is a THREATENED cue ("هدد الجيش بقصف المدينة"، "هددت الحركة بتنفيذ
     * هجمات"، "threatened to attack"). A threat with no such object
     * ("هدد إسرائيل"، "هدد بأن…") stays a threat.
     */
    static boolean nonViolentThreat(TokenizedText t, TriggerHit h) {
        if (h.type() != EventType.THREAT || !h.verb()) {
            return false;
        }
        int k;
        if (t.get(h.from()).script() == Script.LATIN) {
            k = h.to() + 2 < t.size() && t.get(h.to() + 1).is("to") ? h.to() + 2 : -1;
        } else {
            k = Triggers.orderedNoun(t, h.to());
        }
        if (k < 0 || EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
            return false;
        }
        // the act and its complement: "بتنفيذ هجمات"، "to carry out attacks"
        for (int j = k; j < t.size() && j <= k + 2 && t.get(j).sentence() == t.get(h.from()).sentence(); j++) {
            if (t.get(j).isPunctuation()) {
                break;
            }
            if (EventCues.is(EventCues.Kind.THREATENED, t, j)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> RESULT_RELATIVES = Set.of("ما", "مما", "بما");

    /**
     * A threat verb right after "ما"/"مما" (which, a thing that) tells a risk that follows from what came before, not
     * an actor's threat: "انتشرت الأوبئة مما يهدد حياة الآلاف", "ارتفع منسوب النهر ما يهدد القرى"; "هدد الجيش
     * بقصف المدينة" is one.
     */
    private static boolean risk(TokenizedText t, TriggerHit h) {
        if (h.type() != EventType.THREAT || h.from() == 0) {
            return false;
        }
        Token before = t.get(h.from() - 1);
        return before.sentence() == t.get(h.from()).sentence() && RESULT_RELATIVES.contains(before.form());
    }

    /**
     * A verbal attack, in a sentence that names no means of violence: an attack verb licensed only by its noun ("شن
     * هجوما حادا على الولايات المتحدة قائلة إن…") in a sentence that speaks (a participle of saying or blaming:
     * قائلا، متهما، واصفا), or an attack verb aimed at a political target ({@link #politicalTarget}).
     */
    private static boolean verbalAttack(TokenizedText t, TriggerHit h) {
        if (h.type() != EventType.ATTACK || !h.verb()) {
            return false;
        }
        if (violentSentence(t, h)) {
            return false;
        }
        int from = t.firstTokenOf(t.get(h.from()).sentence());
        int to = t.firstTokenOf(t.get(h.from()).sentence() + 1) - 1;
        if (!h.trigger().needs().isEmpty() && EventCues.anyIn(EventCues.Kind.SPEECH_MANNER, t, from, to)) {
            return true;
        }
        return politicalTarget(t, h);
    }

    /** Whether the trigger's sentence names a means of violence or a violent word (a shell, gunfire, a blast). */
    private static boolean violentSentence(TokenizedText t, TriggerHit h) {
        int from = t.firstTokenOf(t.get(h.from()).sentence());
        int to = t.firstTokenOf(t.get(h.from()).sentence() + 1) - 1;
        return EventCues.anyIn(EventCues.Kind.ATTACK_MEANS, t, from, to)
                || EventCues.anyIn(EventCues.Kind.VIOLENT_CONTEXT, t, from, to);
    }

    /**
     * Whether what an attack verb is aimed at, in the ten words after it and its clause, is political — a
     * government, political forces, an office holder, the press ("هاجم نصر الله رئيس الوزراء", "شن هجوما عنيفا على
     * بعض القوى السياسية") — with no armed actor, no place attacked and no count there: words, not force ("هاجم
     * مسلحون موكب الوزير", "شنت الطائرات هجوما على مقر الحكومة" stay attacks; in English "the opposition attacked the
     * government's policy" is words, "gunmen attacked the minister's convoy" force).
     */
    private static boolean politicalTarget(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        boolean political = false;
        for (int k = h.to() + 1; k < t.size() && k <= h.to() + 10 && t.get(k).sentence() == sentence; k++) {
            if (k > h.to() + 1 && Clauses.clauseMark(t.get(k))) {
                break;
            }
            if (EventCues.is(EventCues.Kind.ARMED, t, k) || Numbers.at(t, k) != null) {
                return false;
            }
            political |= EventCues.is(EventCues.Kind.POLITICAL, t, k);
        }
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 3 && t.get(k).sentence() == sentence; k--) {
            if (EventCues.is(EventCues.Kind.ARMED, t, k)) {
                return false; // "القوات التي هاجمت…": an armed subject before the verb
            }
        }
        return political;
    }

    private record Patient(boolean person, boolean thing, boolean none, boolean passive) {
    }

    /**
     * What the verb is done to: the words before a passive ("three men were executed") or after an active verb
     * ("executed a plan"), up to a preposition or a clause mark.
     */
    private static Patient patient(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        boolean passive = h.from() > 0 && AUX.contains(t.get(h.from() - 1).form());
        int from;
        int to;
        if (passive) {
            int aux = h.from() - 1;
            while (aux > 0 && AUX.contains(t.get(aux - 1).form()) || aux > 0 && t.get(aux - 1).is("had")
                    || aux > 0 && t.get(aux - 1).is("have") || aux > 0 && t.get(aux - 1).is("has")) {
                aux--;
            }
            to = aux - 1;
            from = to;
            while (from - 1 >= 0 && to - from < 5 && t.get(from - 1).sentence() == sentence
                    && !STOP.contains(t.get(from - 1).form()) && !t.get(from - 1).isPunctuation()) {
                from--;
            }
        } else {
            from = h.to() + 1;
            to = from - 1;
            while (to + 1 < t.size() && to + 1 - from < 5 && t.get(to + 1).sentence() == sentence
                    && !STOP.contains(t.get(to + 1).form()) && !t.get(to + 1).isPunctuation()) {
                to++;
            }
        }
        boolean person = false;
        boolean thing = false;
        for (int k = Math.max(0, from); k <= to && k < t.size(); k++) {
            if (t.get(k).sentence() != sentence) {
                continue;
            }
            Token tok = t.get(k);
            if (EventCues.is(EventCues.Kind.PERSON, t, k) || PRONOUNS.contains(tok.form())
                    || Numbers.at(t, k) != null || capitalized(t, tok)) {
                person = true;
            } else if (EventCues.is(EventCues.Kind.NOT_NEWS, t, k) || EventCues.is(EventCues.Kind.THING, t, k)) {
                thing = true;
            }
        }
        return new Patient(person, thing && !person, to < from, passive);
    }

    /** A capitalized word not at the start of its sentence: a name ("executed Saddam Hussein"). */
    private static boolean capitalized(TokenizedText t, Token tok) {
        if (tok.start() == 0 || tok.script() != Script.LATIN) {
            return false;
        }
        char c = t.text().charAt(tok.start());
        if (!Character.isUpperCase(c)) {
            return false;
        }
        int first = t.firstTokenOf(tok.sentence());
        return t.get(first).start() != tok.start();
    }
}
