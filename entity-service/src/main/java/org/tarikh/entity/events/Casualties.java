package org.tarikh.entity.events;

import java.util.List;
import java.util.Set;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Timex;

/** Killed and injured counts of a sentence, from its killing and injury triggers and its casualty nouns. */
final class Casualties {

    /** A count as the text gives it: "at least 40" is {40, atLeast}. */
    record Count(int value, boolean atLeast) {
    }

    private static final Set<String> AT_LEAST = Set.of("ما لا يقل عن", "لا يقل عن", "علي الاقل", "اكثر من", "at least",
            "more than", "over", "upwards of", "ما يزيد عن", "ما يزيد على", "ما يزيد علي");
    private static final Set<String> KILLED_NOUNS = Set.of("قتيل", "قتلي", "قتيلا", "شهيد", "شهداء", "شهيدا", "dead",
            "killed", "deaths", "fatalities", "قتلوا", "لقوا", "جثه", "جثث", "جثمان", "جثامين", "bodies");
    /** Duals that are casualty nouns: they count two of their own kind only (قتيلان وثلاثة جرحى: 2 killed, 3 hurt). */
    private static final Set<String> KILLED_DUALS = Set.of("قتيلان", "قتيلين", "جثتين", "جثتان", "شهيدان", "شهيدين");
    private static final Set<String> INJURED_DUALS = Set.of("جريحان", "جريحين");
    private static final Set<String> INJURED_NOUNS = Set.of("جريح", "جرحي", "جريحا", "مصاب", "مصابين", "مصابا",
            "اصابه", "اصابات", "injured", "wounded", "hurt", "injuries", "casualties", "اصيبوا");

    /** How many the sentence says were killed, or null. */
    static Count killed(TokenizedText t, int sentence, List<TriggerHit> hits, List<Timex> timexes) {
        return count(t, sentence, hits, timexes, EventType.KILLING, KILLED_NOUNS);
    }

    /** How many the sentence says were injured, or null. */
    static Count injured(TokenizedText t, int sentence, List<TriggerHit> hits, List<Timex> timexes) {
        return count(t, sentence, hits, timexes, EventType.INJURY, INJURED_NOUNS);
    }

    /** The sentence's count of {@code kind}, with the counts of "N others" of later clauses added ({@link #withMore}). */
    private static Count count(TokenizedText t, int sentence, List<TriggerHit> hits, List<Timex> timexes,
            EventType kind, Set<String> nouns) {
        Casualties c = new Casualties(t, timexes, hits);
        return count(c.withMore(sentence, kind, c.casualties(sentence, hits, kind, nouns)));
    }

    /** "N others": the plural of "other" after a count (آخرون، آخرين), more of the kind its own verb or noun says. */
    private static final Set<String> MORE = Set.of("اخرون", "اخرين");

    /**
     * Counts of more of the same kind told in later clauses are added to the sentence's count: "لقي 364 شخصا مصرعهم
     * في الجنوب، بينما شهد الشرق مصرع 256 آخرين، كما لقي 6 آخرون مصرعهم" is 626. A count followed by آخرون/آخرين
     * belongs to the violent trigger nearest before it (or after it when none comes before): "قتل 5 أشخاص وأصيب 12
     * آخرون" adds the 12 to the injured, not to the killed. Only a count of a later clause, with a trigger of its own,
     * is added: "أصيب 3 من رجال الشرطة و20 آخرين" is one group joined by و (23, summed as groups are); when the
     * sentence's first count of the kind is itself such a count ("وقتل 3 آخرون"), it is the base.
     */
    private int[] withMore(int sentence, EventType kind, int[] base) {
        if (base == null) {
            return null;
        }
        int firstOfKind = -1;
        TriggerHit firstOwner = null;
        int sum = base[0];
        boolean added = false;
        for (int i = t.firstTokenOf(sentence); i < t.size() && t.get(i).sentence() == sentence; i++) {
            int[] n = number(i);
            if (n == null) {
                continue;
            }
            TriggerHit owner = owner(i, n[1], sentence);
            if (owner == null || !ofKind(owner, kind)) {
                i = n[1];
                continue;
            }
            boolean more = n[1] + 1 < t.size() && t.get(n[1] + 1).sentence() == sentence
                    && MORE.contains(Clitics.bare(t.get(n[1] + 1).form()));
            if (firstOfKind < 0) {
                firstOfKind = i;
                firstOwner = owner;
            } else if (more && owner != firstOwner) {
                sum += n[0];
                added = true;
            }
            i = n[1];
        }
        return added ? new int[] {sum, base[1]} : base;
    }

