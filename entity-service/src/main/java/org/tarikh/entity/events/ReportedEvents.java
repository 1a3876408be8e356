package org.tarikh.entity.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tarikh.entity.ner.EntityType;
import org.tarikh.entity.ner.Mention;
import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Timex;

/**
 * Which triggers of a sentence report an event of their own: one event per kind per sentence; violence (attack,
 * killed, injured) is one event; a statement that only attributes another report is none; a violent noun is an
 * event only with a date in its clause, a count or a dated caption, and not when it is what a condemnation or claim
 * speaks of.
 */
final class ReportedEvents {

    private ReportedEvents() {
    }

    /** One event per kind per sentence; violence is one event; attribution verbs go with the report they attribute. */
    static List<TriggerHit> choose(TokenizedText t, List<TriggerHit> hits, List<Timex> timexes, int[] span,
            LocalDate publishedAt, boolean datedCaption, List<Mention> mentions) {
        List<TriggerHit> chosen = new ArrayList<>();
        TriggerHit violence = null;
        int sentence = t.get(hits.get(0).from()).sentence();
        boolean counted = Casualties.killed(t, sentence, hits, timexes) != null
                || Casualties.injured(t, sentence, hits, timexes) != null;
        for (TriggerHit h : hits) {
            if (!h.violent() || aboutInquiry(t, h) || denied(t, h, hits)
                    || !counted && (objectOfReport(t, h, hits) || referencePoint(t, h) || presupposed(t, h, hits))) {
                // "condemned the attack", "تبنت الهجوم", "بعد مقتل الخليفة": spoken of, not reported; "التحقيق في
                // مقتل 20 شخصا": what an inquiry is about, counted or not
                continue;
            }
            if (violence == null || rank(h) > rank(violence)) {
                violence = h;
            }
        }
        boolean violentVerb = hits.stream().anyMatch(h -> h.violent() && h.verb());
        // a noun alone ("بمقتل أميركيين") names violence without reporting it, unless a date in its own clause or a
        // count comes with it ("سترد على هجوم الأردن" dated by another clause's Monday is only spoken of)
        // a dated caption shows what its violent noun names ("the site of a drone strike, January 5, 2024")
        // what a speaker reports happened ("تقول الشرطة إن الانفجار وقع أمام المحكمة") is reported, noun or not
        boolean reported = violence != null && (violentVerb || violence.trigger().needs().contains("@date") || counted
                || datedCaption || Triggers.headline(t, sentence) || EventDating.datedInClause(t, violence, span, timexes, publishedAt,
                        hits)
                || inReportedClause(t, violence, hits) || occurred(t, violence) || aged(t, violence)
                || underwent(t, violence));
        if (reported) {
            chosen.add(violence);
        }
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        boolean otherReport = false;
        for (TriggerHit h : hits) {
            EventType type = h.trigger().type();
            // a noun beside a verb reports only as what a statement announces ("أعلن انسحابه"), after a verb of
            // taking place ("تم التوقيع على الاتفاقية", "جرى لقاء") or with a date of its own clause ("في لقائهم مع
            // الرئيس أمس"; not "عقب لقائها أمس", a point of reference)
            // a demonstrative before a noun points back ("ويأتي هذا الاجتماع بعد…"), with or without a verb beside it
            if (type.violent() || type == EventType.STATEMENT || afterRelative(t, h)
                    || anaphor(t, h) || presupposed(t, h, hits)
                    || !h.trigger().verb() && hits.stream().anyMatch(o -> o.trigger().verb())
                    && (referencePoint(t, h) || !objectOfStatement(t, h, hits) && !occurred(t, h)
                            && !(Factuality.happened(t, h) && !reportedContent(t, h, hits)
                                    && EventDating.datedInClause(t, h, span, timexes, publishedAt, hits)))) {
                continue;
            }
            if (seen.add(type)) {
                chosen.add(h);
                otherReport = true;
            }
        }
        if (!reported && !otherReport) {
            // "حسبما أعلن مسؤولون", "officials said": a statement that is only the source of another reported event is
            // not one more; with nothing else reported ("said talks would resume") the statement is the event
            // sources and witnesses only pass news on ("ذكرت مصادر أمنية أن…", "witnesses said"): no statement
            // of theirs is an event; a statement that a violent act will come is a threat ("قال إن قواته سترد")
            // an Arabic speaker who reports a new happening ("قال إن مسلحين سيطروا على البلدة", "إنه تم اعتقال") makes
            // no statement of their own, and the imperfect (تقول الشرطة إن…) only attributes
            // a verb of saying in a relative clause describes its noun ("رايس التي قالت إن…", "المدينة التي أعلنت فيها
            // حالة الطوارئ"): the sentence's news is elsewhere
            // the sentence's first speaker speaks for the rest of it: after "قالت مراسلة الجزيرة إن…"، "لكنها رجحت
            // أن…" is the correspondent's too
            // a photo caption merged with the story ends at its credit ("… (الفرنسية) كما دعا مندوب فرنسا …"): when
            // the caption's speaker only attributes, the story's first speaker may still speak
            List<TriggerHit> statements = hits.stream()
                    .filter(h -> h.trigger().type() == EventType.STATEMENT && !afterRelative(t, h)).toList();
            Optional<TriggerHit> said = statements.stream().findFirst().flatMap(h -> speaks(t, h, mentions));
            if (said.isEmpty() && !statements.isEmpty()) {
                int credit = creditAfter(t, statements.get(0).to());
                said = statements.stream().filter(h -> credit >= 0 && h.from() > credit).findFirst()
                        .flatMap(h -> speaks(t, h, mentions));
            }
            said.ifPresent(chosen::add);
        }
        return chosen;
    }

