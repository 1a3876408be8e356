package org.tarikh.entity.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.tarikh.entity.ner.Lexicon;
import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Precision;
import org.tarikh.entity.time.Timex;

/**
 * Finds the trigger phrases of {@code resources/events/triggers.tsv} in a text, longest first, over the tokens'
 * clitic stems; a trigger of something that did not happen ({@link Factuality}) is consumed but reports nothing.
 */
final class Triggers {

    private final Map<String, List<Trigger>> byFirstWord = new HashMap<>();

    Triggers() {
        List<Trigger> generated = new ArrayList<>();
        Lexicon.readTsv("events/triggers.tsv", c -> {
            List<String> words = List.of(norm(c[2]).split(" "));
            // a need in @ (@date, @opening, @order) is a condition, the others words; a condition comes first
            List<String> needs = c.length > 4 && !c[4].isBlank()
                    ? Arrays.stream(c[4].split("\\|"))
                            .flatMap(s -> s.startsWith("@") ? Stream.of(s) : Arrays.stream(norm(s).split(" ")))
                            .toList()
                    : List.of();
            Trigger trigger = new Trigger(EventType.valueOf(c[0]), c[1], words, "VERB".equals(c[3]), needs);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(trigger);
            if (trigger.verb() && "ar".equals(c[1])) {
                List<String> forms = new ArrayList<>(inflections(words.get(0)));
                if (trigger.type() != EventType.STATEMENT) {
                    // the passive of a derived verb is written apart (هوجم، اغتيل); "قيل" only attributes
                    for (String passive : passives(words.get(0))) {
                        forms.add(passive);
                        forms.addAll(inflections(passive));
                    }
                }
                for (String form : forms) {
                    List<String> inflected = new ArrayList<>(words);
                    inflected.set(0, form);
                    generated.add(new Trigger(trigger.type(), c[1], List.copyOf(inflected), true, needs));
                }
                // a headline tells what happened in the present (إسرائيل تقصف…، الجيش يعلن…): the imperfect is a
                // trigger there only
                List<String> headlineNeeds = new ArrayList<>(needs.isEmpty() ? List.of() : needs);
                headlineNeeds.add(0, HEADLINE);
                for (String form : imperfects(words.get(0))) {
                    List<String> inflected = new ArrayList<>(words);
                    inflected.set(0, form);
                    generated.add(new Trigger(trigger.type(), c[1], List.copyOf(inflected), true,
                            List.copyOf(headlineNeeds)));
                }
            }
        });
        // a form listed as itself (قتلت، أصيبوا) keeps its own row; the generated ones only fill the gaps
        for (Trigger g : generated) {
            List<Trigger> same = byFirstWord.computeIfAbsent(g.words().get(0), k -> new ArrayList<>());
            if (same.stream().noneMatch(o -> o.type() == g.type() && o.words().equals(g.words()))) {
                same.add(g);
            }
        }
    }

    /**
     * The perfect's other persons of news, written alike in the active and the passive: from the third person
     * masculine (قتل، أكد، أعلن، أصيب) the feminine in -ت (قتلت، أكدت، أصيبت) and the plural in -وا (قتلوا، أكدوا،
     * أصيبوا). Verbs ending in a vowel letter (دعا، نفى), already inflected (-ت، -وا) or imperfect (يقول) are listed as
     * they are.
     */
    static List<String> inflections(String verb) {
        if (verb.length() < 2 || verb.startsWith("ي") || verb.endsWith("ت") || verb.endsWith("و") || verb.endsWith("ه")) {
            return List.of();
        }
        if (verb.endsWith("ا") || verb.endsWith("ي") || verb.endsWith("ى")) {
            // a defective verb drops its final vowel letter: أبدى → أبدت، أبدوا; دعا → دعت، دعوا; ألقى → ألقت
            String stem = verb.substring(0, verb.length() - 1);
            return stem.length() < 2 ? List.of() : List.of(stem + "ت", stem + "وا");
        }
        // the feminine dual in -تا (انفجرتا، قتلتا) is a verb only; the masculine dual in -ا is also an accusative noun
        // (قصفا، قتلا), so it is listed where meant
        return List.of(verb + "ت", verb + "وا", verb + "تا");
    }