    /**
     * The violent trigger a count at tokens [i, end] belongs to: the nearest before it in its sentence, else after; none
     * when a verb of another kind comes first ("اعتقلت قوات الاحتلال 19 آخرين بينهم ثلاثة أصيبوا": the 19 were
     * arrested, not injured).
     */
    private TriggerHit owner(int i, int end, int sentence) {
        for (int k = i - 1; k >= 0 && k >= i - 5 && t.get(k).sentence() == sentence; k--) {
            if (triggerAt(k)) {
                break;
            }
            if (Factuality.arabicPerfect(t, k)) {
                return null;
            }
        }
        TriggerHit best = null;
        for (TriggerHit h : hits) {
            if (h.violent() && h.to() < i && i - h.to() <= 6 && t.get(h.from()).sentence() == sentence
                    && (best == null || h.to() > best.to())) {
                best = h;
            }
        }
        if (best != null) {
            return best;
        }
        for (TriggerHit h : hits) {
            if (h.violent() && h.from() > end && h.from() - end <= 4 && t.get(h.from()).sentence() == sentence
                    && (best == null || h.from() < best.from())) {
                best = h;
            }
        }
        return best;
    }

    private final TokenizedText t;
    private final List<Timex> timexes;
    private final List<TriggerHit> hits;

    private Casualties(TokenizedText t, List<Timex> timexes, List<TriggerHit> hits) {
        this.t = t;
        this.timexes = timexes;
        this.hits = hits;
    }

