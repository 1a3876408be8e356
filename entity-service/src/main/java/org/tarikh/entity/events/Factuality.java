package org.tarikh.entity.events;

import java.util.EnumSet;
import java.util.Set;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/** Whether a trigger reports something that happened: not a future, conditional, negated or modal action. */
final class Factuality {

    private Factuality() {
    }

    private static final Set<String> NOT_HAPPENED = Set.of("سوف", "لن", "لم", "لا", "اذا", "لو", "ربما",
            "اي", "any", // "أي هجوم بري سيمثل تصعيدا", "any attack would": a kind, not an event
            "will", "would", "could", "may", "might", "if", "to", "not", "never", "no", "unless", "should", "must",
            "cannot", "won", "can",
            // a purpose, a wait or a plan to hold or reach: "بهدف التوصل إلى اتفاق", "بانتظار استكمال الانسحاب",
            // "دعت لعقد قمة", "تحسبا لهجوم" name what is sought or awaited, not what took place
            "بهدف", "بغيه", "سعيا", "بانتظار", "انتظار", "تحسبا", "لعقد", "لاجراء", "للتوصل",
            // what a demand asks to be held or done: "طالبت المعارضة بعقد اجتماع طارئ", "طالب بإجراء محادثات"
            "بعقد", "باجراء",
            // what is expected ("ويتوقع أن تستمر المحادثات", "من المتوقع أن يعقد الاجتماع") is still to come
            "يتوقع", "المتوقع", "يرتقب", "المرتقب");
    /**
     * What is scheduled or expected governs its whole clause ("ومن المقرر أن يحضر الاجتماع وزراء الخارجية", "من
     * المنتظر أن يشارك الوزير في الاجتماع الوزاري", "من المزمع أن تعقد الجولة المقبلة من المفاوضات").
     */
    private static final Set<String> SCHEDULED = Set.of("المقرر", "المزمع", "المنتظر", "المتوقع", "المرتقب");
    private static final Set<String> MODAL_AFTER_NOUN = Set.of("will", "would", "could", "may", "might", "should",
            "must", "can", "cannot", "سوف", "لن", "قد");

    /** Future (سوف، will), conditional (إذا، if), negated (لم، not) or modal actions did not happen. */
    // قد before a past verb affirms it ("كانت قد قصفت": had bombed); the triggers are past forms, so قد is no hedge

    /** Nouns that stop or prevent what follows them: "وقف إطلاق النار" is a ceasefire, "منع الهجوم" no attack. */
    private static final Set<String> STOPPING = Set.of("وقف", "منع", "تجنب", "ceasefire", "prevent", "preventing",
            "halt", "avert");