    /**
     * The perfect passive of a derived verb where it differs in writing from the active (the active and passive of
     * most verbs are written alike without vowels: قتل، استهدف، أصيب): form III lengthens its first vowel to و (هاجم →
     * هوجم، داهم → دوهم), a hollow form VIII turns its long ا into ي (اغتال → اغتيل، اختار → اختير). Of the third
     * person masculine, normalized; none for other shapes.
     */
    static List<String> passives(String verb) {
        if (verb.length() == 4 && verb.charAt(1) == 'ا' && verb.charAt(0) != 'ا') {
            return List.of(verb.charAt(0) + "و" + verb.substring(2)); // فاعل → فوعل
        }
        if (verb.length() == 5 && verb.charAt(0) == 'ا' && verb.charAt(2) == 'ت' && verb.charAt(3) == 'ا') {
            return List.of(verb.substring(0, 3) + "ي" + verb.charAt(4)); // افتال → افتيل
        }
        return List.of();
    }

    /** The need of a trigger that reports only in a headline. */
    static final String HEADLINE = "@headline";

    /**
     * The imperfect (third person, masculine ي and feminine ت) of a perfect listed in the third person masculine,
     * normalized: a bare three-letter stem or form III takes the prefix (قتل → يقتل، قصف → تقصف، هاجم → يهاجم), a stem
     * with a leading ا/أ drops it (أعلن → يعلن، اقتحم → يقتحم، استهدف → يستهدف، اغتال → يغتال). Verbs ending in a
     * vowel letter, hollow ones (قال: يقول) and
     * inflected ones get none.
     */
    static List<String> imperfects(String verb) {
        if (verb.length() < 3 || verb.startsWith("ي") || verb.startsWith("ت") || verb.endsWith("ت")
                || verb.endsWith("ا") || verb.endsWith("ي") || verb.endsWith("و")) {
            return List.of();
        }
        String stem;
        if (verb.charAt(0) == 'ا') {
            stem = verb.substring(1);
        } else if (verb.length() == 3 && verb.charAt(1) != 'ا' || verb.length() == 4 && verb.charAt(1) == 'ا') {
            stem = verb;
        } else {
            return List.of();
        }
        return stem.length() < 3 ? List.of() : List.of("ي" + stem, "ت" + stem);
    }

    /**
     * Whether sentence {@code s} reads as a headline: short, with no closing stop, and not a caption's credit line.
     */
    static boolean headline(TokenizedText t, int s) {
        int from = t.firstTokenOf(s);
        int to = t.firstTokenOf(s + 1) - 1;
        if (to < from || to - from + 1 > 14 || to - from + 1 < 3) {
            return false;
        }
        String last = t.get(to).form();
        return !(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("؟") || last.equals(":")
                || last.equals("…"));
    }

    /** The triggers of each sentence, in text order. */
    List<List<TriggerHit>> bySentence(TokenizedText text, List<Timex> timexes) {
        List<List<TriggerHit>> hits = new ArrayList<>(text.sentences().size());
        for (int s = 0; s < text.sentences().size(); s++) {
            hits.add(new ArrayList<>(2));
        }
        for (int i = 0; i < text.size(); i++) {
            TriggerHit hit = triggerAt(text, i, timexes);
            if (hit != null) {
                if (hit.trigger() != null) {
                    hits.get(text.get(i).sentence()).add(hit);
                }
                i = hit.to();
            }
        }
        return hits;
    }

