package org.tarikh.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * Names of persons, organizations, places and facilities, found by the trained taggers (one for Arabic, one for
 * English, chosen per sentence by its script; {@link NameTagger}), then typed, keyed and linked: a place or an
 * organization the gazetteers know takes their key (and a facility its type), a person the skeleton key of the name
 * ({@link Keys#person}), and a later surname or last two names link to a person named in full before, in this text or
 * in an earlier segment of the article ({@link PersonReferences}).
 */
public final class NameRecognizer implements EntityRecognizer {

    private final Lexicon lexicon;
    private final NameLists lists;
    private final Cues cues;
    private final NameTagger arabic;
    private final NameTagger english;
    private final NameTagger arabicDocument;
    private final NameTagger englishDocument;
    private final NameFeatures arabicFeatures;
    private final NameFeatures englishFeatures;
    private final NewsEntityRecognizer rules;

    /**
     * {@code arabic} and {@code english} tag each sentence alone; {@code arabicDocument} and {@code englishDocument}
     * (the second stage, or null: none) tag it again knowing what the first said of the same words elsewhere in the
     * text ({@link NameFeatures#document}).
     */
    public NameRecognizer(Lexicon lexicon, NameLists lists, NameTagger arabic, NameTagger arabicDocument,
            NameTagger english, NameTagger englishDocument) {
        this.lexicon = lexicon;
        this.lists = lists;
        this.cues = Cues.load();
        this.arabic = arabic;
        this.english = english;
        this.arabicDocument = arabicDocument;
        this.englishDocument = englishDocument;
        this.arabicFeatures = new NameFeatures(lexicon, lists);
        this.englishFeatures = new NameFeatures(lexicon, lists, WordClusters.load());
        this.rules = new NewsEntityRecognizer(lexicon);
    }

    /**
     * The recognizer with the models and lists in the service's resources. The models and the word classes are read
     * on another thread while this one reads the name lists: independent reads, side by side on two cores (the
     * service's start-up, docs/entities.md).
     */
    public static NameRecognizer load(Lexicon lexicon) {
        CompletableFuture<NameTagger[]> models = CompletableFuture.supplyAsync(() -> new NameTagger[] {
                model("ar", true), model("ar-doc", false), model("en", true), model("en-doc", false)});
        CompletableFuture<WordClusters> clusters = CompletableFuture.supplyAsync(WordClusters::load);
        NameLists lists = NameLists.load();
        NameTagger[] m = joined(models);
        joined(clusters);
        return new NameRecognizer(lexicon, lists, m[0], m[1], m[2], m[3]);
    }

    /** What a load on another thread gave, or the exception it threw (not wrapped). */
    private static <T> T joined(CompletableFuture<T> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A committed model ({@code LANG}, or {@code LANG-doc}: a second stage, which a language may not have). */
    static NameTagger model(String name, boolean required) {
        String resource = "ner/name-tagger-" + name + ".bin.gz";
        try (InputStream in = NameRecognizer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null && !required) {
                return null;
            }
            if (in == null) {
                throw new IllegalStateException("missing " + resource + ": train it with ./tarikh train-ner");
            }
            return NameTagger.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Mention> recognize(TokenizedText text, String lang) {
        return recognize(text, lang, null);
    }

    @Override
    public List<Mention> recognize(TokenizedText text, String lang, ArticlePersons article) {
        List<Span> spans = new ArrayList<>();
        List<int[]> ranges = sentenceRanges(text);
        int[] tags = tags(text, ranges);
        for (int[] r : ranges) {
            int k = r[0];
            while (k < r[1]) {
                if (tags[k] == 0) {
                    k++;
                    continue;
                }
                int end = k + 1;
                while (end < r[1] && tags[end] == tags[k] + 1) {
                    end++;
                }
                Span s = span(text, k, end - 1, NameTagger.TAGS[tags[k]].substring(2));
                if (s != null) {
                    spans.add(s);
                }
                k = end;
            }
        }
        List<Mention> mentions = new ArrayList<>(spans.size());
        Set<String> countries = null;
        for (Span s : spans) {
            if (s.homographs && countries == null) {
                countries = countriesSpokenOf(text);
            }
            mentions.add(mention(text, s, countries));
        }
        merge(text, mentions, spans, rules.recognize(text, lang, null));
        return new PersonReferences(text, lexicon, cues).link(mentions, spans, article);
    }

    /**
     * Adds what the context rules ({@link NewsEntityRecognizer}) find and the tagger does not, where they are precise
     * (measured on the dev splits: docs/entities.md): multi-word persons, organizations and places, curated
     * names, facilities, places the context announces (في، قرب، in, a type word; "X refugee camp") or that sit where a
     * place is expected. Where both found a name, the tagger's span stands, except a facility with its type word
     * (قاعدة التنف), a known organization with its head noun (حركة أنصار الله), and a curated name's type (نطنز is a
     * facility). Arabic has no capitals to tell a name from a phrase, so there the rules add less: a person only when
     * its first word is a known given name (not "لكرة القدم" after a role cue), an organization only when curated or a
     * body with a country adjective (الحكومة العراقية; not "مجلس النواب", "شركة السيارات الصينية") or a name in quotes
     * of its own, a one-word place only when curated, after a place type word (مخيم الهول) or notable (≥ 100,000) after في
     * (في الموصل; but في إطار is not Atar) or joined by و to a place or facility the text names (الرطبة والموصل), and
     * a curated name retypes what the tagger found only into a facility (the newspaper الشرق الأوسط is no region). A
     * person of the tagger after "in" and before ", Country" is the rules' place (in al-Baghdadi, Iraq).
     */
    private void merge(TokenizedText text, List<Mention> mentions, List<Span> spans, List<Mention> ruled) {
        for (Mention ruledMention : ruled) {
            Mention r = isArabic(ruledMention.text()) && ruledMention.type() == EntityType.ORGANIZATION
                    ? withoutRelatingHead(text, ruledMention) : ruledMention;
            List<Integer> over = new ArrayList<>();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.start() < r.end() && r.start() < m.end()) {
                    over.add(i);
                }
            }
            Entity known = lexicon.byKey(r.key());
            boolean curated = known != null && known.curated();
            boolean multi = r.text().indexOf(' ') > 0 || r.text().indexOf('-') > 0;
            boolean arabic = isArabic(r.text());
            if (over.isEmpty()) {
                boolean add = switch (r.type()) {
                    case PERSON -> multi && (!arabic || startsWithGivenName(r.text())
                            && !(cues.writesFinalYa("STOP", text) && startsWithStopWord(r.text())));
                    case ORGANIZATION -> (curated || multi && (!arabic || isBody(r.text()) || quoted(text, r)))
                            && !(arabic && afterMinister(text, r));
                    case FACILITY -> true;
                    case LOCATION -> curated || multi || (arabic ? (afterTypeWord(text, r) || known != null
                            && known.population() >= Lexicon.NOTABLE_POPULATION && placeExpected(text, r)
                            || known != null && coordinatedWithPlace(text, r, mentions, ruled))
                            && !beforePlace(text, r, mentions, ruled)
                            : known == null || placeExpected(text, r));
                };
                if (add) {
                    insert(text, mentions, spans, r);
                }
                continue;
            }
            Mention first = mentions.get(over.get(0));
            boolean covers = true;
            for (int i : over) {
                Mention m = mentions.get(i);
                covers &= r.start() <= m.start() && m.end() <= r.end();
            }
            boolean wider = covers && (over.size() > 1 || first.end() - first.start() < r.end() - r.start());
            boolean same = over.size() == 1 && first.start() == r.start() && first.end() == r.end();
            if (same && first.type() != r.type() && (curated && (!arabic || r.type() == EntityType.FACILITY)
                    || r.type() == EntityType.LOCATION && first.type() == EntityType.PERSON
                            && placeWithItsCountry(text, r, mentions))) {
                mentions.set(over.get(0), r);
            } else if (wider && (r.type() == EntityType.FACILITY || r.type() == EntityType.ORGANIZATION
                    && over.size() == 1 && r.end() == first.end() && lexicon.byKey(first.key()) != null
                    && (!arabic || namesItsKind(text, r))
                    || r.type() == EntityType.PERSON && first.type() == EntityType.PERSON && over.size() == 1
                            && oneNameMore(text, first, r))) {
                for (int k = over.size() - 1; k >= 0; k--) {
                    mentions.remove((int) over.get(k));
                    spans.remove((int) over.get(k));
                }
                insert(text, mentions, spans, r);
            }
        }
    }

    /**
     * Whether the rules' person is the tagger's with one more name: an Arabic surname with the article after it (محمد
     * شياع السوداني, whose nisba the tagger takes for an adjective), or a capitalized given name before it (Analyst
     * Renad Mansour).
     */
    private static boolean oneNameMore(TokenizedText t, Mention tagged, Mention ruled) {
        List<Token> extra = new ArrayList<>();
        for (Token tok : t.tokens()) {
            if (tok.start() >= ruled.start() && tok.end() <= ruled.end()
                    && (tok.end() <= tagged.start() || tok.start() >= tagged.end())) {
                extra.add(tok);
            }
        }
        if (extra.size() != 1) {
            return false;
        }
        Token x = extra.get(0);
        if (ruled.start() == tagged.start()) {
            return x.script() == Script.ARABIC && Clitics.hasArticle(x.form());
        }
        return ruled.end() == tagged.end() && x.script() == Script.LATIN
                && Character.isUpperCase(t.text().charAt(x.start()));
    }

    /** Whether a name's first word is in the given and family names of the name lists (باسم العوادي). */
    private boolean startsWithGivenName(String name) {
        List<Token> words = TokenizedText.of(name).tokens();
        return !words.isEmpty() && lists.knowsPerson(words.get(0).form());
    }

    /**
     * Whether a name's first word is also a stop word (علي is على where the text writes final ى as ي: "علي هامش
     * المؤتمر", on the sidelines of the conference) and its second word is no name of the name lists (علي كرتي is).
     */
    private boolean startsWithStopWord(String name) {
        List<Token> words = TokenizedText.of(name).tokens();
        return words.size() >= 2 && cues.has("STOP", "ar", words.get(0).form()) && !lists.knowsPerson(words.get(1).form());
    }

    /**
     * Whether an organization is a country's body: a head of state institutions (`ORG_HEAD_DEFINITE`: الحكومة، الجيش،
     * اللجنة …; or an `ORG_HEAD` that heads no proper name: وزارة، مجلس، هيئة) ending with a country adjective (الحكومة
     * العراقية، وزارة الصحة الفلسطينية، اللجنة العسكرية العراقية الأميركية) — not a description that ends with one
     * ("شركة السيارات الصينية", the Chinese car company; "حركة الطيران المروحي اللبناني", Lebanese helicopter traffic).
     */
    private boolean isBody(String name) {
        List<Token> words = TokenizedText.of(name).tokens();
        String head = words.isEmpty() ? "" : words.get(0).form();
        return words.size() >= 2 && (cues.arabicStem("ORG_HEAD_DEFINITE", head) != null
                || cues.arabicStem("ORG_HEAD", head) != null && cues.arabicStem("ORG_HEAD_PROPER", head) == null)
                && lexicon.countryOfAdjective(Clitics.bare(words.get(words.size() - 1).form())) != null;
    }

    /**
     * Whether an organization follows a minister's title, whose portfolio it then is (وزيرة الخارجية الأميركية
     * كوندوليزا رايس: the Secretary of State, not the State Department; ANERcorp never annotates one there).
     */
    private boolean afterMinister(TokenizedText t, Mention r) {
        Token before = tokenBefore(t, r);
        return before != null && before.script() == Script.ARABIC
                && cues.arabicStem("MINISTER_TITLE", before.form()) != null;
    }

    /** Whether the mention stands in quotes of its own (تبنت جماعة "لواء الثأر"). */
    private static boolean quoted(TokenizedText t, Mention r) {
        String s = t.text();
        int before = r.start() - 1;
        while (before >= 0 && s.charAt(before) == ' ') {
            before--;
        }
        int after = r.end();
        while (after < s.length() && s.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < s.length() && "\"«“".indexOf(s.charAt(before)) >= 0
                && "\"»”".indexOf(s.charAt(after)) >= 0;
    }

    private static boolean isArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place is expected before the mention: في، قرب، a type word (مدينة، ريف), in, near …, or the
     * preposition ب written on the name itself (بالموصل، ببغداد: in Mosul, in Baghdad).
     */
    private boolean placeExpected(TokenizedText t, Mention r) {
        for (Token tok : t.tokens()) {
            if (tok.start() < r.start() && r.start() < tok.end()) {
                return tok.script() == Script.ARABIC && tok.form().startsWith("ب");
            }
        }
        Token before = tokenBefore(t, r);
        if (before == null) {
            return false;
        }
        String b = before.form();
        return b.equals("في") || b.equals("قرب") || b.equals("in") || b.equals("near")
                || before.script() == Script.ARABIC && cues.arabicStem("LOCATION_TYPE", b) != null;
    }

    /**
     * Whether a name joined by و is listed with a place or facility the text names (الشدادي والركبان والتنف): the
     * word after it is و with a place, or the mention is و with a name right after a place.
     */
    private static boolean coordinatedWithPlace(TokenizedText t, Mention r, List<Mention> mentions,
            List<Mention> ruled) {
        Token before = tokenBefore(t, r);
        Token after = null;
        Token own = null;
        for (Token tok : t.tokens()) {
            if (own == null && tok.end() > r.start()) {
                own = tok;
            }
            if (tok.start() >= r.end()) {
                after = tok;
                break;
            }
        }
        for (List<Mention> list : List.of(mentions, ruled)) {
            for (Mention m : list) {
                if (m == r || m.type() != EntityType.LOCATION && m.type() != EntityType.FACILITY) {
                    continue;
                }
                if (after != null && after.sentence() == own.sentence() && after.form().startsWith("و")
                        && after.start() <= m.start() && m.start() < after.end()) {
                    return true;
                }
                if (before != null && before.sentence() == own.sentence() && own.form().startsWith("و")
                        && before.start() < m.end() && m.end() <= before.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an English name stands where a caption or dateline gives a place and its country: "in al-Baghdadi, Iraq". */
    private static boolean placeWithItsCountry(TokenizedText t, Mention r, List<Mention> mentions) {
        Token before = tokenBefore(t, r);
        if (before == null || !before.is("in")) {
            return false;
        }
        List<Token> after = new ArrayList<>(2);
        for (Token tok : t.tokens()) {
            if (tok.start() >= r.end() && after.size() < 2) {
                after.add(tok);
            }
        }
        if (after.size() < 2 || !after.get(0).is(",")) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.start() == after.get(1).start() && m.type() == EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place starts right after the mention: the mention is then the head of a construct (في بورصة لندن,
     * "in the London stock exchange"; not the city of Bursa).
     */
    private static boolean beforePlace(TokenizedText t, Mention r, List<Mention> mentions, List<Mention> ruled) {
        int next = -1;
        for (Token tok : t.tokens()) {
            if (tok.start() >= r.end()) {
                next = tok.sentence() == sentenceAt(t, r.start()) ? tok.start() : -1;
                break;
            }
        }
        if (next < 0) {
            return false;
        }
        for (List<Mention> list : List.of(mentions, ruled)) {
            for (Mention m : list) {
                if (m.start() <= next && next < m.end() && m != r && (m.type() == EntityType.LOCATION
                        || m.type() == EntityType.FACILITY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int sentenceAt(TokenizedText t, int offset) {
        for (Token tok : t.tokens()) {
            if (tok.end() > offset) {
                return tok.sentence();
            }
        }
        return -1;
    }

    /** Whether an Arabic place type word comes right before the mention (مخيم الهول، بلدة كفركلا). */
    private boolean afterTypeWord(TokenizedText t, Mention r) {
        Token before = tokenBefore(t, r);
        return before != null && before.script() == Script.ARABIC
                && cues.arabicStem("LOCATION_TYPE", before.form()) != null;
    }

    /**
     * Whether an Arabic organization opens with a head noun that is part of the name (`ORG_HEAD_IN_NAME`: حزب، منظمة،
     * حركة أنصار الله; or one the lexicon knows with it: قوات سوريا الديمقراطية): one that only relates it (قيادة
     * الناتو: NATO's command; قوات الاتحاد الأفريقي: its forces; صحيفة، شركة) widens no known name.
     */
    private boolean namesItsKind(TokenizedText t, Mention r) {
        Token first = firstToken(t, r);
        return first != null && (cues.arabicStem("ORG_HEAD_IN_NAME", first.form()) != null
                || cues.arabicStem("ORG_HEAD_PROPER", first.form()) != null && knownWhole(t, r, first));
    }

    /** Whether the lexicon knows the mention, head and all, as one name (قوات سوريا الديمقراطية، وكالة رويترز). */
    private boolean knownWhole(TokenizedText t, Mention r, Token first) {
        NameTrie.Match m = lexicon.names().longestAt(t, first.index());
        return m != null && m.entity().key().equals(r.key()) && t.get(m.to()).end() == r.end();
    }

    private static Token firstToken(TokenizedText t, Mention r) {
        for (Token tok : t.tokens()) {
            if (tok.end() > r.start()) {
                return tok;
            }
        }
        return null;
    }

    /**
     * A curated Arabic organization the rules found with a head noun that is not part of its name (قوات الاتحاد
     * الأفريقي: the African Union's forces), as the name alone (الاتحاد الأفريقي); any other mention as it is.
     */
    private Mention withoutRelatingHead(TokenizedText t, Mention r) {
        Token first = firstToken(t, r);
        if (first == null || first.end() >= r.end() || cues.arabicStem("ORG_HEAD_IN_NAME", first.form()) != null
                || cues.arabicStem("ORG_HEAD_PROPER", first.form()) == null || knownWhole(t, r, first)) {
            return r;
        }
        NameTrie.Match m = lexicon.names().longestAt(t, first.index() + 1);
        if (m == null || !m.entity().key().equals(r.key()) || t.get(m.to()).end() != r.end()) {
            return r;
        }
        int start = t.startAfter(t.get(m.from()), m.stripped());
        return new Mention(r.type(), t.text().substring(start, r.end()), start, r.end(), r.key(), r.name(), r.lat(),
                r.lon());
    }

    private static Token tokenBefore(TokenizedText t, Mention r) {
        Token before = null;
        for (Token tok : t.tokens()) {
            if (tok.end() <= r.start()) {
                before = tok;
            } else {
                break;
            }
        }
        return before;
    }

    private static void insert(TokenizedText text, List<Mention> mentions, List<Span> spans, Mention r) {
        int from = -1;
        int to = -1;
        for (Token t : text.tokens()) {
            if (t.end() > r.start() && t.start() < r.end()) {
                if (from < 0) {
                    from = t.index();
                }
                to = t.index();
            }
        }
        if (from < 0) {
            return;
        }
        int at = 0;
        while (at < mentions.size() && mentions.get(at).start() < r.start()) {
            at++;
        }
        mentions.add(at, r);
        spans.add(at, new Span(from, to, r.start() - text.get(from).start() > 0 ? 1 : 0, r.type(), null, false));
    }

    /** A tagged span: tokens [from, to], its first token stripped of {@code stripped} leading normalized chars. */
    record Span(int from, int to, int stripped, EntityType type, NameTrie.Match match, boolean homographs) {
    }

    private Span span(TokenizedText t, int from, int to, String tag) {
        while (to >= from && t.get(to).isPunctuation() && !t.get(to).is(".")) {
            to--; // a name does not end on a quote or a comma the tagger took with it
        }
        while (from <= to && (t.get(from).isPunctuation() || from < to && t.get(from).is("the"))) {
            from++; // "the Revolutionary Guards": the article is not part of an English name
        }
        while ("PER".equals(tag) && from < to && t.get(from).script() == Script.LATIN
                && (cues.has("PERSON_TITLE", "en", t.get(from).form())
                        || lexicon.countryOfDemonym(t.text().substring(t.get(from).start(), t.get(from).end())) != null
                                && cues.has("PERSON_TITLE", "en", t.get(from + 1).form()))) {
            from++; // "Secretary Lloyd Austin", "German Chancellor Olaf Scholz": the title is not part of the name
        }
        if (from > to) {
            return null;
        }
        if (from == to && t.get(from).script() == Script.ARABIC
                && cues.arabicStem("LOCATION_TYPE", t.get(from).form()) != null) {
            return null; // a type word alone (مدينة، ريف) is not a name
        }
        EntityType type = switch (tag) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.LOCATION;
        };
        NameTrie.Match m = lexicon.names().longestAt(t, from);
        if (m != null && m.to() == to && compatible(type, m.entity().type())) {
            return new Span(from, to, m.stripped(), type == EntityType.LOCATION ? m.entity().type() : type, m,
                    m.homographs().size() > 1);
        }
        if (type == EntityType.LOCATION && isFacility(t, from, to)) {
            type = EntityType.FACILITY;
        }
        return new Span(from, to, proclitic(t.get(from)), type, null, false);
    }

    private static boolean compatible(EntityType tagged, EntityType known) {
        return tagged == known || tagged == EntityType.LOCATION && known == EntityType.FACILITY;
    }

    /** A place named with its type word is a facility: قاعدة التنف، مطار بغداد، Baghdad airport, Tower 22. */
    private boolean isFacility(TokenizedText t, int from, int to) {
        Token first = t.get(from);
        if (first.script() == Script.ARABIC) {
            return cues.arabicStem("FACILITY_TYPE", first.form()) != null;
        }
        return first.script() == Script.LATIN && (cues.has("FACILITY_TAIL", "en", t.get(to).form())
                || cues.has("FACILITY_HEAD", "en", first.form()));
    }

    /**
     * How many leading chars of an Arabic word are proclitics to leave out of the name: و، ف، ب، ل، ك before the
     * article (والعراق → العراق) or before a word the lists know (وطارق → طارق); none when the word itself is known
     * (وليد is Walid) or the rest is unknown (بغداد stays whole).
     */
    private int proclitic(Token t) {
        if (t.script() != Script.ARABIC) {
            return 0;
        }
        Clitics.Stem[] stems = Clitics.stems(t.form());
        if (stems.length == 1 || lists.knowsWord(t.form())) {
            return 0;
        }
        for (int i = stems.length - 1; i >= 1; i--) {
            Clitics.Stem s = stems[i];
            if (Clitics.hasArticle(s.form()) || s.form().length() >= 4 && lists.knowsWord(s.form())) {
                return s.stripped();
            }
        }
        return 0;
    }

    private Mention mention(TokenizedText t, Span s, Set<String> countries) {
        int start = t.startAfter(t.get(s.from()), s.stripped());
        int end = t.get(s.to()).end();
        String surface = t.text().substring(start, end);
        if (s.match() != null) {
            Entity e = s.homographs() ? lexicon.meaningIn(s.match(), countries) : s.match().entity();
            return new Mention(s.type(), surface, start, end, e.key(), e.name(), e.lat(), e.lon());
        }
        String key = s.type() == EntityType.PERSON ? Keys.person(surface) : Keys.of(s.type(), normalized(t, s));
        return new Mention(s.type(), surface, start, end, key, surface, null, null);
    }

    /** The span's normalized words, its first without the stripped proclitic: keys do not depend on spelling. */
    private static String normalized(TokenizedText t, Span s) {
        StringBuilder b = new StringBuilder();
        for (int k = s.from(); k <= s.to(); k++) {
            Token tok = t.get(k);
            if (tok.isPunctuation()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(k == s.from() ? tok.form().substring(Math.min(s.stripped(), tok.form().length())) : tok.form());
        }
        return b.toString();
    }

    /** The countries (ISO codes) a text names without doubt: by a country adjective or demonym, or an unambiguous name. */
    private Set<String> countriesSpokenOf(TokenizedText t) {
        Set<String> isos = new HashSet<>();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            String key = tok.script() == Script.ARABIC ? lexicon.countryOfAdjective(Clitics.bare(tok.form()))
                    : tok.script() == Script.LATIN ? lexicon.countryOfDemonym(t.text().substring(tok.start(), tok.end()))
                            : null;
            if (key != null && lexicon.byKey(key) != null && !lexicon.byKey(key).country().isEmpty()) {
                isos.add(lexicon.byKey(key).country());
            }
            NameTrie.Match m = lexicon.names().longestAt(t, i);
            if (m != null && m.homographs().isEmpty() && !m.entity().country().isEmpty()
                    && (m.entity().population() >= Lexicon.NOTABLE_POPULATION || m.entity().curated() || lexicon.isCountry(m.entity()
                            .key()))) {
                isos.add(m.entity().country());
                i = m.to() + 1;
            } else {
                i++;
            }
        }
        return isos;
    }

    private static boolean isArabic(TokenizedText t, int from, int to) {
        int arabic = 0;
        int latin = 0;
        for (int i = from; i < to; i++) {
            Script s = t.get(i).script();
            if (s == Script.ARABIC) {
                arabic++;
            } else if (s == Script.LATIN) {
                latin++;
            }
        }
        return arabic >= latin && arabic > 0;
    }

    /**
     * Sentences tagged together, at most this many tokens (unless one sentence is longer): the features take 400 bytes
     * a token, so a 200,000-character text of one-character tokens took 80 MB at once and ran a 160 MB heap out of
     * memory. An article (a few thousand tokens; a message part is at most 50,000 characters) is one chunk.
     */
    static final int CHUNK_TOKENS = 20_000;

    /**
     * The tags of every token of the text: each sentence tagged alone by its language's model, then, where that
     * language has a second stage, again with what the first stage said of the same words in the other sentences of
     * its chunk ({@link #CHUNK_TOKENS}).
     */
    int[] tags(TokenizedText text, List<int[]> ranges) {
        int[] out = new int[text.size()];
        long[] keys = new long[text.size()];
        byte[] marks = new byte[text.size()];
        for (int first = 0, last; first < ranges.size(); first = last) {
            int tokens = 0;
            last = first;
            while (last < ranges.size()
                    && (last == first || tokens + ranges.get(last)[1] - ranges.get(last)[0] <= CHUNK_TOKENS)) {
                tokens += ranges.get(last)[1] - ranges.get(last)[0];
                last++;
            }
            tagChunk(text, ranges.subList(first, last), keys, marks, out);
        }
        return out;
    }

    /** Tags the consecutive sentences {@code ranges} into {@code out}; {@code keys} and {@code marks} are the text's. */
    private void tagChunk(TokenizedText text, List<int[]> ranges, long[] keys, byte[] marks, int[] out) {
        int base = ranges.get(0)[0];
        int n = ranges.get(ranges.size() - 1)[1] - base;
        long[] features = new long[n * NameFeatures.PER_TOKEN];
        int[] tags = new int[n];
        boolean[] ar = new boolean[ranges.size()];
        boolean second = false;
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            ar[i] = isArabic(text, r[0], r[1]);
            (ar[i] ? arabicFeatures : englishFeatures).extract(text, r[0], r[1], features, r[0] - base, keys, marks);
            System.arraycopy((ar[i] ? arabic : english).tag(features, r[0] - base, r[1] - r[0]), 0, tags,
                    r[0] - base, r[1] - r[0]);
            second |= (ar[i] ? arabicDocument : englishDocument) != null;
        }
        System.arraycopy(tags, 0, out, base, n);
        if (!second) {
            return;
        }
        NameFeatures.document(Arrays.copyOfRange(keys, base, base + n), Arrays.copyOfRange(marks, base, base + n),
                tags, n, features, NameFeatures.PER_TOKEN, NameFeatures.DOCUMENT);
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            NameTagger stage = ar[i] ? arabicDocument : englishDocument;
            if (stage != null) {
                System.arraycopy(stage.tag(features, r[0] - base, r[1] - r[0]), 0, out, r[0], r[1] - r[0]);
            }
        }
    }

    /**
     * A sentence longer than this is tagged in pieces of this many tokens: no sentence of news is that long, and text
     * without sentence ends (200,000 dots, a wall of URLs) would otherwise be one chunk of any size.
     */
    static final int MAX_SENTENCE_TOKENS = 1_000;

    /** The token ranges [from, to) of the sentences of a text, those over {@link #MAX_SENTENCE_TOKENS} cut. */
    static List<int[]> sentenceRanges(TokenizedText text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.size(); i++) {
            if (i == text.size() || text.get(i).sentence() != text.get(start).sentence()
                    || i - start == MAX_SENTENCE_TOKENS) {
                out.add(new int[] {start, i});
                start = i;
            }
        }
        return out;
    }
}