    static boolean happened(TokenizedText t, TriggerHit h) {
        // "وقف إطلاق النار", and past its adjectives: "وقف فوري وشامل لإطلاق النار"
        for (int k = h.from() - 1; !h.verb() && k >= 0 && k >= h.from() - 3; k--) {
            if (t.get(k).isPunctuation() || t.get(k).sentence() != t.get(h.from()).sentence()
                    || k < h.from() - 1 && !t.get(h.from()).form().startsWith("ل")) {
                break;
            }
            for (Clitics.Stem s : Clitics.stems(t.get(k).form())) {
                if (STOPPING.contains(s.form())) {
                    return false;
                }
            }
        }
        int sentence = t.get(h.from()).sentence();
        if (h.verb() && !h.violent() && h.from() > 0 && t.get(h.from() - 1).sentence() == sentence
                && (PREPOSITIONS.contains(t.get(h.from() - 1).form())
                        || PREPOSITIONAL_NOUNS.contains(Clitics.bare(t.get(h.from() - 1).form())))) {
            return false; // "دعا إلى عقد مؤتمر دولي": after a preposition a verb's form is its verbal noun, what is sought
        }
        if (!h.trigger().verb() && h.from() > 1 && HOLDING.contains(t.get(h.from() - 1).form())
                && PREPOSITIONS.contains(t.get(h.from() - 2).form())) {
            return false; // "وافقت الحكومة على عقد اجتماع", "دعا إلى إجراء محادثات": what is agreed to or sought
        }
        if (!h.trigger().verb() && !h.violent() && presentBefore(t, h, sentence) && !Triggers.headline(t, sentence)) {
            return false; // "وتجري الوزيرة على هامش المؤتمر مباحثات", "وتضم المحادثات…": going on or to come, not held
        }
        if (!h.trigger().verb() && !h.violent() && stalled(t, h, sentence)) {
            return false; // "وتعثرت المحادثات مرات عدة", "فشلت المفاوضات في التوصل إلى اتفاق", "talks have stalled"
        }
        if (!h.trigger().verb() && ordered(t, h, sentence)) {
            return false; // "أمر الرئيس بإرسال قوات"، "تلقى الجيش أوامر بالانسحاب": ordered, not done
        }
        if (!h.trigger().verb() && !h.violent() && futureAfter(t, h, sentence)) {
            return false; // "وبين أن الاجتماع سيعقد الأسبوع المقبل": the subject of a future verb, still to come
        }
        if (!h.trigger().verb() && futureBefore(t, h, sentence)) {
            return false; // "وسيجري الرئيس محادثات مع نظيره غدا", "سيندلع انفجار حربي": still to come
        }
        if (!h.trigger().verb()) {
            // "talks would resume", "المحادثات سوف تستأنف": the noun is the subject of what has not happened
            for (int k = h.to() + 1; k < t.size() && k <= h.to() + 2 && t.get(k).sentence() == sentence; k++) {
                if (t.get(k).isPunctuation()) {
                    break;
                }
                if (MODAL_AFTER_NOUN.contains(t.get(k).form())
                        && !(t.get(k).form().equals("قد") && k + 1 < t.size() && arabicPerfect(t, k + 1))) {
                    return false; // "قد" before a perfect affirms: "وكانت المحادثات قد عقدت أمس"
                }
            }
        }
        if (scheduled(t, h, sentence)) {
            return false; // "ومن المقرر أن يحضر الاجتماع…": still to come
        }
        if (someBelieve(t, h)) {
            return false; // "يعتقد البعض أنها ماتت في طفولتها", "some believe he died at sea": a guess among others
        }
        if (habitual(t, h)) {
            return false; // "seasonal flu kills 250,000 people every year", "often drowned": what happens, not an event
        }
        // a verb with its own conjunction ("…ولا يوما واحدا وأضاف نجاد") opens a clause: a negation or a
        // conditional before it is another clause's
        boolean ownClause = h.trigger().verb() && h.start() > t.get(h.from()).start()
                && (t.get(h.from()).form().startsWith("و") || t.get(h.from()).form().startsWith("ف"));
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 3 && !ownClause; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation()) {
                break;
            }
            if (NOT_HAPPENED.contains(tok.form()) || tok.form().startsWith("و") && NOT_HAPPENED.contains(
                    tok.form().substring(1))) {
                return false;
            }
            if (tok.form().equals("to") && k == h.from() - 1 && h.trigger().verb()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Prepositions of aim, written apart: a finite verb never follows one, so a verb's form after them is its verbal
     * noun, what is called for or agreed to ("دعا إلى عقد مؤتمر", "حث على عقد اجتماع"). After عن a verbal noun may
     * report ("عبر عن إدانته").
     */
    private static final Set<String> PREPOSITIONS = Set.of("الي", "علي");
    /**
     * Nouns used as prepositions, normalized: a word in construct after them is a noun, so a verb's form is its verbal
     * noun ("إلى جانب تعهدها بحملة", "إثر إعلانه", "رغم تأكيده"). منذ is left out: "منذ أعلن الرئيس" is a verb.
     */
    private static final Set<String> PREPOSITIONAL_NOUNS = Set.of("جانب", "اثر", "رغم", "بسبب", "سبب", "خلال",
            "اثناء", "لدي", "ضد", "حول", "بشان", "شان");

    /** Light verbs that hold, cover or continue talks, without their imperfect prefix (يجري، تضم، تتناول، تبحث). */
    private static final Set<String> LIGHT_VERBS = Set.of("جري", "ضم", "ركز", "تناول", "بحث", "ناقش", "ستمر", "تواصل",
            "عقد", "نطلق", "بدا", "ستانف");

    /**
     * Whether an Arabic imperfect of a light verb of meeting (يجري، تضم، تتناول، تبحث، تستمر) governs a noun within
     * the five words before it: in body text it tells talks going on or to come, not ones held ("وتجري الوزيرة
     * على هامش المؤتمر مباحثات"; "وأجرت الوزيرة مباحثات" is held).
     */
    private static boolean presentBefore(TokenizedText t, TriggerHit h, int sentence) {
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 5; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation() || tok.script() != Script.ARABIC) {
                return false;
            }
            String f = tok.form();
            String w = Clitics.withoutConjunction(f);
            if (w.length() >= 3 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && LIGHT_VERBS.contains(w.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "من المقرر/المزمع/المنتظر أن" opens the trigger's clause within the eight words before it. */
    private static boolean scheduled(TokenizedText t, TriggerHit h, int sentence) {
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 8; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation() || Clauses.clauseMark(tok)) {
                return false;
            }
            if (SCHEDULED.contains(tok.form()) && k > 0 && t.get(k - 1).form().endsWith("من")
                    && k + 1 < h.from() && (t.get(k + 1).form().equals("ان") || t.get(k + 1).form().equals("بان"))) {
                return true;
            }
        }
        return false;
    }

    /** Arabic verbs of talks that stall or break down, without و/ف: the talks' state, not talks held. */
    private static final Set<String> STALLING = Set.of("تعثرت", "تعثر", "تتعثر", "توقفت", "تتوقف", "تعطلت", "تتعطل",
            "انهارت", "تنهار", "تجمدت", "جمدت", "stalled", "stall", "stalls", "collapsed",
            "collapse", "collapses", "faltered", "falter", "foundered");
    /** Arabic verbs of failing: the agreement the talks failed to reach was not reached (the talks were held). */
    private static final Set<String> FAILING = Set.of("فشلت", "فشل", "تفشل", "يفشل", "اخفقت", "اخفق", "تخفق");

    /**
     * Whether the noun is the subject of talks stalling or failing, or what a failure did not reach: "وتعثرت
     * المحادثات بين الأطراف مرات عدة" (the talks' state, not a meeting held that day), "وانهارت المفاوضات", "فشلت
     * المفاوضات في التوصل إلى اتفاق" (no agreement; the talks themselves were held), "Talks between the parties have
     * stalled several times". Arabic puts the verb before its subject (two words at most: "وتوقفت فجأة المحادثات")
     * and a failure within the eight words before the agreement it did not reach; English puts the verb after the
     * noun's phrase, within six words ("talks between the two sides collapsed", "talks between the parties have
     * stalled").
     */
    private static boolean stalled(TokenizedText t, TriggerHit h, int sentence) {
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 8; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation() || tok.script() != Script.ARABIC) {
                break;
            }
            String f = tok.form();
            String w = Clitics.withoutConjunction(f);
            // فشلت starts with ف: the word is looked up as written and without its conjunction
            if (k >= h.from() - 2 && (STALLING.contains(f) || STALLING.contains(w))
                    || h.type() == EventType.AGREEMENT && k < h.from() - 1 && (FAILING.contains(f) || FAILING.contains(w))) {
                return true;
            }
        }
        if (t.get(h.from()).script() == Script.LATIN) {
            for (int k = h.to() + 1; k < t.size() && k <= h.to() + 6; k++) {
                Token tok = t.get(k);
                if (tok.sentence() != sentence || tok.isPunctuation()) {
                    break;
                }
                if (STALLING.contains(tok.form())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbal nouns of holding a meeting or talks. */
    private static final Set<String> HOLDING = Set.of("عقد", "اجراء");

    /**
     * Words in سي/ست/سن that are no future verb: a car, control, policy, sovereignty, six, sixty, a lady, years,
     * torrents, cinema; the perfect سيطر; names common in news (Sergei, Stephen, Siniora).
     */
    private static final Set<String> NOT_FUTURE = Set.of("سياره", "سيارات", "سيطره", "سياسه", "سياسي", "سياسيه",
            "سياسيون", "سياسيين", "سياده", "سته", "ستين", "ستمائه", "سيده", "سيدات", "سيناء", "ستار", "سنوات", "سنه",
            "سنويا", "سيطرت", "سيطروا", "سيول", "سينما", "سنيوره", "سيرغي", "ستيفن");

    /**
     * Whether, within the three words before an Arabic noun, a future verb governs it: س + an imperfect (سيجري، ستعقد،
     * وسنجري), or سوف. "وسيجري شافيز محادثات مع الأسد" tells talks still to come.
     */
    private static boolean futureBefore(TokenizedText t, TriggerHit h, int sentence) {
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 3; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation() || tok.script() != Script.ARABIC) {
                return false;
            }
            String f = Clitics.bare(tok.form());
            String w = f.length() > 4 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') ? f.substring(1) : f;
            if (future(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SOME = Set.of("البعض", "بعضهم", "اخرون", "some", "others");
    private static final Set<String> BELIEVE = Set.of("يعتقد", "يظن", "يري", "يرجح", "believe", "think", "suspect",
            "speculate");

    /**
     * Whether, within the five words before the trigger in its clause, unnamed people ("البعض"، "some") believe it: one
     * guess among others ("إذ يعتقد البعض أنها ماتت، ويعتقد البعض الآخر…"), not a report; "يعتقد أن 20 قتلوا" (it is
     * believed, by whoever reports it) stays one.
     */
    static boolean someBelieve(TokenizedText t, TriggerHit h) {
        int[] clause = Clauses.clause(t, h.from());
        for (int k = h.from() - 1; k > clause[0] && k >= h.from() - 5; k--) {
            String f = Clitics.withoutConjunction(t.get(k).form());
            String before = Clitics.withoutConjunction(t.get(k - 1).form());
            if (SOME.contains(f) && BELIEVE.contains(before) || BELIEVE.contains(f) && SOME.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** After "a year", "a day": a point in time, not a frequency ("killed a year ago", "died a day later"). */
    private static final Set<String> NOT_FREQUENCY_AFTER = Set.of("ago", "earlier", "later", "after", "before",
            "since", "on", "into", "and", "or", "old");
    /** How far from the trigger a rate or a habit is read, in tokens (a number with thousands is three). */
    private static final int HABIT_REACH = 15;
    /** Harm and death: the types whose triggers a rate or a habit turns into what generally happens. */
    private static final Set<EventType> HABITUAL_TYPES = EnumSet.of(EventType.DEATH, EventType.KILLING,
            EventType.INJURY, EventType.ATTACK);
    /** Before "often", "usually": a comparison or a question of how often, not a habit. */
    private static final Set<String> COMPARING = Set.of("as", "how", "more", "less", "so", "too", "most", "least");
    /** Before "a year", "a day": a span, not a frequency ("the deadliest attack in a year", "for a day"). */
    private static final Set<String> NOT_FREQUENCY_BEFORE = Set.of("in", "for", "within", "than", "over", "of",
            "about", "nearly", "almost", "barely", "just", "only");

    /**
     * Whether the trigger's clause, or a short adverbial clause just before it ("Every year, …"), says how often a
     * kind of thing happens (events/cues.tsv HABITUAL: "every year", "a year", often, usually, سنويا، عادة، أحيانا):
     * "Seasonal flu kills up to 500,000 people a year", "Deaths among the elderly are usually higher", "وتقتل
     * الملاريا سنويا نحو مليون شخص" tell a rate or a habit, not something that happened once. "a year" followed by
     * ago, earlier, later … is a point in time ("was killed a year ago").
     */
    static boolean habitual(TokenizedText t, TriggerHit h) {
        if (!HABITUAL_TYPES.contains(h.type())) {
            return false; // "the UN says 150 aircraft land every day" is still said; "agreed to cut 4 million barrels a
                          // day" still agreed: the rate is what is said or agreed
        }
        int[] clause = Clauses.clause(t, h.from());
        while (thousands(t, clause[1] + 1)) {
            clause[1] = Clauses.clause(t, clause[1] + 2)[1]; // "kills 250,000 people a year": one clause
        }
        while (thousands(t, clause[0] - 1)) {
            clause[0] = Clauses.clause(t, clause[0] - 2)[0];
        }
        int from = clause[0];
        if (from >= 2 && t.get(from - 1).sentence() == t.get(h.from()).sentence()) {
            int[] before = Clauses.clause(t, from - 2);
            if (before[1] - before[0] < 4) {
                from = before[0]; // "Every year, seasonal flu kills…", "In an average year, …"
            }
        }
        for (int k = from; k <= clause[1]; k++) {
            if (k > h.to() && (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k) || QUOTES.contains(t.get(k).form()))) {
                break; // "وقال إن الأصوات الرافضة تتصاعد يوميا": how often is what is said, not the saying
            }
            if (k >= h.from() && k <= h.to() || Math.max(h.from() - k, k - h.to()) > HABIT_REACH
                    || !EventCues.startsAt(EventCues.Kind.HABITUAL, t, k)) {
                continue;
            }
            if (k > 0 && COMPARING.contains(t.get(k - 1).form())) {
                continue; // "as often as they can", "more often": a comparison
            }
            if ((t.get(k).is("a") || t.get(k).is("one")) && (k + 2 < t.size()
                    && NOT_FREQUENCY_AFTER.contains(t.get(k + 2).form())
                    || k > 0 && NOT_FREQUENCY_BEFORE.contains(t.get(k - 1).form()))) {
                continue; // "a year ago", "a day later", "the worst attack in a year"
            }
            return true;
        }
        return false;
    }

    private static final Set<String> QUOTES = Set.of("\"", "«", "“", "'");

    /** Whether token {@code k} is the comma of a number written with thousands ("250,000"), no clause mark. */
    private static boolean thousands(TokenizedText t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k).form().equals(",") && t.get(k - 1).end() == t.get(k).start()
                && t.get(k + 1).start() == t.get(k).end() && Character.isDigit(t.text().charAt(t.get(k - 1).start()))
                && Character.isDigit(t.text().charAt(t.get(k + 1).start()));
    }

    /** Words of ordering, normalized: the verb's forms and the nouns "orders", "instructions". */
    private static final Set<String> ORDERS = Set.of("امر", "امرت", "امروا", "اوامر", "الاوامر", "تعليمات",
            "التعليمات");

    /**
     * Whether an Arabic noun with ب is what an order, within the six words before it, commands: "أمر الملك بإرسال
     * مستشفى ميداني"، "أصدر أوامره بالانسحاب" — ordered, not (yet) done.
     */
    private static boolean ordered(TokenizedText t, TriggerHit h, int sentence) {
        String f = t.get(h.from()).form();
        if (t.get(h.from()).script() != Script.ARABIC || !(f.startsWith("ب") || f.startsWith("وب"))) {
            return false;
        }
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 6; k--) {
            Token tok = t.get(k);
            if (tok.sentence() != sentence || tok.isPunctuation()) {
                return false;
            }
            for (Clitics.Stem s : Clitics.stems(tok.form())) {
                String w = s.form();
                for (String suffix : new String[] {"هم", "ها", "ه"}) {
                    if (w.endsWith(suffix) && ORDERS.contains(w.substring(0, w.length() - suffix.length()))) {
                        return true; // أوامره، أوامرها
                    }
                }
                if (ORDERS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an Arabic noun is the subject of a future verb right after it: "الاجتماع سيعقد"، "المحادثات ستستأنف"
     * (as "المحادثات سوف تستأنف", "talks would resume").
     */
    private static boolean futureAfter(TokenizedText t, TriggerHit h, int sentence) {
        int k = h.to() + 1;
        if (k >= t.size() || t.get(k).sentence() != sentence || t.get(k).script() != Script.ARABIC) {
            return false;
        }
        return future(Clitics.bare(t.get(k).form()));
    }

    /** Whether an Arabic word without its clitics is س + an imperfect (سيعقد، ستستأنف، سنجري), not a word in سي/ست/سن. */
    private static boolean future(String w) {
        return w.length() > 4 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0 && !NOT_FUTURE.contains(w);
    }

    /** Words that say by themselves that something took place: كان، تم، جرى (normalized), وقع. */
    private static final Set<String> PERFECT_WORDS = Set.of("كان", "كانت", "كانوا", "تم", "جري", "وقع", "وقعت");
    /** Particles after which a verb in -وا is a subjunctive or future, not a perfect: لن يقتلوا، أن يهاجموا. */
    private static final Set<String> NOT_PERFECT_BEFORE = Set.of("لن", "لم", "ان", "كي", "لكي", "حتي", "سوف");

    /**
     * Whether token {@code k} reads as an Arabic perfect, a thing that took place: كان/تم/جرى, a plural perfect in
     * -وا (سيطروا، قتلوا, not after لن/أن), or a feminine perfect in -ت (استعانت، فقدت; not the nouns in -ات، -يت،
     * -وت: عمليات، بيت، موت). An article (ال) makes it a noun.
     */
    static boolean arabicPerfect(TokenizedText t, int k) {
        Token tok = t.get(k);
        if (tok.script() != Script.ARABIC) {
            return false;
        }
        String f = tok.form();
        String w = Clitics.withoutConjunction(f);
        return w.length() < f.length() && perfectForm(t, k, w) || perfectForm(t, k, f);
    }

    private static boolean perfectForm(TokenizedText t, int k, String f) {
        if (PERFECT_WORDS.contains(f)) {
            return true;
        }
        if (f.startsWith("ال") || f.length() < 4) {
            return false;
        }
        if (f.endsWith("وا")) {
            // "لم يعودوا", "لن يقتلوا": an imperfect in ي with its jussive or subjunctive ending is no perfect
            return !f.startsWith("ي") && (k == 0 || !NOT_PERFECT_BEFORE.contains(t.get(k - 1).form()));
        }
        return f.endsWith("ت") && !f.endsWith("ات") && !f.endsWith("يت") && !f.endsWith("وت");
    }
}