    private static String norm(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Token t : TokenizedText.of(phrase).tokens()) {
            b.append(b.length() > 0 ? " " : "").append(t.form());
        }
        return b.toString();
    }

    /** The longest trigger phrase starting at token {@code i}, if it reports something that happened. */
    private TriggerHit triggerAt(TokenizedText t, int i, List<Timex> timexes) {
        Token tok = t.get(i);
        if (tok.script() != Script.ARABIC && tok.script() != Script.LATIN) {
            return null;
        }
        TriggerHit best = null;
        for (Clitics.Stem stem : tok.script() == Script.ARABIC ? Clitics.stems(tok.form())
                : new Clitics.Stem[] {new Clitics.Stem(tok.form(), 0)}) {
            List<String> forms = tok.script() == Script.ARABIC ? nounForms(stem.form()) : List.of(stem.form());
            String verbForm = tok.script() == Script.ARABIC ? withoutObject(stem.form()) : null;
            boolean nounToo = verbForm != null && forms.contains(verbForm); // اشتباكاتها: a noun's possessive
            if (verbForm != null && !nounToo) {
                forms = new ArrayList<>(forms);
                forms.add(verbForm);
            }
            for (String form : forms) {
            List<Trigger> candidates = byFirstWord.get(form);
            if (candidates == null) {
                continue;
            }
            for (Trigger trig : candidates) {
                // verbs take only a conjunction (وقتل، فأعلن) and are matched as written or with an object pronoun
                // (قتلته، قتلوهم); nouns any proclitic (بهجوم), the article (الانفجار) and a possessive suffix
                // (اشتباكاتها، قصفها)
                if (trig.verb() && (stem.stripped() > 1 || stem.stripped() == 1 && !conjunction(tok.form().charAt(0))
                        || !form.equals(stem.form()) && !form.equals(verbForm))
                        || !trig.verb() && form.equals(verbForm) && !nounToo) {
                    continue;
                }
                int end = i;
                boolean ok = true;
                for (int w = 1; w < trig.words().size(); w++) {
                    if (end + 1 >= t.size() || !t.get(end + 1).form().equals(trig.words().get(w))) {
                        ok = false;
                        break;
                    }
                    end++;
                }
                if (!ok || best != null && best.to() >= end) {
                    continue;
                }
                if (!trig.needs().isEmpty() && !satisfied(t, trig, i, end, timexes)) {
                    continue;
                }
                best = new TriggerHit(trig, i, end, t.startAfter(tok, stem.stripped()));
            }
            }
        }
        if (best != null && EventCues.insidePhrase(EventCues.Kind.NATURAL_CAUSE, t, i)) {
            return null; // "a heart attack", "a panic attack": a cause of death, not an attack
        }
        if (best != null && !Senses.plausible(t, best)) {
            if (!Senses.verbal(t, best)) {
                return new TriggerHit(null, best.from(), best.to(), best.start()); // another sense: consumed, no event
            }
            best = best.as(EventType.STATEMENT); // "شن هجوما عنيفا على الحكومة": criticism, a statement
        }
        if (best != null && Senses.nonViolentThreat(t, best)) {
            best = best.as(EventType.STATEMENT); // "هدد الإقليم بالانفصال": a threat to secede is words
        }
        if (best != null && !Factuality.happened(t, best)) {
            return new TriggerHit(null, best.from(), best.to(), best.start()); // consumed, but not an event
        }
        return best;
    }

    private static final String[] SUFFIXES = {"هما", "هم", "ها", "ه"};

    /**
     * Whether a proclitic letter may stand before a finite verb: only the conjunctions و and ف (وقتل، فأعلن); ب، ل and ك
     * go with nouns, so "بحثت" (discussed) is no "حثت" (urged) with a preposition.
     */
    private static boolean conjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    /** A stem as written, without its article, and without a possessive suffix: the forms a noun trigger may take. */
    private static List<String> nounForms(String stem) {
        List<String> forms = new ArrayList<>(4);
        forms.add(stem);
        String bare = Clitics.withoutArticle(stem);
        if (!bare.equals(stem)) {
            forms.add(bare);
        }
        for (String suffix : SUFFIXES) {
            if (stem.length() - suffix.length() >= 3 && stem.endsWith(suffix)) {
                String noun = stem.substring(0, stem.length() - suffix.length());
                char last = noun.charAt(noun.length() - 1);
                if (last == 'ئ' || last == 'ؤ') {
                    // a final hamza sits on its seat before a suffix: لقائه، لقاؤهم → لقاء; اعتدائها → اعتداء
                    forms.add(Clitics.withoutArticle(noun.substring(0, noun.length() - 1) + "ء"));
                }
                forms.add(noun);
                break;
            }
        }
        return forms;
    }

    /**
     * A perfect verb without its object pronoun, where the pronoun cannot be a folded ة: قتلته → قتلت, استهدفتهم →
     * استهدفت, قتلوه → قتلوا (the plural's alif is dropped before a pronoun). Null otherwise.
     */
    private static String withoutObject(String form) {
        for (String suffix : SUFFIXES) {
            if (form.length() - suffix.length() >= (suffix.equals("ه") ? 4 : 3) && form.endsWith(suffix)) {
                String verb = form.substring(0, form.length() - suffix.length());
                if (verb.endsWith("و")) {
                    return verb + "ا";
                }
                // هما، هم، ها cannot be a folded ة: a derived perfect takes them too (اتهمهما، استهدفهم); a bare
                // three-letter one is written like its verbal noun (سحبهما، قتلهم: their withdrawal, killing): a noun
                return verb.endsWith("ت") || !suffix.equals("ه") && verb.length() >= 4 ? verb : null;
            }
        }
        return null;
    }

    /** The need of a verb written like a noun or a preposition: it must open its sentence or clause. */
    static final String OPENING = "@opening";
    /** The need of an order: it opens its sentence or clause and a verbal noun with ب follows ("أمر بإرسال"). */
    static final String ORDER = "@order";
    /** Particles a verb that opens its clause may follow: "فقد أمر"، "ثم أمر"، "كما بين". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("قد", "فقد", "وقد", "ثم", "كما", "لقد");

    /**
     * Whether token {@code i} opens its sentence or clause: the first word, or right after punctuation or a particle
     * that opens a clause (قد، فقد، ثم، كما). A verb written like a noun or a preposition (بين "between", أمر "a
     * matter") is read as the verb there only.
     */
    static boolean opening(TokenizedText t, int i) {
        if (i == 0 || t.get(i - 1).sentence() != t.get(i).sentence() || t.get(i - 1).isPunctuation()) {
            return true;
        }
        return CLAUSE_OPENERS.contains(t.get(i - 1).form()) && (i == 1 || t.get(i - 2).sentence() != t.get(i).sentence()
                || t.get(i - 2).isPunctuation());
    }

    /**
     * The verbal noun with ب an order governs, within the six words after it and before any punctuation ("أمر الرئيس
     * بإرسال مساعدات", "أمرت المحكمة بالإفراج عن"), or -1: a word of at least three letters after ب and its article.
     */
    static int orderedNoun(TokenizedText t, int to) {
        int sentence = t.get(to).sentence();
        for (int k = to + 1; k < t.size() && k <= to + 6 && t.get(k).sentence() == sentence; k++) {
            Token tok = t.get(k);
            if (tok.isPunctuation() || tok.script() != Script.ARABIC) {
                return -1;
            }
            String f = tok.form();
            if (f.length() >= 4 && f.charAt(0) == 'ب' && Clitics.withoutArticle(f.substring(1)).length() >= 3
                    && !ORDER_NOT_NOUN.contains(f)) {
                return k;
            }
        }
        return -1;
    }

    /** Words in ب that are no verbal noun of an order: "amply", "simple", "far", "by it". */
    private static final Set<String> ORDER_NOT_NOUN = Set.of("بالغ", "بالغه", "بسيط", "بسيطه", "بعيد", "بعيده",
            "بدوره", "بدورها", "بشكل", "بسبب", "بعد", "بين", "بينما");

    private static boolean satisfied(TokenizedText t, Trigger trig, int from, int to, List<Timex> timexes) {
        if (trig.needs().get(0).equals(HEADLINE)) {
            if (!headline(t, t.get(from).sentence())) {
                return false;
            }
            if (trig.needs().size() == 1) {
                return true;
            }
            trig = new Trigger(trig.type(), trig.lang(), trig.words(), trig.verb(),
                    trig.needs().subList(1, trig.needs().size()));
        }
        if (trig.needs().get(0).equals(OPENING)) {
            if (!opening(t, from)) {
                return false;
            }
            trig = new Trigger(trig.type(), trig.lang(), trig.words(), trig.verb(),
                    trig.needs().subList(1, trig.needs().size()));
        }
        if (trig.needs().get(0).equals(ORDER)) {
            return opening(t, from) && orderedNoun(t, to) >= 0;
        }
        if (trig.needs().get(0).equals("@date")) {
            int after = to + 1 < t.size() ? t.get(to + 1).start() : Integer.MAX_VALUE;
            return timexes.stream().anyMatch(x -> x.start() >= after && x.start() <= after + 2 && EventDating.dating(x)
                    && x.precision() == Precision.DAY);
        }
        int sentence = t.get(from).sentence();
        Set<String> needs = new HashSet<>(trig.needs());
        // a relayed quote names its relayer first: "ونسبت صحيفة "الشرق الأوسط" اللندنية إلى جنبلاط قوله" — its قوله
        // comes further than other needs
        int reach = needs.contains("قوله") ? 14 : 8;
        for (int k = from - 6; k <= to + reach; k++) {
            if (k < 0 || k >= t.size() || k >= from && k <= to || t.get(k).sentence() != sentence) {
                continue;
            }
            Token tok = t.get(k);
            if (tok.script() == Script.LATIN) {
                String f = tok.form();
                if (needs.contains(f) || f.endsWith("s") && needs.contains(f.substring(0, f.length() - 1))) {
                    return true; // "rockets hit" as "rocket hit"
                }
                continue;
            }
            for (Clitics.Stem s : Clitics.stems(tok.form())) {
                if (needs.contains(s.form())) {
                    return true;
                }
            }
        }
        return false;
    }
}
