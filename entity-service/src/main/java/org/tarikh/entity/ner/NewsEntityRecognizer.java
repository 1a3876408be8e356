package org.tarikh.entity.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * Entities of Arabic and English news in one pass over the tokens: gazetteer and lexicon names (longest match, with
 * proclitics), widened or typed by their context (قاعدة عين الأسد الجوية, حركة أنصار الله, Baghdad airport), names
 * that only context announces (a role before a person, a head noun before an organization, a type word before a
 * facility or place, quoted names), and later short references to a person named in full earlier in the text.
 */
public final class NewsEntityRecognizer implements EntityRecognizer {

    private static final long UNAMBIGUOUS_POPULATION = Lexicon.NOTABLE_POPULATION;

    private final Lexicon lexicon;
    private final Cues cues;

    public NewsEntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = Cues.load();
    }

    @Override
    public List<Mention> recognize(String text, String lang) {
        return recognize(TokenizedText.of(text), lang);
    }

    @Override
    public List<Mention> recognize(TokenizedText text, String lang) {
        return recognize(text, lang, null);
    }

    @Override
    public List<Mention> recognize(TokenizedText text, String lang, ArticlePersons article) {
        Pass pass = new Pass(text);
        names(pass);
        arabicContext(pass);
        englishContext(pass);
        persons(pass);
        List<Candidate> named = new ArrayList<>();
        for (Candidate c : pass.accepted) {
            if (c.type() == EntityType.PERSON) {
                named.add(c);
            }
        }
        shortReferences(pass, named, article == null ? List.of() : article.known());
        if (article != null) {
            for (Candidate c : named) {
                if (c.to() > c.from()) {
                    article.remember(new ArticlePersons.Known(c.key(), c.name(), words(text, c.from(), c.to()),
                            text.get(c.to()).script() == Script.LATIN));
                }
            }
        }
        List<Mention> mentions = new ArrayList<>(pass.accepted.size());
        pass.accepted.sort(Comparator.comparingInt(Candidate::start));
        for (Candidate c : pass.accepted) {
            mentions.add(c.mention(text.text()));
        }
        return mentions;
    }

    /** A span of tokens [from, to], the first possibly without its proclitic (start is then after it). */
    record Candidate(EntityType type, int from, int to, int start, int end, String key, String name, Double lat,
            Double lon, boolean generatedPlace) {

        Mention mention(String text) {
            return new Mention(type, text.substring(start, end), start, end, key, name, lat, lon);
        }
    }

    /** The state of one recognition: which tokens are taken, by which candidate. */
    private static final class Pass {
        final TokenizedText text;
        final Candidate[] owner;
        final List<Candidate> accepted = new ArrayList<>();

        Pass(TokenizedText text) {
            this.text = text;
            this.owner = new Candidate[text.size()];
        }

        boolean free(int from, int to) {
            for (int i = from; i <= to; i++) {
                if (owner[i] != null) {
                    return false;
                }
            }
            return true;
        }

        void accept(Candidate c) {
            for (int i = c.from(); i <= c.to(); i++) {
                if (owner[i] != null) {
                    accepted.remove(owner[i]);
                    Candidate old = owner[i];
                    for (int k = old.from(); k <= old.to(); k++) {
                        owner[k] = null;
                    }
                }
            }
            for (int i = c.from(); i <= c.to(); i++) {
                owner[i] = c;
            }
            accepted.add(c);
        }
    }

    // ---------------------------------------------------------------- gazetteer and lexicon names

    private void names(Pass p) {
        TokenizedText t = p.text;
        Set<String> countries = null; // the countries the text speaks of, found when a name needs them
        int i = 0;
        while (i < t.size()) {
            NameTrie.Match m = lexicon.names().longestAt(t, i);
            if (m != null && m.homographs().size() > 1) {
                if (countries == null) {
                    countries = countriesSpokenOf(t);
                }
                m = m.meaning(lexicon.meaningIn(m, countries));
            }
            if (m == null || !plausible(t, m)) {
                i++;
                continue;
            }
            Candidate c = widen(t, m);
            if (p.free(c.from(), c.to())) {
                p.accept(c);
            } else {
                // the cue before was already taken (e.g. by an earlier name): keep the bare match
                Candidate bare = candidate(t, m.entity(), m.from(), m.to(), m.stripped());
                if (p.free(bare.from(), bare.to())) {
                    p.accept(bare);
                }
            }
            i = c.to() + 1;
        }
    }

    /**
     * The countries (ISO codes) a text names without doubt: by a country adjective or demonym (الأردنية, Jordanian), or
     * by a name that means one place only (عمّان's country is not evidence for itself).
     */
    private Set<String> countriesSpokenOf(TokenizedText t) {
        Set<String> isos = new HashSet<>();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            String key = tok.script() == Script.ARABIC ? countryOfAdjective(tok.form())
                    : tok.script() == Script.LATIN ? lexicon.countryOfDemonym(t.text().substring(tok.start(), tok.end())) : null;
            if (key != null && lexicon.byKey(key) != null && !lexicon.byKey(key).country().isEmpty()) {
                isos.add(lexicon.byKey(key).country());
            }
            NameTrie.Match m = lexicon.names().longestAt(t, i);
            if (m != null && m.homographs().isEmpty() && !m.entity().country().isEmpty() && plausible(t, m)) {
                isos.add(m.entity().country());
                i = m.to() + 1;
            } else {
                i++;
            }
        }
        return isos;
    }

    /** Whether a name match is the entity and not a homonymous common word. */
    private boolean plausible(TokenizedText t, NameTrie.Match m) {
        Token first = t.get(m.from());
        Entity e = m.entity();
        if (m.latin()) {
            String orig = t.text().substring(first.start(), first.end());
            boolean capital = Character.isUpperCase(orig.charAt(0));
            boolean allCaps = orig.length() > 1 && orig.equals(orig.toUpperCase());
            if (!capital || (allCaps && !e.curated() && orig.length() > 3)) {
                return false; // "best" or "BEST QUALITY" is not Best, Netherlands
            }
            if (!e.curated() && m.from() == m.to() && cues.has("STOP", "en", first.form())) {
                return false;
            }
        }
        if (m.from() == m.to() && (cues.has("STOP", m.latin() ? "en" : "ar", m.stem())
                || !m.latin() && !e.curated() && cues.arabicStem("STOP", first.form()) != null)) {
            return false; // وأن is "and that", not Van
        }
        if (m.from() < m.to() && !m.latin() && !e.curated() && cues.arabicStem("STOP", first.form()) != null) {
            return false; // "أمام صاحب السمو" is "before His Highness", not the town Imam Sahib
        }
        if (m.from() == m.to() && !m.latin() && !e.curated() && (cues.arabicStem("LOCATION_TYPE", first.form()) != null
                || cues.arabicStem("FACILITY_TYPE", first.form()) != null
                || cues.arabicStem("ORG_HEAD", first.form()) != null)) {
            return false; // مدينة is "city", not Medina
        }
        if (e.curated() || e.population() == 0 || m.from() != m.to()) {
            return true;
        }
        // a single-word generated place: a big one, or a small one where a place is expected
        if (cues.has("STOP", m.latin() ? "en" : "ar", m.stem()) || cues.has("STOP", "ar", first.form())) {
            return false;
        }
        if (e.population() >= UNAMBIGUOUS_POPULATION) {
            return true;
        }
        if (!m.latin() && coordinatedWithPlace(t, m)) {
            return true;
        }
        if (m.from() == 0) {
            return false;
        }
        Token before = t.get(m.from() - 1);
        String b = before.form();
        return m.latin() ? b.equals("in") || b.equals("near") || b.equals("of") || b.equals("from")
                : b.equals("في") || b.equals("قرب") || b.equals("الى") || b.equals("من")
                        || cues.arabicStem("LOCATION_TYPE", b) != null;
    }

    /**
     * Whether an Arabic place is joined by و to a notable place or a curated facility of the same sentence (الشدادي والركبان
     * والتنف: والركبان is listed with the base of التنف; وبغداد after البصرة): a list of names is a list of one kind.
     */
    private boolean coordinatedWithPlace(TokenizedText t, NameTrie.Match m) {
        int next = m.to() + 1;
        if (next < t.size() && t.get(next).sentence() == t.get(m.to()).sentence()
                && t.get(next).form().startsWith("و") && notablePlaceAt(t, next) >= 0) {
            return true;
        }
        if (m.from() == 0 || !t.get(m.from()).form().startsWith("و")
                || t.get(m.from() - 1).sentence() != t.get(m.from()).sentence()) {
            return false;
        }
        for (int from = Math.max(0, m.from() - 4); from < m.from(); from++) {
            if (notablePlaceAt(t, from) == m.from() - 1) {
                return true;
            }
        }
        return false;
    }

    /** The last token of a notable place (curated, a country, ≥ 100,000) or a curated facility at token {@code i}, or -1. */
    private int notablePlaceAt(TokenizedText t, int i) {
        NameTrie.Match n = lexicon.names().longestAt(t, i);
        if (n == null || n.homographs().size() > 1) {
            return -1;
        }
        Entity e = n.entity();
        boolean notable = e.curated() || lexicon.isCountry(e.key()) || e.population() >= Lexicon.NOTABLE_POPULATION;
        return notable && (e.type() == EntityType.LOCATION || e.type() == EntityType.FACILITY) ? n.to() : -1;
    }

    private Candidate candidate(TokenizedText t, Entity e, int from, int to, int stripped) {
        int start = t.startAfter(t.get(from), stripped);
        return new Candidate(e.type(), from, to, start, t.get(to).end(), e.key(), e.name(), e.lat(), e.lon(),
                !e.curated() && e.population() > 0);
    }

    /** A name with its cue: the head of an organization, the type word and adjectives of a facility. */
    private Candidate widen(TokenizedText t, NameTrie.Match m) {
        Entity e = m.entity();
        int from = m.from();
        int to = m.to();
        int stripped = m.stripped();
        Token before = from > 0 ? t.get(from - 1) : null;
        boolean prefixFree = stripped == 0 || isArticleOnly(t.get(from), stripped);
        if (!m.latin()) {
            if (before != null && prefixFree && before.sentence() == t.get(from).sentence()) {
                Clitics.Stem orgHead = cues.arabicStem("ORG_HEAD", before.form());
                Clitics.Stem facilityType = cues.arabicStem("FACILITY_TYPE", before.form());
                Clitics.Stem facilityNamed = cues.arabicStem("FACILITY_NAMED", before.form());
                if (e.type() == EntityType.ORGANIZATION && orgHead != null) {
                    return candidate(t, e, from - 1, to, orgHead.stripped());
                }
                if (e.type() == EntityType.FACILITY && facilityType != null) {
                    return candidate(t, e, from - 1, adjectivesAfter(t, to), facilityType.stripped());
                }
                if (e.type() == EntityType.LOCATION && facilityNamed != null) {
                    String b = facilityNamed.form();
                    int bStrip = facilityNamed.stripped();
                    int end = adjectivesAfter(t, to);
                    String gloss = cues.gloss("FACILITY_TYPE", "ar", b, "facility");
                    return new Candidate(EntityType.FACILITY, from - 1, end, t.startAfter(before, bStrip),
                            t.get(end).end(), "facility:" + e.key().substring(e.key().indexOf(':') + 1) + "-" + gloss,
                            e.name() + " " + gloss, e.lat(), e.lon(), false);
                }
            }
            if (e.type() == EntityType.FACILITY) {
                return candidate(t, e, from, adjectivesAfter(t, to), stripped);
            }
            return candidate(t, e, from, to, stripped);
        }
        // English: "Ain al-Asad air base", "Baghdad airport"
        int[] tail = englishTail(t, to, "FACILITY_TAIL");
        if (tail != null && (e.type() == EntityType.FACILITY || e.type() == EntityType.LOCATION)) {
            if (e.type() == EntityType.FACILITY) {
                return candidate(t, e, from, tail[0], 0);
            }
            String gloss = cues.gloss("FACILITY_TAIL", "en", phrase(t, to + 1, tail[0]), "facility");
            return new Candidate(EntityType.FACILITY, from, tail[0], t.get(from).start(), t.get(tail[0]).end(),
                    "facility:" + e.key().substring(e.key().indexOf(':') + 1) + "-" + gloss,
                    e.name() + " " + gloss.replace('-', ' '), e.lat(), e.lon(), false);
        }
        return candidate(t, e, from, to, 0);
    }

    private static boolean isArticleOnly(Token token, int stripped) {
        return false;
    }

    private int adjectivesAfter(TokenizedText t, int to) {
        int end = to;
        while (end + 1 < t.size() && t.get(end + 1).sentence() == t.get(to).sentence()
                && cues.has("FACILITY_ADJECTIVE", "ar", t.get(end + 1).form())) {
            end++;
        }
        return end;
    }

    /** The longest English cue phrase of {@code kind} right after token {@code to}: {last token, words}. */
    private int[] englishTail(TokenizedText t, int to, String kind) {
        int[] best = null;
        StringBuilder b = new StringBuilder();
        for (int k = to + 1; k < t.size() && k <= to + 3; k++) {
            Token tok = t.get(k);
            if (tok.script() != Script.LATIN) {
                break;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tok.form());
            if (cues.has(kind, "en", b.toString())) {
                best = new int[] {k};
            }
        }
        return best;
    }

    private static String phrase(TokenizedText t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.get(k).form());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- Arabic context rules

    private void arabicContext(Pass p) {
        TokenizedText t = p.text;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.script() == Script.PUNCTUATION && isQuote(tok.form())) {
                i = quoted(p, i);
                continue;
            }
            if (tok.script() != Script.ARABIC || p.owner[i] != null) {
                continue;
            }
            String form = tok.form();
            Clitics.Stem s;
            if ((s = cues.arabicStem("ORG_HEAD", form)) != null) {
                orgHead(p, i, s);
            } else if ((s = cues.arabicStem("ORG_HEAD_DEFINITE", form)) != null) {
                definiteBody(p, i, s);
            } else if ((s = cues.arabicStem("BORDER", form)) != null) {
                border(p, i, s.stripped());
            } else if ((s = cues.arabicStem("FACILITY_NAMED", form)) != null) {
                namedAfter(p, i, s.stripped(), EntityType.FACILITY,
                        cues.gloss("FACILITY_TYPE", "ar", s.form(), "facility"));
            } else if ((s = cues.arabicStem("LOCATION_TYPE", form)) != null) {
                namedAfter(p, i, s.stripped(), EntityType.LOCATION, null);
            }
        }
    }

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("«") || s.equals("»");
    }

    /** A quoted name after an organization verb or a facility word, or one headed by an organization noun. */
    private int quoted(Pass p, int open) {
        TokenizedText t = p.text;
        // pair the quotes first, so that a long quoted clause is skipped whole and never misaligns the next pair
        int close = open + 1;
        while (close < t.size() && close - open <= 200 && !isQuote(t.get(close).form())) {
            close++;
        }
        if (close >= t.size() || !isQuote(t.get(close).form())) {
            return open;
        }
        if (close - open > 7 || close == open + 1) {
            return close;
        }
        int from = open + 1;
        int to = close - 1;
        for (int k = from; k <= to; k++) {
            if (t.get(k).script() == Script.PUNCTUATION && !t.get(k).is("-")) {
                return close; // a quoted clause, not a name
            }
        }
        String before = open > 0 ? t.get(open - 1).form() : "";
        String first = t.get(from).form();
        EntityType type = null;
        if (cues.arabicStem("FACILITY_TYPE", before) != null) {
            type = EntityType.FACILITY;
        } else if (cues.arabicStem("ORG_HEAD", first) != null || cues.arabicStem("ORG_HEAD", before) != null
                || cues.arabicStem("ORG_VERB", before) != null || cues.has("ORG_VERB", "en", before)) {
            type = EntityType.ORGANIZATION;
        }
        if (type == null) {
            return close;
        }
        NameTrie.Match known = lexicon.names().longestAt(t, from);
        if (known != null && known.to() == to) {
            p.accept(candidate(t, known.entity(), from, to, known.stripped()));
            return close;
        }
        if (type == EntityType.ORGANIZATION && from < to) {
            // "فصائل المقاومة الإسلامية في العراق": a known organization inside the quotes keeps its key
            NameTrie.Match inner = lexicon.names().longestAt(t, from + 1);
            if (inner != null && inner.to() == to && inner.entity().type() == EntityType.ORGANIZATION) {
                p.accept(candidate(t, inner.entity(), from, to, 0));
                return close;
            }
        }
        String text = t.span(from, to);
        p.accept(new Candidate(type, from, to, t.get(from).start(), t.get(to).end(), Keys.of(type, forms(t, from, to)),
                text, null, null, false));
        return close;
    }

    /** The normalized words of a span, the first as its cue stem (للحكومة → الحكومة). */
    private static String keyWords(Clitics.Stem first, TokenizedText t, int from, int to) {
        String rest = to > from ? " " + phrase(t, from + 1, to) : "";
        return first.form() + rest;
    }

    private static String forms(TokenizedText t, int from, int to) {
        return phrase(t, from, to);
    }

    /** حركة حماس، وزارة الصحة الفلسطينية، مجلس النواب: a head noun and its definite or proper-name complement. */
    private void orgHead(Pass p, int i, Clitics.Stem headStem) {
        String head = headStem.form();
        int stripped = headStem.stripped();
        TokenizedText t = p.text;
        int end = i;
        int k = i + 1;
        boolean proper = cues.has("ORG_HEAD_PROPER", "ar", head);
        while (k < t.size() && k - i <= 5 && t.get(k).script() == Script.ARABIC && p.owner[k] == null
                && t.get(k).sentence() == t.get(i).sentence()) {
            String f = t.get(k).form();
            if (stop(t, t.get(k)) || cues.arabicStem("STOP", f) != null) {
                break;
            }
            if (Clitics.hasArticle(f)) {
                end = k;
                if (lexicon.countryOfAdjective(f) != null) {
                    break; // مجلس النواب العراقي: the country adjective closes the name
                }
            } else if (proper && k == i + 1 && !f.endsWith("ه") && f.length() > 2
                    && !cues.has("ORG_HEAD", "ar", f)) {
                end = k; // حركة حماس
                proper = false;
            } else {
                break;
            }
            k++;
        }
        if (end == i) {
            return;
        }
        p.accept(new Candidate(EntityType.ORGANIZATION, i, end, t.startAfter(t.get(i), stripped), t.get(end).end(),
                Keys.of(EntityType.ORGANIZATION, keyWords(headStem, t, i, end)), null, null, null, false));
    }

    /** الحكومة العراقية، اللجنة العسكرية العراقية الأميركية: a definite body and the adjectives naming its country. */
    private void definiteBody(Pass p, int i, Clitics.Stem headStem) {
        String head = headStem.form();
        int stripped = headStem.stripped();
        TokenizedText t = p.text;
        int k = i + 1;
        int end = i;
        List<String> countries = new ArrayList<>();
        while (k < t.size() && k - i <= 4 && t.get(k).script() == Script.ARABIC && p.owner[k] == null
                && t.get(k).sentence() == t.get(i).sentence() && Clitics.hasArticle(t.get(k).form())
                && !cues.has("STOP", "ar", t.get(k).form())) {
            String country = lexicon.countryOfAdjective(t.get(k).form());
            if (country != null && countries.isEmpty() && head.endsWith("ه") && !t.get(k).form().endsWith("ه")) {
                return; // وزير الخارجية المصري: a masculine adjective does not describe a feminine body
            }
            if (country != null) {
                countries.add(country);
                end = k;
            } else if (!adjective(t.get(k).form())) {
                break;
            }
            k++;
        }
        if (countries.isEmpty()) {
            return;
        }
        String key;
        String name = null;
        if (end == i + 1) {
            String gloss = cues.gloss("ORG_HEAD_DEFINITE", "ar", head, Keys.slug(head));
            key = "organization:" + countries.get(0).substring("location:".length()) + "-" + gloss;
            Entity country = lexicon.byKey(countries.get(0));
            name = country != null ? country.name() + " " + gloss.replace('-', ' ') : null;
        } else {
            key = Keys.of(EntityType.ORGANIZATION, keyWords(headStem, t, i, end));
        }
        p.accept(new Candidate(EntityType.ORGANIZATION, i, end, t.startAfter(t.get(i), stripped), t.get(end).end(), key,
                name, null, null, false));
    }

    private String countryOfAdjective(String form) {
        for (Clitics.Stem s : Clitics.stems(form)) {
            String c = lexicon.countryOfAdjective(s.form());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** Arabic adjectives end in ي / ية (normalized ي / يه). */
    private static boolean adjective(String form) {
        return Clitics.hasArticle(form) && (form.endsWith("ي") || form.endsWith("يه"));
    }

    /** الحدود الأردنية السورية: a border named by two country adjectives. */
    private void border(Pass p, int i, int stripped) {
        TokenizedText t = p.text;
        List<String> countries = new ArrayList<>();
        int end = i;
        for (int k = i + 1; k < t.size() && k <= i + 4 && t.get(k).sentence() == t.get(i).sentence(); k++) {
            Token tok = t.get(k);
            if (tok.script() == Script.PUNCTUATION && (tok.is("-") || tok.is("–") || tok.is("/"))) {
                continue;
            }
            String c = tok.script() == Script.ARABIC ? countryOfAdjective(tok.form()) : null;
            if (c == null) {
                break;
            }
            countries.add(c);
            end = k;
        }
        if (countries.isEmpty()) {
            return;
        }
        List<String> names = countries.stream().map(c -> c.substring("location:".length())).sorted().distinct().toList();
        String key = "location:border-" + String.join("-", names);
        p.accept(new Candidate(EntityType.LOCATION, i, end, t.startAfter(t.get(i), stripped), t.get(end).end(), key,
                null, null, null, false));
    }

    /** قاعدة X / مطار X / محافظة X with X not in the gazetteer: a proper name of one to three words. */
    private void namedAfter(Pass p, int i, int stripped, EntityType type, String gloss) {
        TokenizedText t = p.text;
        int end = i;
        for (int k = i + 1; k < t.size() && k <= i + 3 && t.get(k).sentence() == t.get(i).sentence(); k++) {
            Token tok = t.get(k);
            if (tok.script() != Script.ARABIC || p.owner[k] != null || stop(t, tok)
                    || cues.has("FACILITY_ADJECTIVE", "ar", tok.form()) || lexicon.countryOfAdjective(tok.form()) != null
                    || cues.has("ORG_HEAD", "ar", tok.form()) || cues.has("LOCATION_TYPE", "ar", tok.form())
                    || cues.arabicStem("BORDER", tok.form()) != null
                    || cues.arabicStem("ORG_HEAD_DEFINITE", tok.form()) != null) {
                break;
            }
            if (tok.form().startsWith("لل")) {
                break; // "قاعدة للأقلام" (a stand for pens): ل + the article starts no name after the type word
            }
            boolean article = Clitics.hasArticle(tok.form());
            if (!article && (tok.form().endsWith("ه") || tok.form().length() < 3)) {
                break; // قاعدة عسكرية: an indefinite adjective, not a name
            }
            end = k;
            if (article && !cues.has("FAMILY_LINK", "ar", t.get(k - 1).form())) {
                break; // a name ends with its definite word: مدينة الصدر
            }
        }
        if (end == i) {
            return;
        }
        if (type == EntityType.FACILITY) {
            end = adjectivesAfter(t, end);
            // the span keeps the type word: قاعدة الشعيرات
            p.accept(new Candidate(type, i, end, t.startAfter(t.get(i), stripped), t.get(end).end(),
                    "facility:" + Keys.slug(phrase(t, i + 1, end)) + "-" + gloss, null, null, null, false));
        } else {
            p.accept(new Candidate(type, i + 1, end, t.get(i + 1).start(), t.get(end).end(),
                    Keys.of(type, phrase(t, i + 1, end)), null, null, null, false));
        }
    }

    /** بالوزير، لأن: a stop word behind a proclitic. */
    private boolean strippedStop(String form) {
        for (Clitics.Stem s : Clitics.stems(form)) {
            if (s.stripped() > 0 && cues.has("STOP", "ar", s.form())) {
                return true;
            }
        }
        return false;
    }

    private boolean stop(TokenizedText t, Token tok) {
        return cues.hasArabic("STOP", tok.form(), t.text().substring(tok.start(), tok.end()));
    }

    // ---------------------------------------------------------------- English context rules

    private static boolean titleCase(TokenizedText t, Token tok) {
        if (tok.script() != Script.LATIN) {
            return false;
        }
        String s = t.text().substring(tok.start(), tok.end());
        return Character.isUpperCase(s.charAt(0)) && (s.length() == 1 || !s.equals(s.toUpperCase()));
    }

    /** A word of an English proper name: Title case, or al-/el- before a Title-case word (al-Baghdadi). */
    private boolean nameWord(TokenizedText t, int k) {
        Token tok = t.get(k);
        if (titleCase(t, tok)) {
            return !cues.has("STOP", "en", tok.form());
        }
        return (tok.is("al") || tok.is("el") || tok.is("bin") || tok.is("ibn") || tok.is("abu") || tok.is("de")
                || tok.is("van") || tok.is("von")) && k + 2 < t.size() && t.get(k + 1).is("-")
                && titleCase(t, t.get(k + 2));
    }

    /** The end of a run of proper-name words starting at {@code i} (hyphens inside), or i-1 when none. */
    private int nameRun(Pass p, int i, int max) {
        return nameRun(p, i, max, false);
    }

    /** @param overPlaces whether a single-word generated place may be part of the run ("Lloyd Austin") */
    private int nameRun(Pass p, int i, int max, boolean overPlaces) {
        TokenizedText t = p.text;
        int end = i - 1;
        int k = i;
        int words = 0;
        while (k < t.size() && words < max && (p.owner[k] == null || overPlaces && p.owner[k].generatedPlace()
                && p.owner[k].from() == p.owner[k].to()) && t.get(k).sentence() == t.get(i).sentence()) {
            if (nameWord(t, k)) {
                end = k;
                words++;
                k++;
            } else if (t.get(k).is("-") && end == k - 1 && k + 1 < t.size() && t.get(k + 1).end() == t.get(k + 1)
                    .start() + t.get(k + 1).form().length() && t.get(k).end() == t.get(k + 1).start()
                    && (nameWord(t, k + 1) || t.get(k + 1).script() == Script.LATIN)) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    private void englishContext(Pass p) {
        TokenizedText t = p.text;
        int titleSentence = -1;
        boolean title = false;
        for (int i = 0; i < t.size(); i++) {
            if (p.owner[i] != null || t.get(i).script() != Script.LATIN) {
                continue;
            }
            if (t.get(i).sentence() != titleSentence) {
                titleSentence = t.get(i).sentence();
                title = titleCaseLine(t, i);
            }
            if (title) {
                continue; // "Thanks For The Prompt Service": where every word has a capital, a capital tells nothing
            }
            // Capitalized run: maybe an organization (…Command, Ministry of …), a facility (X air base), a place
            // (X province; in X, Iraq)
            if (!nameWord(t, i) || i > 0 && nameWord(t, i - 1) && p.owner[i - 1] == null) {
                continue;
            }
            int end = nameRun(p, i, 6);
            // "Ministry of Defence": let "of" + capitalized words continue an organization
            while (end + 2 < t.size() && t.get(end + 1).is("of") && nameWord(t, end + 2)
                    && cues.has("ORG_TAIL", "en", t.get(end).form())) {
                end = nameRun(p, end + 2, 4);
            }
            // "Department of Housing and Urban Development": "and" joins the words after "of" when a run of names
            // follows it and ends the name (not a demonym, a title or another entity)
            if (end > i && endsWithOrgOf(t, i, end) && end + 2 < t.size() && t.get(end + 1).is("and")
                    && p.owner[end + 2] == null && nameWord(t, end + 2)) {
                int more = nameRun(p, end + 2, 3);
                boolean plain = more >= end + 2;
                for (int k = end + 2; k <= more; k++) {
                    String w = t.text().substring(t.get(k).start(), t.get(k).end());
                    plain &= lexicon.countryOfDemonym(w) == null && !cues.has("PERSON_TITLE", "en", t.get(k).form())
                            && !cues.has("ROLE_NOUN", "en", t.get(k).form());
                }
                if (plain) {
                    end = more;
                }
            }
            if (end < i) {
                continue;
            }
            int from = i;
            if (t.get(from).is("the") && from < end) {
                from++;
            }
            if (cues.has("ORG_TAIL", "en", t.get(end).form()) || endsWithOrgOf(t, from, end)) {
                Candidate before = from > 0 ? p.owner[from - 1] : null;
                if (before != null && before.type() == EntityType.ORGANIZATION && t.get(from - 1).end() < t.get(from)
                        .start()) {
                    // "Joint Operations Command Media Office": a unit of the organization just named
                    p.accept(new Candidate(EntityType.ORGANIZATION, before.from(), end, before.start(),
                            t.get(end).end(), before.key(), before.name(), before.lat(), before.lon(), false));
                    i = end;
                    continue;
                }
                if (from < end || !t.get(end).is("police")) {
                    p.accept(new Candidate(EntityType.ORGANIZATION, from, end, t.get(from).start(), t.get(end).end(),
                            Keys.of(EntityType.ORGANIZATION, phrase(t, from, end)), t.span(from, end), null, null,
                            false));
                    i = end;
                }
                continue;
            }
            if (from == end && lexicon.countryOfDemonym(t.text().substring(t.get(end).start(), t.get(end).end()))
                    != null) {
                continue; // "the northern Israeli city of Safed", "an Indian village": an adjective, not the name
            }
            int[] facility = englishTail(t, end, "FACILITY_TAIL");
            if (facility != null) {
                String gloss = cues.gloss("FACILITY_TAIL", "en", phrase(t, end + 1, facility[0]), "facility");
                p.accept(new Candidate(EntityType.FACILITY, from, facility[0], t.get(from).start(),
                        t.get(facility[0]).end(), "facility:" + Keys.slug(phrase(t, from, end)) + "-" + gloss,
                        t.span(from, facility[0]), null, null, false));
                i = facility[0];
                continue;
            }
            int[] place = englishTail(t, end, "LOCATION_TAIL");
            if (place != null && end - from < 3) {
                p.accept(new Candidate(EntityType.LOCATION, from, end, t.get(from).start(), t.get(end).end(),
                        Keys.of(EntityType.LOCATION, phrase(t, from, end)), t.span(from, end), null, null, false));
                i = end;
                continue;
            }
            // "in al-Baghdadi, Iraq": a place followed by its country
            if (from > 0 && t.get(from - 1).is("in") && end + 2 < t.size() && t.get(end + 1).is(",")
                    && p.owner[end + 2] != null && p.owner[end + 2].type() == EntityType.LOCATION
                    && end - from < 3) {
                p.accept(new Candidate(EntityType.LOCATION, from, end, t.get(from).start(), t.get(end).end(),
                        Keys.of(EntityType.LOCATION, phrase(t, from, end)), t.span(from, end), null, null, false));
                i = end;
            }
        }
    }

    private static final Set<String> SMALL_WORDS = Set.of("and", "the", "for", "of", "in", "to", "with", "on", "at",
            "a", "an", "or", "from", "by", "your", "our", "is", "are");

    /**
     * Whether the sentence of token {@code i} is written in Title Case (a heading, a slogan): its small words
     * capitalized after the first word, or every word of two or more letters capitalized (and not all in capitals).
     */
    private static boolean titleCaseLine(TokenizedText t, int i) {
        int sentence = t.get(i).sentence();
        int from = i;
        while (from > 0 && t.get(from - 1).sentence() == sentence) {
            from--;
        }
        int words = 0;
        int capitals = 0;
        boolean first = true;
        for (int k = from; k < t.size() && t.get(k).sentence() == sentence; k++) {
            Token tok = t.get(k);
            if (tok.script() != Script.LATIN) {
                continue;
            }
            // Title case, not capitals throughout (an agency's "PROVIDED BY A THIRD PARTY" is no heading)
            boolean capital = titleCase(t, tok);
            if (capital && !first && tok.form().length() > 1 && SMALL_WORDS.contains(tok.form())) {
                return true;
            }
            first = false;
            if (tok.form().length() > 1) {
                words++;
                capitals += capital ? 1 : 0;
            }
        }
        return words >= 2 && capitals == words;
    }

    private boolean endsWithOrgOf(TokenizedText t, int from, int end) {
        for (int k = from; k < end; k++) {
            if (t.get(k + 1).is("of") && cues.has("ORG_TAIL", "en", t.get(k).form())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- persons

    private void persons(Pass p) {
        TokenizedText t = p.text;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.script() == Script.ARABIC && p.owner[i] == null) {
                if (cues.arabicStem("PERSON_TITLE", tok.form()) != null) {
                    arabicPersonAfterTitle(p, i);
                }
            } else if ((tok.script() == Script.LATIN || tok.is("/")) && p.owner[i] == null) {
                englishPerson(p, i);
            }
        }
    }

    private void arabicPersonAfterTitle(Pass p, int cue) {
        TokenizedText t = p.text;
        int sentence = t.get(cue).sentence();
        int k = cue + 1;
        boolean connectorUsed = false;
        boolean inField = false;
        // skip the rest of the title: adjectives, the body spoken for, "في الشؤون الإيرانية والإقليمية"
        while (k < t.size() && k <= cue + 10 && t.get(k).sentence() == sentence) {
            Token tok = t.get(k);
            if (p.owner[k] != null && p.owner[k].type() != EntityType.PERSON && !p.owner[k].generatedPlace()) {
                k = p.owner[k].to() + 1;
                continue;
            }
            if (tok.script() != Script.ARABIC) {
                return;
            }
            String f = tok.form();
            String bare = Clitics.bare(f);
            boolean role = cues.arabicStem("ROLE_NOUN", f) != null || cues.arabicStem("PERSON_TITLE", f) != null;
            if (!connectorUsed && (f.startsWith("باسم") && f.length() <= 7)) {
                connectorUsed = true;
                k++;
                continue;
            }
            if (Clitics.hasArticle(bare) && cues.arabicStem("STOP", f) == null) {
                k++;
                continue;
            }
            if (role) {
                k++;
                continue;
            }
            if (!inField && (f.equals("في") || f.equals("لشوون")) && k + 1 < t.size()
                    && Clitics.hasArticle(t.get(k + 1).form())) {
                inField = true;
                k++;
                continue;
            }
            break;
        }
        arabicName(p, k, sentence);
    }

    /** A name of two to four words starting at token {@code k}; an article-word ends it (محمد شياع السوداني). */
    private void arabicName(Pass p, int k, int sentence) {
        TokenizedText t = p.text;
        if (k >= t.size() || t.get(k).script() != Script.ARABIC || Clitics.hasArticle(t.get(k).form())) {
            return;
        }
        int end = k - 1;
        for (int j = k; j < t.size() && j < k + 4 && t.get(j).sentence() == sentence; j++) {
            Token tok = t.get(j);
            if (tok.script() != Script.ARABIC || stop(t, tok) || j > k && strippedStop(tok.form())
                    || cues.arabicStem("PERSON_TITLE", tok.form()) != null
                    || cues.arabicStem("ROLE_NOUN", tok.form()) != null
                    || (p.owner[j] != null && !p.owner[j].generatedPlace())) {
                break;
            }
            if (j > k && (tok.form().startsWith("و") && tok.form().length() > 3 && Clitics.hasArticle(
                    tok.form().substring(1)))) {
                break; // "وإيران": a conjunction, a new noun phrase
            }
            end = j;
            if (Clitics.hasArticle(tok.form()) && !cues.has("FAMILY_LINK", "ar", t.get(j - 1).form())) {
                break;
            }
        }
        if (end <= k) {
            return;
        }
        String normalized = phrase(t, k, end);
        p.accept(new Candidate(EntityType.PERSON, k, end, t.get(k).start(), t.get(end).end(),
                Keys.person(normalized), null, null, null, false));
    }

    private void englishPerson(Pass p, int i) {
        TokenizedText t = p.text;
        Token tok = t.get(i);
        // "spokesman John Kirby", "President Joe Biden", "Gen. Qassem Soleimani"
        if (cues.has("PERSON_TITLE", "en", tok.form())) {
            int k = i + 1;
            if (k < t.size() && t.get(k).is(".")) {
                k++;
            }
            // "Secretary of State Antony Blinken": the rest of the title
            while (k < t.size() && k <= i + 4 && (cues.has("ROLE_NOUN", "en", t.get(k).form())
                    || cues.has("PERSON_TITLE", "en", t.get(k).form()))) {
                k++;
            }
            if (k > i + 1 && (t.get(k - 1).is("of") || t.get(k - 1).is("the") && t.get(k - 2).is("of"))) {
                return; // "vice-president of Transformational Space": the body the title is of, not a person
            }
            if (k < t.size() && !(i > 0 && nameWord(t, i - 1) && !cues.has("ROLE_NOUN", "en", t.get(i - 1).form())
                    && !cues.has("PERSON_TITLE", "en", t.get(i - 1).form()) && false)) {
                int end = nameRun(p, k, 4, true);
                boolean honorific = titleCase(t, tok) || tok.form().length() <= 4;
                if (end >= k + 1 || end == k && honorific && titleCase(t, tok)) {
                    acceptEnglishPerson(p, k, end);
                    return;
                }
            }
        }
        // "REUTERS/John Davison", "AFP/Jane Doe": the photographer of an agency credit
        if (tok.is("/") && i > 0 && i + 2 < t.size() && t.get(i - 1).script() == Script.LATIN) {
            String agency = t.text().substring(t.get(i - 1).start(), t.get(i - 1).end());
            if (agency.equals(agency.toUpperCase())) {
                int end = nameRun(p, i + 1, 3, true);
                if (end >= i + 2) {
                    acceptEnglishPerson(p, i + 1, end);
                }
            }
            return;
        }
        // "Kirby said" with the full name: "John Kirby said", "John Kirby, the spokesman, said"
        if (nameWord(t, i) && (i == 0 || !nameWord(t, i - 1))) {
            int end = nameRun(p, i, 3, true);
            if (end > i && end + 1 < t.size()) {
                String next = t.get(end + 1).form();
                if (next.equals("said") || next.equals("says") || next.equals("told") || next.equals("added")
                        || next.equals("warned") || next.equals("wrote") || next.equals("stated")
                        || next.equals("tweeted") || next.equals("announced") || next.equals("explained")) {
                    acceptEnglishPerson(p, i, end);
                }
            }
        }
    }

    private void acceptEnglishPerson(Pass p, int from, int to) {
        TokenizedText t = p.text;
        for (int k = from; k <= to; k++) {
            if (cues.has("ORG_TAIL", "en", t.get(k).form()) || cues.has("FACILITY_TAIL", "en", t.get(k).form())) {
                return;
            }
        }
        p.accept(new Candidate(EntityType.PERSON, from, to, t.get(from).start(), t.get(to).end(),
                Keys.person(phrase(t, from, to)), t.span(from, to), null, null, false));
    }

    private static List<String> words(TokenizedText t, int from, int to) {
        List<String> out = new ArrayList<>(to - from + 1);
        for (int k = from; k <= to; k++) {
            if (!t.get(k).isPunctuation()) {
                out.add(t.get(k).form());
            }
        }
        return out;
    }

    /** A name a later reference may use: the person's key and name, and where in this text it was named (-1: before). */
    private record Reference(String key, String name, int from, boolean latin) {
    }

    /**
     * Later mentions of a person: by surname (العوادي، Kirby), by the last two names (محمد علي), or by the full name
     * again, of a person named in full earlier in this text or, through {@code known}, in an earlier segment of the
     * same article.
     */
    private void shortReferences(Pass p, List<Candidate> named, List<ArticlePersons.Known> known) {
        if (named.isEmpty() && known.isEmpty()) {
            return;
        }
        TokenizedText t = p.text;
        Map<String, Reference> forms = new HashMap<>();
        int longest = 1;
        List<Candidate> inOrder = new ArrayList<>(named);
        inOrder.sort(Comparator.comparingInt(Candidate::start));
        for (Candidate c : inOrder) {
            if (c.to() > c.from()) {
                longest = Math.max(longest, addForms(forms, words(t, c.from(), c.to()),
                        new Reference(c.key(), c.name(), c.from(), t.get(c.to()).script() == Script.LATIN), false));
            }
        }
        for (ArticlePersons.Known k : known) {
            longest = Math.max(longest, addForms(forms, k.words(), new Reference(k.key(), k.name(), -1, k.latin()),
                    true));
        }
        java.util.Set<String> firstWords = new java.util.HashSet<>();
        for (String form : forms.keySet()) {
            int space = form.indexOf(' ');
            if (space > 0) {
                firstWords.add(form.substring(0, space));
            }
        }
        int first = known.isEmpty() ? inOrder.get(0).from() + 1 : 0;
        for (int i = first; i < t.size(); i++) {
            if (p.owner[i] != null && !placeNamesakeOfPerson(p, i)) {
                continue;
            }
            Token tok = t.get(i);
            if (tok.script() == Script.PUNCTUATION) {
                continue;
            }
            Candidate linked = null;
            for (Clitics.Stem stem : tok.script() == Script.ARABIC ? Clitics.stems(tok.form())
                    : new Clitics.Stem[] {new Clitics.Stem(tok.form(), 0)}) {
                Reference best = null;
                int bestTo = -1;
                Reference one = forms.get(stem.form());
                if (one != null && one.from() < i) {
                    best = one;
                    bestTo = i;
                }
                if (firstWords.contains(stem.form())) {
                    // a form of two or more words starts here: only then are the words joined to look it up
                    StringBuilder b = new StringBuilder(stem.form());
                    for (int j = i + 1; j < t.size() && j - i < longest; j++) {
                        if (p.owner[j] != null || t.get(j).isPunctuation()) {
                            break;
                        }
                        b.append(' ').append(t.get(j).form());
                        Reference r = forms.get(b.toString());
                        if (r != null && r.from() < i) {
                            best = r;
                            bestTo = j;
                        }
                    }
                }
                if (best == null || tok.script() == Script.LATIN && !titleCase(t, tok)
                        || bestTo == i && adjectiveUse(t, i, stem.form())) {
                    continue;
                }
                linked = new Candidate(EntityType.PERSON, i, bestTo, t.startAfter(tok, stem.stripped()),
                        t.get(bestTo).end(), best.key(), best.name(), null, null, false);
                break;
            }
            if (linked != null) {
                p.accept(linked);
                i = linked.to();
            }
        }
    }

    /**
     * The forms a later reference may take: the full name (only when known from an earlier segment: in the same text
     * the rules found it), the last two names of a name of three or more, the surname when it is distinctive (Latin,
     * or an Arabic word with the article). Earlier persons win a shared form. Returns the longest form in words.
     */
    private static int addForms(Map<String, Reference> forms, List<String> words, Reference r, boolean full) {
        int n = words.size();
        if (n < 2) {
            return 1;
        }
        String last = words.get(n - 1);
        if (r.latin() || Clitics.hasArticle(last)) {
            forms.putIfAbsent(last, r);
        }
        if (n >= 3) {
            forms.putIfAbsent(words.get(n - 2) + " " + last, r);
        }
        if (full) {
            forms.putIfAbsent(String.join(" ", words), r);
            return n;
        }
        return Math.min(n, 2);
    }

    /**
     * A one-word place from the generated gazetteer where a person's surname may stand ("Austin declined", but not
     * "in Austin"): a person named in the article wins it.
     */
    private static boolean placeNamesakeOfPerson(Pass p, int i) {
        Candidate c = p.owner[i];
        if (!c.generatedPlace() || c.from() != c.to()) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        String before = p.text.get(i - 1).form();
        return !(before.equals("in") || before.equals("at") || before.equals("near") || before.equals("from")
                || before.equals("to") || before.equals("في") || before.equals("قرب") || before.equals("الى")
                || before.equals("من"));
    }

    /** السوداني after a definite noun (الجيش السوداني) is the adjective "Sudanese", not the surname al-Sudani. */
    private boolean adjectiveUse(TokenizedText t, int i, String stem) {
        if (i == 0 || t.get(i).script() != Script.ARABIC || lexicon.countryOfAdjective(stem) == null) {
            return false;
        }
        Token before = t.get(i - 1);
        return before.script() == Script.ARABIC && Clitics.hasArticle(Clitics.bare(before.form()))
                && before.sentence() == t.get(i).sentence();
    }
}