    /** Whether another trigger starts at token {@code k}: "لقي جندي مصرعه وأصيب ثلاثة": the 3 are the injury's. */
    private boolean otherTriggerAt(int k, TriggerHit own) {
        for (TriggerHit o : hits) {
            if (o != own && o.from() == k && o.type() != own.type()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people of an English passive's subject joined by "and", when there are at least two groups: "two soldiers
     * and a civilian were killed" is 3, "a policeman and his driver were wounded" 2. 0 otherwise (one group is read
     * by the number rules).
     */
    private int englishSubjects(TriggerHit h, int sentence) {
        int k = h.from() - 1;
        if (k < 0 || !(t.get(k).is("were") || t.get(k).is("been"))) {
            return 0;
        }
        while (k > 0 && (t.get(k).is("were") || t.get(k).is("been") || t.get(k).is("have") || t.get(k).is("had"))) {
            k--;
        }
        int sum = 0;
        int groups = 0;
        int inGroup = 0; // people counted in the current group
        boolean head = false; // the current group's person noun has been seen
        for (int j = k; j >= 0 && j >= k - 10 && t.get(j).sentence() == sentence; j--) {
            Token tok = t.get(j);
            if (tok.isPunctuation() || Clauses.clauseMark(tok)) {
                break;
            }
            if (tok.is("and")) {
                if (inGroup == 0) {
                    return 0;
                }
                groups++;
                inGroup = 0;
                head = false;
                continue;
            }
            if (inGroup == 0 && EventCues.is(EventCues.Kind.PERSON, t, j)) {
                head = true;
                continue;
            }
            if (inGroup == 0 && !head && j > 0 && number(j - 1) != null) {
                head = true; // "two bystanders": a counted noun is a group whatever it names
                continue;
            }
            if (inGroup == 0 && !head) {
                return 0; // "died and 12 were injured": no person noun before "and"
            }
            int[] n = number(j);
            if (n != null && n[1] < t.size() && inGroup == 0) {
                inGroup = n[0];
                sum += n[0];
            } else if ((tok.is("a") || tok.is("an") || tok.is("one") || possessive(tok)) && inGroup == 0
                    && j + 1 < t.size() && EventCues.is(EventCues.Kind.PERSON, t, j + 1)) {
                inGroup = 1;
                sum += 1;
            } else if (inGroup != 0 && !EventCues.is(EventCues.Kind.PERSON, t, j)) {
                break; // "the army said two soldiers and a civilian": the subject has begun
            }
        }
        return groups >= 1 && inGroup != 0 ? sum : 0;
    }

    private static boolean possessive(Token tok) {
        return tok.is("his") || tok.is("her") || tok.is("their") || tok.is("its");
    }

    private boolean triggerAt(int k) {
        for (TriggerHit o : hits) {
            if (k >= o.from() && k <= o.to()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} lies in an attack noun that is the subject of an Arabic verb of harm just before it (VSO:
     * the verb, then its subject, then its object): "قتلت الغارة خمسة أشخاص وأصابت 20 آخرين", "أودت سلسلة من الهجمات
     * بحياة 30" — the means does not end the search for the count, as another trigger does.
     */
    private boolean meansSubject(int k, TriggerHit own) {
        if (!own.verb() || own.type() == EventType.ATTACK || t.get(own.from()).script() != Script.ARABIC
                || k - own.to() > 3) {
            return false;
        }
        for (TriggerHit o : hits) {
            if (k >= o.from() && k <= o.to() && !o.verb() && o.type() == EventType.ATTACK) {
                for (int j = own.to() + 1; j < o.from(); j++) {
                    if (number(j) != null || t.get(j).isPunctuation()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether another trigger verb than {@code own}'s starts at token {@code k}. */
    private boolean otherVerbAt(int k, TriggerHit own) {
        for (TriggerHit o : hits) {
            if (o != own && o.from() == k && o.verb() && o.from() != own.from()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ENGLISH_AUX = Set.of("was", "were", "been", "be", "is", "are", "being");

    /** Units that make a number a measure, not a count of people: "ثلاثة أعوام", "255 كلم", "20 minutes". */
    private static final Set<String> UNITS = Set.of("عام", "اعوام", "سنوات", "سنه", "سنين", "ايام", "يوما", "ساعات",
            "ساعه", "ساعتين", "دقائق", "دقيقه", "اسابيع", "اشهر", "شهور", "كلم", "كيلومترا", "كيلومتر", "كيلو", "مترا",
            "متر", "دولار", "طن", "years", "year", "days", "day", "hours", "hour", "minutes", "weeks", "months", "km",
            "kilometres", "kilometers", "miles", "metres", "meters", "percent", "dollars", "tonnes", "%",
            // a quake's magnitude, a temperature ("بقوة 6 درجات", "magnitude 7"), money ("2000 دولار", "500 يورو")
            "درجات", "درجه", "ريختر", "magnitude", "degrees", "richter", "يورو", "دينار", "جنيه", "ريال", "ليره",
            "درهم", "شيكل", "euros", "pounds", "مليار", "billion");

    /**
     * Nouns a number labels rather than counts, normalized without clitics: "في الدقيقة 65" (the 65th minute), "القرار
     * رقم 1701", "المجموعة 12", "minute 65".
     */
    private static final Set<String> LABELS = Set.of("دقيقه", "ساعه", "رقم", "قرار", "مرحله", "جوله", "مجموعه",
            "ماده", "فقره", "طابق", "مركز", "شوط", "حلقه", "صفحه", "بند", "minute", "number", "no", "resolution",
            "article", "round", "group", "page", "magnitude", "$", "€", "£");

    /**
     * A number that counts people: not inside a temporal expression ("يوم 4 مارس"), not a year, not a measure with a
     * unit ("ثلاثة أعوام").
     */
    private int[] number(int k) {
        int[] n = Numbers.at(t, k);
        if (n == null || yearLike(k, n) || n[1] + 1 < t.size() && UNITS.contains(t.get(n[1] + 1).form())
                || k > 0 && t.get(k - 1).sentence() == t.get(k).sentence()
                        && LABELS.contains(Clitics.withoutArticle(Clitics.bare(t.get(k - 1).form())))) {
            return null;
        }
        int at = t.get(k).start();
        for (Timex x : timexes) {
            if (at >= x.start() && at < x.end()) {
                return null;
            }
        }
        return n;
    }

    /**
     * Whether token {@code k} belongs to a measure: the separator or digits of a decimal or grouped number after its
     * first digits, digits that count nothing (a decimal, "6.8"), or a unit just after digits ("درجات").
     */
    private boolean measurePart(int k) {
        Token tok = t.get(k);
        if (Numbers.continues(t, k) || tok.isPunctuation() && k + 1 < t.size() && Numbers.continues(t, k + 1)) {
            return true;
        }
        if (tok.script() == Script.DIGITS) {
            return Numbers.at(t, k) == null;
        }
        if (tok.is("-") && k > 0 && k + 1 < t.size() && t.get(k - 1).script() == Script.DIGITS
                && UNITS.contains(t.get(k + 1).form())) {
            return true; // "7.0-magnitude"
        }
        return k > 0 && UNITS.contains(tok.form()) && (t.get(k - 1).script() == Script.DIGITS
                || t.get(k - 1).is("-") && k > 1 && t.get(k - 2).script() == Script.DIGITS);
    }

    private static Count count(int[] found) {
        return found == null ? null : new Count(found[0], found[1] == 1);
    }

    /**
     * Killed or injured count of a sentence: a number after a killing/injury trigger ("قتل 3 جنود", "killing 12"),
     * before it ("3 soldiers were killed"), or before a casualty noun ("40 جريحا", "12 dead"); groups joined by و/and
     * are added ("3 من عناصر الشرطة ومدنيان": 5, "47 rebels and 5 soldiers": 52) unless the next one is the other kind
     * ("70 قتيلا و200 جريح"); one person named by what they are ("اغتال مسلحون معاون السجن", "a soldier was killed")
     * is one. {count, atLeast}.
     */
    private int[] casualties(int sentence, List<TriggerHit> hits, EventType kind,
            Set<String> nouns) {
        Set<String> others = nouns == KILLED_NOUNS ? INJURED_NOUNS : KILLED_NOUNS;
        for (TriggerHit h : hits) {
            if (!ofKind(h, kind)) {
                continue;
            }
            Token first = t.get(h.from());
            if (toll(h)) {
                // "ارتفع عدد قتلى الهجوم إلى 15", "the death toll from the quake rose to 300": the count closes the
                // phrase, whatever it names on the way
                for (int k = h.to() + 1, reach = 8; k <= h.to() + reach && k < t.size()
                        && t.get(k).sentence() == sentence; k++) {
                    if (measurePart(k)) {
                        reach++; // "the death toll from the 7.0-magnitude quake has risen to 110,000"
                        continue;
                    }
                    if (Clauses.clauseMark(t.get(k))) {
                        break;
                    }
                    int[] n = number(k);
                    if (n != null) {
                        return new int[] {n[0], atLeast(t, k, n[1]) ? 1 : 0};
                    }
                }
            }
            int[] object = objectCount(h, sentence);
            if (object != null) {
                return object; // "وقتلته مع سبعة من عائلته": him and seven more
            }
            if (first.script() == Script.ARABIC && h.start() > first.start()
                    && (first.form().charAt(0) == 'و' || first.form().charAt(0) == 'ف')) {
                // "قتل خمسة أشخاص وأصيب آخرون": a verb joined by و opens its own clause; its count follows it
                int[] after = numberNear(h, h.to() + 1, sentence, 1, 7, others);
                if (after != null) {
                    return after;
                }
                continue;
            }
            if (t.get(h.from()).script() == Script.LATIN && h.verb()) {
                int subjects = englishSubjects(h, sentence);
                if (subjects > 0) {
                    return new int[] {subjects, 0}; // "two soldiers and a civilian were killed": 3
                }
                if (h.from() == 0 || !ENGLISH_AUX.contains(t.get(h.from() - 1).form())) {
                    int obj = h.to() + 1;
                    while (obj < t.size() && obj <= h.to() + 3 && !t.get(obj).isPunctuation()
                            && number(obj) == null && !t.get(obj).is("and")) {
                        obj++;
                    }
                    int[] after = obj <= h.to() + 3 && obj < t.size() && number(obj) != null
                            ? numberNear(h, obj, sentence, 1, 1, others) : null;
                    if (after != null) {
                        return after; // an active verb counts its object: "killed 12 and wounded 30"
                    }
                }
            }
            if (t.get(h.from()).script() == Script.LATIN || first.form().endsWith("وا")) {
                // English, and an Arabic plural verb after its subject, put the count first: "five people were
                // killed and 12 injured", "3 أشخاص قتلوا"
                int[] before = numberNear(h, h.from() - 1, sentence, -1, 5, others);
                if (before != null) {
                    return before;
                }
            }
            int[] after = numberNear(h, h.to() + 1, sentence, 1, 7, others);
            if (after != null) {
                return after;
            }
            int[] before = numberNear(h, h.from() - 1, sentence, -1, 5, others);
            if (before != null) {
                return before;
            }
        }
        Set<String> ownDuals = nouns == KILLED_NOUNS ? KILLED_DUALS : INJURED_DUALS;
        Set<String> otherDuals = nouns == KILLED_NOUNS ? INJURED_DUALS : KILLED_DUALS;
        for (int i = t.firstTokenOf(sentence); i < t.size() && t.get(i).sentence() == sentence; i++) {
            String form = Clitics.bare(t.get(i).form());
            if (otherDuals.contains(form)) {
                continue;
            }
            if (ownDuals.contains(form)) {
                return new int[] {2 + joined(i, sentence, others), atLeast(t, i, i) ? 1 : 0}; // "سقط قتيلان"
            }
            int[] n = number(i);
            if (n == null) {
                continue;
            }
            for (int k = n[1] + 1; k <= n[1] + 3 && k < t.size() && t.get(k).sentence() == sentence; k++) {
                if (t.get(k).is("and") || t.get(k).is("و")) {
                    break; // "killed 12 people and wounded 30": the noun after "and" is another verb's
                }
                if (nouns.contains(t.get(k).form())) {
                    return withRange(i, n, new int[] {n[0] + joined(k, sentence, others), atLeast(t, i, k) ? 1 : 0});
                }
                if (others.contains(t.get(k).form())) {
                    break; // "سقط ثلاثة شهداء وعشرات الجرحى": the count is the other kind's
                }
                if (number(k) != null || Numbers.conjoined(t.get(k).form().substring(1)) != null
                        && t.get(k).form().startsWith("و")) {
                    break; // "قتيلان وثلاثة جرحى": the next count has its own noun
                }
            }
        }
        for (TriggerHit h : hits) {
            if (ofKind(h, kind) && (h.verb() || t.get(h.from()).script() == Script.ARABIC)) {
                int persons = persons(h, sentence);
                if (persons > 0) {
                    return new int[] {persons, 0};
                }
                if (dualVerb(h) || dualComplement(h, sentence)) {
                    return new int[] {2, 0}; // "قتلا في غارة", "لقيت شقيقتان حتفهما": the dual says two
                }
            }
        }
        return null;
    }

    /**
     * A range counts its lower end, as "at least": "بين 3 و5 أشخاص", "من 10 إلى 15", "between 3 and 5". {@code n} is
     * the number found at token {@code i}; {@code found} the count it gave.
     */
    private int[] withRange(int i, int[] n, int[] found) {
        boolean between = i > 0 && (Clitics.bare(t.get(i - 1).form()).equals("بين") || t.get(i - 1).is("between"));
        boolean fromTo = n[1] + 2 < t.size() && (Clitics.bare(t.get(n[1] + 1).form()).equals("الي")
                || t.get(n[1] + 1).is("to") || t.get(n[1] + 1).is("-")) && number(n[1] + 2) != null;
        return between || fromTo ? new int[] {n[0], 1} : found;
    }

    /** A toll: the count of the dead, named as such ("عدد القتلى", "حصيلة الضحايا", "death toll"). */
    private static boolean toll(TriggerHit h) {
        List<String> w = h.trigger().words();
        return !h.verb() && w.size() > 1 && (w.get(0).equals("عدد") || w.get(0).equals("حصيله")
                || w.get(w.size() - 1).equals("toll"));
    }

    /** The trigger's complement in the dual: "لقيت … حتفهما", "لقي … مصرعهما". */
    private boolean dualComplement(TriggerHit h, int sentence) {
        for (int k = h.to() + 1; k <= h.to() + 4 && k < t.size() && t.get(k).sentence() == sentence; k++) {
            String f = Clitics.bare(t.get(k).form());
            if (f.endsWith("هما") && h.trigger().needs().contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** An Arabic dual verb of the trigger itself (قتلا، استشهدا، لقيا، أصيبا): not a plural in -وا. */
    private boolean dualVerb(TriggerHit h) {
        String w = h.trigger().words().get(0);
        return h.verb() && t.get(h.from()).script() == Script.ARABIC && w.length() > 3 && w.endsWith("ا")
                && !w.endsWith("وا");
    }

    /**
     * A killing verb with a singular object pronoun names one victim (قتلته، استهدفها), and "مع N" adds N ("قتلته مع
     * سبعة من عائلته": 8). Null when the verb carries no object.
     */
    private int[] objectCount(TriggerHit h, int sentence) {
        Token tok = t.get(h.from());
        if (!h.verb() || tok.script() != Script.ARABIC || h.trigger().type() == EventType.ATTACK) {
            return null;
        }
        String f = Clitics.bare(tok.form());
        String w = h.trigger().words().get(0);
        if (f.equals(w) || !(f.endsWith("ه") || f.endsWith("ها")) || f.endsWith("هم")) {
            return null;
        }
        int k = h.to() + 1;
        if (k + 1 < t.size() && t.get(k).sentence() == sentence && t.get(k).is("مع")) {
            int[] n = number(k + 1);
            if (n != null) {
                return new int[] {1 + n[0], 0};
            }
        }
        return new int[] {1, 0};
    }

    /** Killed counts come from killing and death triggers alike; injured from injury triggers. */
    private static boolean ofKind(TriggerHit h, EventType kind) {
        return h.type() == kind || kind == EventType.KILLING && h.type() == EventType.DEATH;
    }

    /** Words after which a number is an age, not a toll: "at the age of 90", "عن عمر يناهز 80". */
    private static final Set<String> AGE = Set.of("age", "aged", "عمر", "ناهز", "يناهز");

    /** The first number within {@code reach} tokens from {@code i} in direction {@code step}, with "at least". */
    private int[] numberNear(TriggerHit h, int i, int sentence, int step, int reach, Set<String> others) {
        for (int k = i, n = 0; k >= 0 && k < t.size() && n < reach; k += step, n++) {
            if (step < 0) {
                k = Numbers.startOf(t, k); // "2,000 people were killed": the number from its first digits
            } else if (measurePart(k)) {
                n--; // "بقوة 6.8 درجات بحياة 2000": a measure on the way does not use up the reach
                continue;
            }
            Token tok = t.get(k);
            if (step > 0 && meansSubject(k, h)) {
                continue; // "قتلت الغارة خمسة أشخاص", "أودت سلسلة من الهجمات بحياة 30": the verb's subject, its means
            }
            if (tok.sentence() != sentence || Clauses.clauseMark(tok) && step < 0
                    || step < 0 && EventDating.GOVERNING.contains(tok.form()) || otherTriggerAt(k, h)
                    || step < 0 && otherVerbAt(k, h)) {
                // "أصيب خمسة أشخاص ولقي رجل مصرعه": a verb before the trigger opens the clause; a count before it is
                // another clause's
                return null; // "ثلاثة أعوام بعد مقتل": a number across "after" counts something else
            }
            if ((others == KILLED_NOUNS ? KILLED_DUALS : INJURED_DUALS).contains(Clitics.bare(tok.form()))) {
                return null; // "قتيلان وثلاثة جرحى": the dual counts the other kind
            }
            if (step < 0 && k != i && others.contains(tok.form())) {
                return null; // "سقط ثلاثة شهداء وعشرات الجرحى": the count before is the other kind's
            }
            int[] num = number(k);
            if (num == null && step < 0 && tok.script() == Script.ARABIC && tok.form().length() > 2
                    && tok.form().charAt(0) == 'و') {
                int[] word = Numbers.conjoined(tok.form().substring(1));
                num = word == null ? null : new int[] {word[0], k}; // "وثلاثة جرحى"
            }
            int lower = step < 0 && num != null ? rangeBefore(k) : -1;
            if (lower >= 0) {
                int[] low = number(lower);
                return new int[] {low[0], 1}; // "between 37,500 and 300,000 deaths": the lower end, as "at least"
            }
            if (num != null) {
                int total = num[0] + (step > 0 ? joined(num[1], sentence, others) : joinedBefore(k, sentence));
                return withRange(k, num, new int[] {total, atLeast(t, k, num[1]) ? 1 : 0});
            }
            if (step > 0 && (isTriggerLike(tok) || tok.form().equals("في") || tok.form().equals("in")) && n > 0) {
                return null;
            }
            if (step > 0 && AGE.contains(tok.form())) {
                return null; // "died on Sunday at the age of 90", "عن عمر يناهز 80": the number is an age
            }
        }
        return null;
    }

    /**
     * The sum of the groups joined to a count that ends at token {@code end}: "3 من عناصر الشرطة ومدنيان" adds 2;
     * none when the joined number counts the other kind ("70 قتيلا و200 جريح").
     */
    private int joined(int end, int sentence, Set<String> others) {
        int sum = 0;
        int k = end + 1;
        for (int gap = 0; k < t.size() && t.get(k).sentence() == sentence && gap < 4; k++, gap++) {
            Token tok = t.get(k);
            if (Clauses.clauseMark(tok) || others.contains(tok.form())) {
                return sum;
            }
            int[] next = null;
            if (tok.is("و") || tok.is("and")) {
                next = number(k + 1);
            } else if (tok.script() == Script.ARABIC && tok.form().length() > 2 && tok.form().charAt(0) == 'و') {
                next = Numbers.conjoined(tok.form().substring(1));
                if (next == null && (EventCues.is(EventCues.Kind.PERSON, t, k) || personDual(tok.form()) > 0)) {
                    next = new int[] {Math.max(1, personDual(tok.form())), 0}; // "امرأتان وطفل": one more
                }
            } else if (number(k) != null || KILLED_NOUNS.contains(tok.form())
                    || INJURED_NOUNS.contains(tok.form())) {
                return sum; // a new count or the casualty noun closes the group
            }
            if (next != null) {
                int last = tok.is("و") || tok.is("and") ? next[1] : k;
                if (last + 1 < t.size() && others.contains(t.get(last + 1).form())
                        || last + 2 < t.size() && others.contains(t.get(last + 2).form())) {
                    return sum; // "killed 5 and 12 injured": the next count is the other kind
                }
                sum += next[0];
                k = last;
                gap = 0;
            }
        }
        return sum;
    }

    /**
     * The first token of a range's lower end when the count at token {@code k} is a range's upper end ("بين 3 و5
     * قتلى", "between 37,500 and 300,000 deaths", "45,000-50,000 people", "10 to 15"), else -1.
     */
    private int rangeBefore(int k) {
        if (k < 2) {
            return -1;
        }
        boolean and = t.get(k - 1).is("and") || t.get(k - 1).is("و");
        if (!and && !t.get(k - 1).is("-") && !t.get(k - 1).is("to") && !Clitics.bare(t.get(k - 1).form()).equals("الي")) {
            return -1;
        }
        int low = Numbers.startOf(t, k - 2);
        int[] n = number(low);
        if (n == null || n[1] != k - 2) {
            return -1;
        }
        return !and || low >= 1 && (Clitics.bare(t.get(low - 1).form()).equals("بين") || t.get(low - 1).is("between"))
                ? low : -1;
    }

    /** "47 rebels and 5 soldiers were killed": the group joined before a count found going backwards. */
    private int joinedBefore(int start, int sentence) {
        for (int k = start - 1; k >= 0 && k >= start - 4 && t.get(k).sentence() == sentence; k--) {
            Token tok = t.get(k);
            if (Clauses.clauseMark(tok)) {
                return 0;
            }
            if (tok.is("and") || tok.is("و")) {
                for (int j = k - 1; j >= 0 && j >= k - 3 && t.get(j).sentence() == sentence; j--) {
                    if (triggerAt(j)) {
                        return 0; // "three people died and 12 were injured": "and" joins two clauses
                    }
                    int[] n = number(j);
                    if (n != null) {
                        return n[0];
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /**
     * People named by what they are, one each, right after an Arabic killing verb ("قتل جندي", "اغتال مسلحون معاون
     * السجن"), joined by و ("قتل ضابط ومجند وأصيب ثلاثة": 2), or one with "a"/"an"/"one" next to an English verb ("a
     * soldier was killed", "killed a journalist"). 0 when none.
     */
    private int persons(TriggerHit h, int sentence) {
        if (t.get(h.from()).script() == Script.ARABIC) {
            int count = 0;
            int skipped = 0;
            for (int k = h.to() + 1; k <= h.to() + 8 && k < t.size() && t.get(k).sentence() == sentence; k++) {
                Token tok = t.get(k);
                if (tok.isPunctuation() || otherTriggerAt(k, h) || number(k) != null) {
                    break;
                }
                if (k == h.to() + 1 && ONE_MORE.contains(Clitics.bare(tok.form()))) {
                    return 1; // "لقي جنديان حتفهما وجرح ثالث", "وأصيب آخر بجروح": one more
                }
                if (k == h.to() + 1 && TWO_MORE.contains(Clitics.bare(tok.form()))) {
                    return 2; // "قتل شخصان وأصيب آخران": the nominative dual of "other" is two more
                }
                boolean joined = tok.form().length() > 2 && tok.form().charAt(0) == 'و';
                int[] word = joined && count > 0 ? Numbers.conjoined(tok.form().substring(1)) : null;
                if (word != null) {
                    count += word[0]; // "قتل قائد ميداني وثلاثة من مرافقيه": 4
                    skipped = 0;
                    continue;
                }
                int[] kin = joined && count > 0 ? possessedPersons(k, sentence) : null;
                if (kin != null) {
                    count += kin[0]; // "لقي رجل وزوجته وأطفالهما الثلاثة حتفهم": 1 + 1 + 3
                    k = kin[1];
                    skipped = 0;
                    continue;
                }
                int dual = personDual(tok.form());
                if (dual > 0 || EventCues.is(EventCues.Kind.PERSON, t, k)
                        || EventCues.isAccusative(EventCues.Kind.PERSON, t, k)) {
                    if (count > 0 && !joined) {
                        continue; // "جندي إسرائيلي": an adjective of the same person
                    }
                    count += Math.max(1, dual); // "استشهد شابان", "قتلت امرأتان وطفل": 2, 3
                    skipped = 0;
                } else if (joined && count > 0 || ++skipped > (count == 0 ? 3 : 2)) {
                    break; // "وأصيب", or too far from the verb
                }
            }
            return count;
        }
        for (int k = Math.max(0, h.from() - 5); k <= h.to() + 3 && k + 1 < t.size(); k++) {
            if (t.get(k).sentence() == sentence && (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("one"))
                    && EventCues.is(EventCues.Kind.PERSON, t, k + 1)) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * People named by their kin to someone just counted, joined by و: a person noun with a possessive suffix is one
     * ("وزوجته"، "ونجلها"), any possessed noun followed by a number word with the article is that many ("وأطفالهما
     * الثلاثة": 3). {count, last token} or null.
     */
    private int[] possessedPersons(int k, int sentence) {
        String f = Clitics.bare(t.get(k).form());
        for (String suffix : new String[] {"هما", "هم", "ها", "ه"}) {
            if (f.length() - suffix.length() < 3 || !f.endsWith(suffix)) {
                continue;
            }
            String stem = f.substring(0, f.length() - suffix.length());
            String feminine = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
            if (k + 1 < t.size() && t.get(k + 1).sentence() == sentence && Clitics.hasArticle(t.get(k + 1).form())) {
                int[] n = Numbers.conjoined(Clitics.withoutArticle(t.get(k + 1).form()));
                if (n != null) {
                    return new int[] {n[0], k + 1};
                }
            }
            return EventCues.isPersonWord(stem) || EventCues.isPersonWord(feminine) ? new int[] {1, k} : null;
        }
        return null;
    }

    /** One more person, named by what number they are: آخر، ثالث، رابع (not the plural آخرون: no count). */
    private static final Set<String> ONE_MORE = Set.of("اخر", "ثان", "ثاني", "ثالث", "رابع", "خامس");

    /** Two more: the nominative duals of "other" (آخران، أخريان); the oblique آخرين is also the plural, no count. */
    private static final Set<String> TWO_MORE = Set.of("اخران", "اخريان");

    /**
     * 2 when an Arabic word is the dual of a person noun (شابان، امرأتان، طفلتين: the stem before ان/ين, with a
     * feminine ت read as ة), else 0. A masculine -ين is also the sound plural (مدنيين، مسلحين): not a dual.
     */
    static int personDual(String form) {
        String f = Clitics.bare(form);
        f = Clitics.withoutArticle(f);
        for (String ending : new String[] {"اه", "اها", "اهم", "اهما"}) {
            // the dual in construct with a possessive: طفلاها، ابناه، شقيقتاه (her two children, his two sons)
            if (f.length() >= ending.length() + 3 && f.endsWith(ending)) {
                String stem = f.substring(0, f.length() - ending.length());
                if (EventCues.isPersonWord(stem) || stem.endsWith("ت")
                        && EventCues.isPersonWord(stem.substring(0, stem.length() - 1) + "ه")) {
                    return 2;
                }
            }
        }
        for (String ending : new String[] {"ان", "تين"}) {
            if (f.length() >= 5 && f.endsWith(ending)) {
                String stem = f.substring(0, f.length() - ending.length() + (ending.equals("تين") ? 1 : 0));
                if (EventCues.isPersonWord(stem) || stem.endsWith("ت")
                        && EventCues.isPersonWord(stem.substring(0, stem.length() - 1) + "ه")) {
                    return 2;
                }
            }
        }
        return 0;
    }

    private static boolean isTriggerLike(Token tok) {
        return tok.form().equals("و") || tok.form().equals("and");
    }

    /**
     * Whether the number at token {@code k} ({@code n} as {@link Numbers#at} read it) is a year or a date's part rather
     * than a count: four bare digits from 1900 to 2100 ("عام 2000", "في 2006", "since 1990"), unless what surrounds
     * them gives them a count's role — a counted noun after ("2000 شخص", "2000 others", "1990 من المدنيين") or an
     * approximator before ("أكثر من 2000", "نحو 1950", "about 2000"). Grouped digits (2,000) and number words (ألفين)
     * are never years.
     */
    private boolean yearLike(int k, int[] n) {
        if (k + 1 < t.size() && (t.get(k + 1).is("/") || t.get(k + 1).is("-") || t.get(k + 1).form().equals("%"))) {
            return true; // 3/4/2020, 2020-05-01, 15%: a date's part or a share ("50,000-100,000" is a range)
        }
        if (n[0] < 1900 || n[0] > 2100 || n[1] != k || t.get(k).script() != Script.DIGITS) {
            return false;
        }
        return !counted(n[1]) && !approximated(k);
    }

    /** Nouns of people a count may be followed by besides the person cues: "people", "others", آخرين. */
    private static final Set<String> COUNTED = Set.of("people", "others", "persons", "اخرين", "اخرون");

    /** Whether a counted noun follows the number ending at {@code end}: a person, a casualty noun, "N others", "N من". */
    private boolean counted(int end) {
        int k = end + 1;
        if (k >= t.size() || t.get(k).sentence() != t.get(end).sentence()) {
            return false;
        }
        if ((t.get(k).is("من") || t.get(k).is("of")) && k + 1 < t.size()) {
            k++; // "2000 من المدنيين"
        }
        String bare = Clitics.bare(t.get(k).form());
        return COUNTED.contains(bare) || COUNTED.contains(t.get(k).form()) || KILLED_NOUNS.contains(t.get(k).form())
                || INJURED_NOUNS.contains(t.get(k).form()) || EventCues.is(EventCues.Kind.PERSON, t, k)
                || EventCues.isAccusative(EventCues.Kind.PERSON, t, k);
    }

    /** Words that make the number after them an approximate count: "about 2000", "نحو 2000", "قرابة 1950". */
    private static final Set<String> APPROXIMATELY = Set.of("نحو", "حوالي", "قرابه", "زهاء", "يقارب", "about",
            "around", "nearly", "almost", "approximately", "roughly", "some");

    /** Whether "at least", "more than" or an approximator comes just before the number at token {@code k}. */
    private boolean approximated(int k) {
        return k > 0 && APPROXIMATELY.contains(Clitics.bare(t.get(k - 1).form())) || atLeastBefore(t, k);
    }

    /** "at least" before the count ("at least 20 people"), or after its noun ("20 people at least", "على الأقل"). */
    private static boolean atLeast(TokenizedText t, int start, int end) {
        if (atLeastBefore(t, start)) {
            return true;
        }
        for (int j = end + 1; j <= end + 3 && j + 1 < t.size(); j++) {
            String two = t.get(j).form() + " " + t.get(j + 1).form();
            if (two.equals("at least") || two.equals("علي الاقل") || two.equals("على الاقل")
                    || two.equals("في الاقل")) {
                return true;
            }
            if (Clauses.clauseMark(t.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** "at least", "more than", "ما لا يقل عن" … in the four words before token {@code start}. */
    private static boolean atLeastBefore(TokenizedText t, int start) {
        StringBuilder b = new StringBuilder();
        for (int j = start - 1; j >= 0 && j >= start - 4; j--) {
            b.insert(0, t.get(j).form() + (b.length() > 0 ? " " : ""));
            if (AT_LEAST.contains(b.toString())) {
                return true;
            }
        }
        return false;
    }
}