    /** The statement an Arabic or English speech verb makes, if it is one: not a source's, not attribution only. */
    private static Optional<TriggerHit> speaks(TokenizedText t, TriggerHit h, List<Mention> mentions) {
        return Optional.of(h).filter(x -> !bySource(t, x))
                .map(x -> threatens(t, x) ? x.as(EventType.THREAT) : x)
                .filter(x -> x.type() == EventType.THREAT || !attributionOnly(t, x, mentions));
    }

    /**
     * The closing parenthesis of a credit after token {@code from} in its sentence ("(الفرنسية - أرشيف)", "(رويترز)"),
     * or -1: a parenthesis of at most five words with a CREDIT cue in it.
     */
    static int creditAfter(TokenizedText t, int from) {
        int sentence = t.get(from).sentence();
        int open = -1;
        for (int k = from + 1; k < t.size() && t.get(k).sentence() == sentence; k++) {
            String f = t.get(k).form();
            if (f.equals("(")) {
                open = k;
            } else if (f.equals(")") && open >= 0 && k - open <= 6) {
                for (int j = open + 1; j < k; j++) {
                    if (EventCues.is(EventCues.Kind.CREDIT, t, j)) {
                        return k;
                    }
                }
                open = -1;
            }
        }
        return -1;
    }

    /**
     * Whether a death noun is told with the age of who died in its clause ("أعلنت العائلة وفاة الممثل عن 88 عاما",
     * "وفاته عن عمر يناهز"): an obituary's report, as a count is a toll's.
     */
    private static boolean aged(TokenizedText t, TriggerHit h) {
        if (h.type() != EventType.DEATH || plural(t.get(h.to()))) {
            return false; // "deaths among people aged 20 to 50": a group's ages, a statistic, not one death
        }
        int[] clause = Clauses.clause(t, h.from());
        for (int k = h.to() + 1; k <= clause[1]; k++) {
            if (t.get(k).is("عمر") || t.get(k).is("aged") && oneAge(t, k, clause[1])
                    || t.get(k).is("عن") && k + 1 <= clause[1] && Numbers.at(t, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** تعرض "underwent, was subjected to", its forms and its verbal noun with a pronoun, without و/ف. */
    private static final Set<String> UNDERWENT = Set.of("تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "تعرضه",
            "تعرضها", "تعرضهم", "يتعرض", "تتعرض", "يتعرضون");
    /** A demonstrative with ل before the noun undergone: "تعرض لهذه الإصابة". */
    private static final Set<String> THIS_WITH_LAM = Set.of("لهذه", "لهذا", "لتلك", "لذلك");
    /** A blow (ضربة) is undergone by economies and peace efforts as often as by people: not read here. */
    private static final Set<String> BLOWS = Set.of("ضربه", "ضربات", "لضربه", "لضربات", "الضربه", "للضربه");

    /**
     * Whether the subject of تعرض underwent the violent noun: "تعرض الموكب لهجوم مسلح"، "تعرض اللاعب لكسر في يده"،
     * "إثر تعرضه لهجوم" — what happened to someone, reported as a verb reports it. The noun carries ل and the verb
     * comes before it in its clause (a long subject between: "تعرض الفرنسي سيباستيان لوب بطل العالم … لكسر"), not
     * right after a relative pronoun ("المناطق التي تعرضت للقصف" describes the areas). Not a blow (ضربة): "تعرض
     * الاقتصاد لضربة قوية".
     */
    static boolean underwent(TokenizedText t, TriggerHit h) {
        return underwentAt(t, h) >= 0;
    }

    /** The token of تعرض that {@link #underwent} finds, or -1. */
    static int underwentAt(TokenizedText t, TriggerHit h) {
        if (h.verb() || t.get(h.from()).script() != Script.ARABIC
                || BLOWS.contains(Clitics.withoutConjunction(t.get(h.from()).form()))) {
            return -1;
        }
        boolean demonstrative = h.from() > 0 && THIS_WITH_LAM.contains(t.get(h.from() - 1).form());
        if (!t.get(h.from()).form().startsWith("ل") && !demonstrative) {
            return -1; // "تعرض لكسر", "تعرض لهذه الإصابة في سويسرا"
        }
        int[] clause = Clauses.clause(t, h.from());
        for (int k = h.from() - 1; k >= clause[0] && k >= h.from() - 16; k--) {
            if (UNDERWENT.contains(Clitics.withoutConjunction(t.get(k).form()))) {
                // "المناطق التي تعرضت للقصف": a relative clause describes its noun, it tells no news
                return k == 0 || !RELATIVE.contains(Clitics.bare(t.get(k - 1).form())) ? k : -1;
            }
        }
        return -1;
    }

    /** Words after "aged" that make it a span of ages, a group's: "aged between 25 and 45", "aged over 65". */
    private static final Set<String> AGE_SPAN = Set.of("between", "over", "under", "from", "above", "below", "to",
            "and", "or", "-", "–", "up", "plus");

    /** Whether "aged" at {@code k} gives one person's age: a number not part of a span ("aged 88", not "aged 25 to 45"). */
    private static boolean oneAge(TokenizedText t, int k, int end) {
        if (k + 1 > end || AGE_SPAN.contains(t.get(k + 1).form()) || Numbers.at(t, k + 1) == null) {
            return false;
        }
        return k + 2 > end || !AGE_SPAN.contains(t.get(k + 2).form());
    }

    /** A plural death noun: English in -s ("deaths"), Arabic وفيات. */
    private static boolean plural(Token tok) {
        String f = Clitics.withoutArticle(Clitics.bare(tok.form()));
        return tok.script() == Script.LATIN ? f.endsWith("s") : f.endsWith("يات");
    }

    /**
     * A violent noun governed by "after", "since", "before", "during" or naming a place (بعد مقتل، وقت القصف، مكان
     * الانفجار): a point of reference.
     */
    private static final Set<String> TOPIC_PRONOUNS = Set.of("هو", "هي", "هما");
    /** Demonstratives written apart before a noun (normalized: هذا، هذه، ذلك، تلك، هذين، هاتين، هولاء), "this", "these", "those" (not "that", also a complementizer). */
    private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هولاء",
            "this", "these", "those");

    /** Whether a demonstrative stands right before the noun trigger: "هذا الاجتماع"، "تلك المحادثات"، "these talks". */
    private static boolean anaphor(TokenizedText t, TriggerHit h) {
        return !h.verb() && h.from() > 0 && t.get(h.from() - 1).sentence() == t.get(h.from()).sentence()
                && DEMONSTRATIVES.contains(Clitics.withoutConjunction(t.get(h.from() - 1).form()));
    }

    private static boolean referencePoint(TokenizedText t, TriggerHit h) {
        if (h.verb() || h.trigger().needs().contains("@date")) {
            // "بعد أحداث السابع من أكتوبر": a violent noun with its own date names a dated event
            return false;
        }
        if (h.to() + 1 < t.size() && Clitics.hasArticle(Clitics.bare(t.get(h.from()).form()))
                && TOPIC_PRONOUNS.contains(t.get(h.to() + 1).form())) {
            return true; // "والهجوم هو الأول من نوعه": the topic of a nominal sentence speaks of an event told before
        }
        if (anaphor(t, h)) {
            return true; // "ويأتي هذا الاجتماع بعد…"، "تلك المحادثات": a demonstrative points back to what was told
        }
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 2; k--) {
            Token tok = t.get(k);
            if (tok.isPunctuation() || tok.sentence() != t.get(h.from()).sentence()) {
                return false;
            }
            for (Clitics.Stem s : Clitics.stems(tok.form())) {
                if (EventDating.GOVERNING.contains(s.form())) {
                    return true;
                }
            }
            if (EventCues.is(EventCues.Kind.REFERENCE, t, k)) {
                return true; // "وقت القصف", "مكان الانفجار", "the site of the blast"
            }
        }
        return false;
    }

    private static final Set<String> DENIAL = Set.of("نفي", "نفت", "نفوا", "ينفي", "تنفي", "denied", "denies", "deny");

    /**
     * Whether a violent trigger lies in the clause a denial introduces ("نفى المتحدث أن تكون قواته قد قصفت المستشفى",
     * "denied that its troops shelled the hospital"): by the speaker's account it did not happen; the denial is the
     * statement. A denial of responsibility for an attack ("نفت مسؤوليتها عن الهجوم") has no clause: the attack stands.
     */
    private static boolean denied(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        for (TriggerHit o : hits) {
            if (o.type() != EventType.STATEMENT || o.to() >= h.from() || !DENIAL.contains(t.get(o.from()).form())
                    && !DENIAL.contains(Clitics.bare(t.get(o.from()).form()))) {
                continue;
            }
            boolean complement = false;
            for (int k = o.to() + 1; k < h.from(); k++) {
                if (Clauses.clauseMark(t.get(k)) && !EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
                    complement = false;
                    break;
                }
                complement |= EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k) || t.get(k).is("that");
            }
            if (complement) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ABOUT = Set.of("في", "حول", "بشان", "into", "of", "over");

    /**
     * Whether a violent noun is what an inquiry, a trial or a remembrance is about: right after "في"/"حول"/"into", with
     * an inquiry word (events/cues.tsv INQUIRY) at most three words before it ("التحقيق الدولية في اغتيال", "محاكمة
     * المتهمين في تفجير", "ذكرى مقتل" is a REFERENCE of its own kind): the event told before, not news.
     */
    private static boolean aboutInquiry(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        int about = h.from() - 1;
        if (about < 0 || t.get(about).sentence() != sentence || !ABOUT.contains(t.get(about).form())
                && !ABOUT.contains(Clitics.bare(t.get(about).form()))) {
            return about >= 0 && t.get(about).sentence() == sentence && EventCues.is(EventCues.Kind.INQUIRY, t, about);
        }
        for (int k = about - 1; k >= 0 && k >= about - 3 && t.get(k).sentence() == sentence; k--) {
            if (t.get(k).isPunctuation()) {
                return false;
            }
            if (EventCues.is(EventCues.Kind.INQUIRY, t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of taking place governs a violent noun: right before it or past its subject ("دارت معارك عنيفة",
     * "وقع انفجار", "خاضت وحدات الجيش معارك") or,
     * after its adjectives, right after it ("heavy fighting broke out", "انفجار ضخم هز المدينة") — the noun then
     * reports the event, as a violent verb would.
     */
    static boolean occurred(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 3 && t.get(k).sentence() == sentence; k--) {
            if (t.get(k).isPunctuation()) {
                break;
            }
            if (EventCues.startsAt(EventCues.Kind.OCCURRED, t, k)) {
                return true;
            }
        }
        for (int k = h.to() + 1; k < t.size() && k <= h.to() + 3 && t.get(k).sentence() == sentence; k++) {
            if (t.get(k).isPunctuation() || Clauses.clauseMark(t.get(k))) {
                break;
            }
            if (EventCues.startsAt(EventCues.Kind.OCCURRED, t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions whose object a speaker's clause takes as given: "في الهجوم الذي بدأته"، "منذ أحداث سبتمبر". */
    private static final Set<String> GIVEN_AFTER = Set.of("في", "منذ");
    /** Verbs of taking place that a free relative turns into a thing: "ما تم الاتفاق عليه"، "ما جرى بحثه". */
    private static final Set<String> TOOK_PLACE = Set.of("تم", "جري");

    /**
     * Whether an Arabic happening inside a speaker's reported clause (after a statement verb of a speaker who is not
     * a source, past a complementizer or an opening quote) is named as given, not told: a noun that a preposition of
     * setting or time governs ("اعتبر أن إسرائيل تستخدم في الهجوم الذي بدأته حقها"، "قال: رغم الجهود التي بذلت منذ
     * أحداث سبتمبر…"), or a free relative over a verb of taking place ("قال إن ما تم الاتفاق عليه هو…"). The
     * sentence's news is the saying.
     * Counted violence is never given (the caller checks); "قال إن الجيش شن هجوما" and "قالت الشرطة إن الانفجار وقع"
     * tell the happening.
     */
    private static boolean presupposed(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        Token tok = t.get(h.from());
        if (h.verb() || tok.script() != Script.ARABIC || h.type() == EventType.STATEMENT
                || !inSpeakersClause(t, h, hits)) {
            return false;
        }
        if (h.from() > 0 && GIVEN_AFTER.contains(Clitics.withoutConjunction(t.get(h.from() - 1).form()))) {
            // not after the clause's own perfect: "أن قواته استعانت بالمروحيات في اشتباكاتها" tells the clashes
            return !perfectBetween(t, Math.max(0, h.from() - 6), h.from() - 1);
        }
        // the free relative is the reported clause's subject, right after إن/أن: "إن ما تم الاتفاق عليه هو…"
        // ("يصبح إجمالي ما تم توقيعه 12 اتفاقية" counts what was signed)
        return h.from() > 2 && TOOK_PLACE.contains(Clitics.bare(t.get(h.from() - 1).form()))
                && WHAT.contains(Clitics.withoutConjunction(t.get(h.from() - 2).form()))
                && EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, h.from() - 3);
    }

    /** Whether a statement verb of someone other than a source, then a complementizer or a quote, precede {@code h}. */
    private static boolean inSpeakersClause(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        int sentence = t.get(h.from()).sentence();
        for (TriggerHit o : hits) {
            if (o.type() != EventType.STATEMENT || o.to() >= h.from() || t.get(o.from()).sentence() != sentence
                    || bySource(t, o)) {
                continue;
            }
            for (int k = o.to() + 1; k < h.from(); k++) {
                String f = t.get(k).form();
                if (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k) || f.equals("\"") || f.equals("«")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "What" as a free relative (ما، مما، بما): the verb after it names a thing. */
    private static final Set<String> WHAT = Set.of("ما", "مما", "بما");

    /** Whether a statement verb and a complementizer come before the trigger in its sentence: a reported clause. */
    private static boolean inReportedClause(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        for (TriggerHit o : hits) {
            if (o.type() != EventType.STATEMENT || o.to() >= h.from()) {
                continue;
            }
            // English drops "that": "witnesses said the explosion shook the market"
            if (t.get(o.to()).script() == Script.LATIN && (h.from() == o.to() + 1
                    || h.from() == o.to() + 2 && (t.get(o.to() + 1).is("the") || t.get(o.to() + 1).is("a")))) {
                return true;
            }
            for (int k = o.to() + 1; k < h.from() && k <= o.to() + 8; k++) {
                if (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
                    // the subject of the reported clause ("إن الانفجار وقع"), not an object ("أن بلاده ترفض الضربات"),
                    // unless a perfect before it in the clause says it took place ("أن قواته استعانت بالمروحيات في
                    // اشتباكاتها")
                    return h.from() - k <= 2 && !imperfectAfter(t, h)
                            || h.type() == EventType.ATTACK && perfectBetween(t, k + 1, h.from());
                }
            }
        }
        return false;
    }

    /**
     * Whether the Arabic noun at {@code h}, after its adjectives, is the subject of an imperfect or future verb or of a
     * copula: "أن الهجوم الإسرائيلي يستهدف البلد بأكمله", "إن القصف سيستمر", "إن القصف كان عشوائيا" speak of the
     * violence, they do not report it.
     */
    private static boolean imperfectAfter(TokenizedText t, TriggerHit h) {
        if (t.get(h.from()).script() != Script.ARABIC) {
            return false;
        }
        int sentence = t.get(h.from()).sentence();
        for (int k = h.to() + 1; k < t.size() && k <= h.to() + 3 && t.get(k).sentence() == sentence; k++) {
            String w = Clitics.bare(t.get(k).form());
            if (Clitics.hasArticle(w)) {
                continue; // an adjective: الهجوم الإسرائيلي
            }
            if (COPULA.contains(t.get(k).form())) {
                // "أكد أن القصف كان عشوائيا": the speaker judges the violence; "كان قد وقع" (had happened) reports it
                return !(k + 1 < t.size() && t.get(k + 1).is("قد"));
            }
            return w.length() > 3 && w.startsWith("ي") && !w.startsWith("يوم") || w.equals("سوف") || w.equals("لن")
                    || w.length() > 4 && (w.startsWith("سي") || w.startsWith("ست"));
        }
        return false;
    }

    /** Whether a statement verb and then a complementizer come before the trigger: it is part of what is said. */
    private static boolean reportedContent(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        for (TriggerHit o : hits) {
            if (o.type() == EventType.STATEMENT && o.to() < h.from()) {
                for (int k = o.to() + 1; k < h.from(); k++) {
                    if (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether an Arabic perfect lies in tokens [from, to) with no clause mark between, near the noun (its own phrase:
     * "أن قواته استعانت بالمروحيات في اشتباكاتها") and not opening a relative clause that describes a noun ("المناطق
     * التي تعرضت للقصف", "الطائرات التي أضحت أهدافا في ضرباتها"): the clause's own verb reports the violence.
     */
    private static boolean perfectBetween(TokenizedText t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Clauses.clauseMark(t.get(k))) {
                return false;
            }
            if (Factuality.arabicPerfect(t, k) && to - k <= 5
                    && !(k > 0 && RELATIVE.contains(Clitics.bare(t.get(k - 1).form())))) {
                return true;
            }
        }
        return false;
    }

    /** Imperfect verbs of saying: in news they attribute ("تقول الشرطة إن…"), they do not report a statement made. */
    private static final Set<String> IMPERFECT_SAYING = Set.of("يقول", "تقول", "يري", "تري", "يذكر", "تذكر",
            "يفيد", "تفيد");

    /**
     * Whether an Arabic statement verb only attributes: an imperfect of saying, or a perfect whose complement clause
     * reports a new happening — after إن/أن, a passive of "took place" (تم، جرى) or an indefinite subject with a
     * perfect verb ("إن مسلحين موالين … سيطروا", "أن دوريات كانت منتشرة"), or a subject with the article whose
     * feminine or plural perfect tells what it did ("أن الأمانة العامة أعدت دراسة", {@link #actedAfterSubject}). A
     * pronoun or the speaker's own side ("إنه نفذها", "أن بلاده عمدت إلى…") and a judgement ("إن العملية كانت
     * فاشلة") are the speaker's: the statement is the news.
     */
    static boolean attributionOnly(TokenizedText t, TriggerHit h, List<Mention> mentions) {
        if (t.get(h.from()).script() != Script.ARABIC) {
            return false;
        }
        String verb = Clitics.bare(t.get(h.from()).form());
        if (IMPERFECT_SAYING.contains(verb)) {
            return true;
        }
        if (DENIAL.contains(verb) || DENIAL.contains(t.get(h.from()).form())) {
            return false; // "نفى أن تكون قواته قد قصفت…": what is denied did not happen, the denial is the news
        }
        int sentence = t.get(h.from()).sentence();
        if (asSaid(t, h, sentence)) {
            return true; // "أرغمت تركيا طائرتين على الهبوط، كما أعلنت وزارة الخارجية أمس"
        }
        if (EventCues.is(EventCues.Kind.REPORTING, t, h.from()) && happeningObject(t, h.to() + 1, sentence)) {
            return true; // "أعلنت الشرطة اعتقال خمسة مشتبه بهم", "أكد بيان آخر عن إحباط محاولة"
        }
        for (int k = h.to() + 1; k < t.size() && k <= h.to() + 12 && t.get(k).sentence() == sentence; k++) {
            if (!EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
                continue;
            }
            if (k + 1 >= t.size() || t.get(k + 1).sentence() != sentence) {
                return false;
            }
            String next = Clitics.bare(t.get(k + 1).form());
            if (next.equals("تم") || next.equals("جري")) {
                return true; // "إنه تم اعتقال اثنين"
            }
            if (WHAT.contains(t.get(k + 1).form())) {
                return false; // "إن ما تم الاتفاق عليه هو…": a nominal clause about a thing, the speaker's account
            }
            Token subject = t.get(k + 1);
            if (subject.script() == Script.ARABIC && (Clitics.hasArticle(next) || possessed(next))
                    && countedHappening(t, k + 2, sentence)) {
                return true; // "إن قواته اعتقلت 20 مسلحا": a new, counted happening, whoever did it
            }
            if (subject.script() == Script.ARABIC && Clitics.hasArticle(next) && actedAfterSubject(t, k + 2, sentence)) {
                // "أشارت إلى أن الأمانة العامة أعدت دراسة": a third party's happening of no type of ours, passed on;
                // the speaker's own side ("أكد أن بلاده عمدت إلى تفتيش الطائرتين") speaks for itself: a statement
                return true;
            }
            if (subject.script() != Script.ARABIC || Clitics.hasArticle(next) || DEFINITE.contains(next)
                    || Factuality.arabicPerfect(t, k + 1) || possessed(next)) {
                return false;
            }
            if (judgedPerson(t, k + 1, sentence, mentions)) {
                return false; // "إن بلير كان شريكا في القتل": what the speaker holds of a person, not a happening
            }
            // ten words, a name of several tokens counting as one ("إن مسلحين موالين لزعيم الحرب في مقديشو عبدي حسن
            // أوالي قيديد سيطروا")
            int words = 1;
            for (int j = k + 2; j < t.size() && words <= 9 && t.get(j).sentence() == sentence; j++) {
                Token tj = t.get(j);
                if (mentions.stream().noneMatch(m -> m.start() < tj.start() && tj.end() <= m.end())) {
                    words++;
                }
                if (Clauses.clauseMark(t.get(j)) || NEGATION.contains(Clitics.bare(t.get(j).form()))) {
                    return false; // "أن واشنطن لم تكتف…": the clause's own verb is negated, a stance, not a happening
                }
                if (Factuality.arabicPerfect(t, j) || EventCues.is(EventCues.Kind.RESULT, t, j)
                        || EventCues.is(EventCues.Kind.OCCURRED, t, j)) {
                    return true; // "إن فيضان طوكر أدى إلى تدمير منازل", "إن مسلحين موالين لزعيم … سيطروا"
                }
                if (ownVerbOrRelative(t.get(j))) {
                    // "إن حماس ستقبل بالاتفاقات التي وقعت في الماضي": the clause's own verb is to come; a perfect
                    // in a relative clause after it describes a noun
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /** "But" opens a clause of its own: "إن الشعب الإثيوبي شعب طيب ولكن من وصفها…" ends the subject's clause. */
    private static final Set<String> BUT = Set.of("لكن", "ولكن", "لكنه", "ولكنه", "لكنها", "ولكنها", "بل");

    /**
     * Whether a token of a reported clause with an indefinite subject shows the clause's own verb is not a perfect:
     * an imperfect or future (يقبل، ستقبل), a relative pronoun, "but", or a copula's predicate to come.
     */
    private static boolean ownVerbOrRelative(Token tok) {
        String form = tok.form();
        String w = Clitics.bare(form);
        return tok.script() == Script.ARABIC && (RELATIVE.contains(w) || BUT.contains(form)
                || w.length() > 4 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0);
    }

    /**
     * Whether, past a definite subject's nouns and adjectives (at most ten words, no clause mark, relative pronoun,
     * negation, copula, condition or verb still to come), a perfect tells what it did: "أن الأمانة الفنية … أعدت
     * دراسة", "أن الحكومة رفضت الاقتراح".
     */
    private static boolean actedAfterSubject(TokenizedText t, int from, int sentence) {
        for (int j = from; j < t.size() && j < from + 10 && t.get(j).sentence() == sentence; j++) {
            String form = t.get(j).form();
            String w = Clitics.bare(form);
            if (Clauses.clauseMark(t.get(j)) || RELATIVE.contains(w) || BUT.contains(form) || NEGATION.contains(form)
                    || COPULA.contains(form)
                    || form.length() > 3 && form.charAt(0) == 'و' && COPULA.contains(form.substring(1))
                    || CONDITIONAL.contains(w) || t.get(j).script() != Script.ARABIC || Numbers.at(t, j) != null
                    || w.length() > 3 && w.startsWith("ي") || w.length() > 4 && w.charAt(0) == 'س'
                    && "يتن".indexOf(w.charAt(1)) >= 0) {
                return false; // "إن المفاوضات ستستأنف إذا قبلت إيران": what will be, not what was done
            }
            if (Factuality.arabicPerfect(t, j)) {
                return true;
            }
            if (EventCues.is(EventCues.Kind.RESULT, t, j) || EventCues.is(EventCues.Kind.OCCURRED, t, j)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONDITIONAL = Set.of("اذا", "لو", "ان", "حين", "عندما");

    private static final Set<String> AS = Set.of("كما", "حسبما", "وفقما");

    /**
     * Whether an Arabic verb of saying follows "كما"/"حسبما" (as) inside its sentence and says no clause of its own
     * (no إن/أن after it): "…، كما أعلنت الوزارة أمس" names the source of what the sentence reports. At the start of a
     * sentence "كما أعلن الوزير أن…" is "also announced", a statement.
     */
    private static boolean asSaid(TokenizedText t, TriggerHit h, int sentence) {
        int before = h.from() - 1;
        if (before <= t.firstTokenOf(sentence) || t.get(before).sentence() != sentence
                || !AS.contains(t.get(before).form())) {
            return false;
        }
        if (t.get(before - 1).form().equals(")")) {
            return false; // "(الفرنسية) كما دعا مندوب فرنسا…": after a caption's credit كما opens the story: "also"
        }
        for (int k = h.to() + 1; k < t.size() && t.get(k).sentence() == sentence; k++) {
            if (EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the object of a verb of reporting, within the four words after it (past its speaker: "أكد بيان آخر"),
     * is the verbal noun of a happening, bare or after عن ("أعلنت الشرطة عن اعتقال"). Not after another preposition
     * ("طالبت بالإفراج", "أكد على ضرورة"), a noun of stance or necessity ("أكد ضرورة اعتقال", "أعلن رفضه"), a
     * complementizer or a clause mark: the statement is then the speaker's own.
     */
    private static boolean happeningObject(TokenizedText t, int from, int sentence) {
        for (int k = from; k < from + 4 && k < t.size() && t.get(k).sentence() == sentence; k++) {
            if (Clauses.clauseMark(t.get(k)) || EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)
                    || t.get(k).script() != Script.ARABIC) {
                return false;
            }
            String form = t.get(k).form();
            int p = form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف') ? 1 : 0;
            String bare = Clitics.withoutArticle(Clitics.bare(form));
            if (STANCE_OR_PREPOSITION.contains(bare) || STANCE_OR_PREPOSITION.contains(form.substring(p))) {
                return false;
            }
            if (EventCues.startsAt(EventCues.Kind.HAPPENING, t, k)) {
                return form.charAt(p) != 'ب' && form.charAt(p) != 'ل'; // بالإفراج، للإفراج: a demand's object
            }
        }
        return false;
    }

    /** Words after a verb of reporting that make what follows a stance, a demand or a circumstance, not its object. */
    private static final Set<String> STANCE_OR_PREPOSITION = Set.of("علي", "الي", "في", "من", "حول", "ضروره",
            "اهميه", "رفض", "استعداد", "امكانيه", "احتمال", "نيه", "عزم", "حق", "دعم", "تاييد", "مطالبه", "وجوب",
            "عدم");

    /**
     * Whether a perfect verb within the two tokens from {@code from} is followed within two tokens by a count: "اعتقلت
     * 20 مسلحا", "ضبطت 3 أطنان": what the clause reports is a new happening.
     */
    private static boolean countedHappening(TokenizedText t, int from, int sentence) {
        for (int j = from; j < from + 2 && j < t.size() && t.get(j).sentence() == sentence; j++) {
            if (Clauses.clauseMark(t.get(j))) {
                return false;
            }
            if (Factuality.arabicPerfect(t, j)) {
                for (int n = j + 1; n <= j + 2 && n < t.size() && t.get(n).sentence() == sentence; n++) {
                    if (Numbers.at(t, n) != null) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Copulas: "X كان/أصبح …" describes its subject, it tells no happening. */
    private static final Set<String> COPULA = Set.of("كان", "كانت", "كانوا", "اصبح", "اصبحت", "ظل", "ظلت", "بات",
            "باتت", "صار", "صارت", "ليس", "ليست");

    /**
     * Whether the reported clause at {@code from} opens with a person's name followed, within its next four words, by a
     * copula: "إن دام تي كانت قائدة"، "إن بلير كان شريكا" judge a person already in the news.
     */
    private static boolean judgedPerson(TokenizedText t, int from, int sentence, List<Mention> mentions) {
        int start = t.get(from).start();
        Mention name = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.start() <= start
                && m.end() > start).findFirst().orElse(null);
        if (name == null) {
            return false;
        }
        int k = from;
        while (k < t.size() && t.get(k).sentence() == sentence && t.get(k).start() < name.end()) {
            k++;
        }
        for (int j = k; j < k + 4 && j < t.size() && t.get(j).sentence() == sentence; j++) {
            if (COPULA.contains(t.get(j).form())) {
                return true;
            }
            if (Clauses.clauseMark(t.get(j))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> NEGATION = Set.of("لم", "لن", "لا", "ليس", "ليست", "لما");

    /** Demonstratives and pronouns: a subject the story has already introduced. */
    private static final Set<String> DEFINITE = Set.of("هذا", "هذه", "ذلك", "تلك", "هولاء", "هو", "هي", "هم");

    /**
     * A noun with a possessive suffix is definite: قواته، بلاده، حكومتها. (A final ه is also a folded ة, so an
     * indefinite feminine subject is kept as definite: the statement stays.)
     */
    private static boolean possessed(String form) {
        return form.length() > 3 && (form.endsWith("ه") || form.endsWith("ها") || form.endsWith("هم"));
    }

    /** Whether the speaker of a statement is a source or witness: right after an Arabic verb, near an English one. */
    static boolean bySource(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        if (h.trigger().needs().contains("قوله")) {
            // "نقلت وكالة الأنباء عن الوزير قوله": the agency relays, the one quoted speaks — a source ("نقل عن مصادر
            // مطلعة قولها") only passes news on
            for (int k = h.to() + 1; k < t.size() && t.get(k).sentence() == sentence
                    && !Clitics.bare(t.get(k).form()).startsWith("قول"); k++) {
                if (t.get(k).form().startsWith("عن") || t.get(k).form().equals("الي")) {
                    for (int j = k; j < t.size() && j <= k + 2 && t.get(j).sentence() == sentence; j++) {
                        if (EventCues.is(EventCues.Kind.SOURCE, t, j)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            return false;
        }
        boolean arabic = t.get(h.from()).script() == Script.ARABIC;
        int from = arabic ? h.to() + 1 : h.from() - 4;
        int to = arabic ? h.to() + 2 : h.to() + 3;
        for (int k = Math.max(0, from); k <= to && k < t.size(); k++) {
            if (t.get(k).sentence() == sentence && k != h.from() && EventCues.is(EventCues.Kind.SOURCE, t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether what the statement reports is a violent act still to come: "ستهاجم", "will retaliate". */
    private static boolean threatens(TokenizedText t, TriggerHit h) {
        int sentence = t.get(h.from()).sentence();
        for (int k = h.to() + 1; k < t.size() && t.get(k).sentence() == sentence; k++) {
            if (EventCues.startsAt(EventCues.Kind.FUTURE_VIOLENCE, t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of judging: their object is what the speaker judges ("وصف الوزير المحادثات بأنها مفيدة", "اعتبر الاتفاق
     * خطوة"), not what the statement announces; "أعلن انسحابه" announces.
     */
    private static final Set<String> JUDGING = Set.of("وصف", "وصفت", "وصفوا", "اعتبر", "اعتبرت", "اعتبروا", "انتقد",
            "انتقدت", "انتقدوا", "امتدح", "امتدحت", "قيم", "قيمت");

    private static boolean judging(Token verb) {
        for (Clitics.Stem s : Clitics.stems(verb.form())) {
            if (JUDGING.contains(s.form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event noun that is what a statement verb announces, right after it ("أعلن الجيش انسحابه من المدينة", "announced
     * its withdrawal"): the announcement reports that event.
     */
    private static boolean objectOfStatement(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        if (setting(t, h)) {
            return false; // "قالت في لقائها بنظيرتها"، "said at the meeting": where it was said, not what it announces
        }
        for (TriggerHit o : hits) {
            if (o.type() == EventType.STATEMENT && o.verb() && o.to() < h.from() && h.from() - o.to() <= 4
                    && !judging(t.get(o.from()))) {
                boolean sameClause = true;
                for (int k = o.to() + 1; k < h.from(); k++) {
                    sameClause &= !Clauses.clauseMark(t.get(k)) && !EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)
                            && !t.get(k).is("that");
                }
                if (sameClause) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> SETTING = Set.of("في", "خلال", "اثناء", "during", "at", "in");

    /**
     * Whether a noun is the setting of what is said, not its object: after في، خلال، أثناء, during, at, in, or with the
     * proclitic ب ("بلقائه"، "في لقائها بواشنطن"، "خلال استقباله").
     */
    private static boolean setting(TokenizedText t, TriggerHit h) {
        Token tok = t.get(h.from());
        String f = tok.form();
        if (h.start() > tok.start() && (f.startsWith("ب") || f.startsWith("وب"))) {
            return true;
        }
        return h.from() > 0 && t.get(h.from() - 1).sentence() == tok.sentence()
                && SETTING.contains(t.get(h.from() - 1).form());
    }

    /** A violent noun right after a condemnation or claim verb: its object ("condemned the attack on …"). */
    private static boolean objectOfReport(TokenizedText t, TriggerHit h, List<TriggerHit> hits) {
        int sentence = t.get(h.from()).sentence();
        for (int k = h.from() - 1; k >= 0 && k >= h.from() - 2 && t.get(k).sentence() == sentence; k--) {
            if (t.get(k).isPunctuation() || t.get(k).script() != Script.ARABIC
                    || EventCues.is(EventCues.Kind.COMPLEMENTIZER, t, k)) {
                break; // "قائلا إن الانفجار وقع" reports what the clause says
            }
            if (EventCues.is(EventCues.Kind.SPEECH_MANNER, t, k)) {
                return true; // "مستنكرا بشدة قتل الفلسطينيين", "condemning the killing": what is blamed, not news
            }
        }
        if (h.trigger().verb()) {
            return false;
        }
        for (TriggerHit o : hits) {
            EventType type = o.trigger().type();
            if ((type == EventType.CONDEMNATION || type == EventType.CLAIM) && o.to() < h.from()
                    && h.from() - o.to() <= 4) {
                boolean sameClause = true;
                for (int k = o.to() + 1; k < h.from(); k++) {
                    sameClause &= !Clauses.clauseMark(t.get(k));
                }
                if (sameClause) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
            "اللاتي");

    /**
     * Whether a non-violent verb opens a relative clause ("التي قالت", "الذي أبرم أواخر الثمانينيات"): it
     * describes the noun before it, the sentence reports something else.
     */
    static boolean afterRelative(TokenizedText t, TriggerHit h) {
        if (!h.verb() || h.violent() || h.from() == 0) {
            return false;
        }
        Token before = t.get(h.from() - 1);
        return before.sentence() == t.get(h.from()).sentence() && RELATIVE.contains(Clitics.bare(before.form()));
    }

    private static int rank(TriggerHit h) {
        int typeRank = switch (h.trigger().type()) {
            case ATTACK -> 3;
            case KILLING, DEATH -> 2;
            default -> 1;
        };
        return typeRank * 2 + (h.trigger().verb() ? 1 : 0);
    }
}
