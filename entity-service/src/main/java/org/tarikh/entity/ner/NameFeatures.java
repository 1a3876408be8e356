package org.tarikh.entity.ner;

import java.util.Map;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * The features of the name tagger ({@link NameTagger}): for every token of a sentence a fixed number of 64-bit
 * hashes, each standing for one "template = value" pair (the word, its clitic-free stem, its affixes, its shape, its
 * neighbours, the gazetteer names it is part of, the cue words around it). Hashes are mixed from per-token hashes
 * computed once, so no feature string is ever built: the tagger must run at hundreds of thousands of tokens a second.
 *
 * <p>What the rules knew is here as evidence the model weighs, not as decisions: gazetteer and lexicon membership
 * (with the kind and size of the place), cue words of {@code ner/cues.tsv} before and after, quotes, position.
 */
public final class NameFeatures {

    /** Hashes per token (0 = absent): the sentence's, then {@link #DOCUMENT_SLOTS} of the document's. */
    public static final int PER_TOKEN = 57;
    /** The first of the slots {@link #document} fills (the first stage sees them empty, 0). */
    public static final int DOCUMENT = 51;
    public static final int DOCUMENT_SLOTS = PER_TOKEN - DOCUMENT;

    private final Lexicon lexicon;
    private final NameLists lists;
    private final WordClusters clusters;
    /** Per word, the bits of the {@link #CUE_KINDS} whose Arabic (English) lists hold it. */
    private final Map<String, Integer> arabicCues;
    private final Map<String, Integer> englishCues;

    /** Features without word classes (Arabic: none were to be had). */
    public NameFeatures(Lexicon lexicon, NameLists lists) {
        this(lexicon, lists, null);
    }

    /** Features with the word classes of {@code clusters} for Latin words (English), none when it is null. */
    public NameFeatures(Lexicon lexicon, NameLists lists, WordClusters clusters) {
        this.lexicon = lexicon;
        this.lists = lists;
        this.clusters = clusters;
        Cues cues = Cues.load();
        this.arabicCues = cues.kindBits(CUE_KINDS, "ar");
        this.englishCues = cues.kindBits(CUE_KINDS, "en");
    }

    /** Marks of a Latin word: written with a capital; the sentence's first. */
    static final byte CAPITAL = 1;
    static final byte OPENS = 2;

    /** Per-token values of one sentence, reused across tokens' templates. */
    private static final class Sentence {
        long[] word;
        long[] stem;
        long[] proclitic;
        long[] shape;
        long[] gaz;
        long[] cue;
        long[] pre2;
        long[] pre3;
        long[] suf2;
        long[] suf3;
        long[] listKey;
        long[] bareKey;
        String[] affixStem; // the stem whose prefixes are features: clitic-free, without the article
        int[] lists;
        int[] cluster; // the word's WordClusters code (Latin script), 0 for other scripts
        boolean[] quoted;

        Sentence(int n) {
            word = new long[n];
            stem = new long[n];
            proclitic = new long[n];
            shape = new long[n];
            gaz = new long[n];
            cue = new long[n];
            pre2 = new long[n];
            pre3 = new long[n];
            suf2 = new long[n];
            suf3 = new long[n];
            listKey = new long[n];
            bareKey = new long[n];
            affixStem = new String[n];
            cluster = new int[n];
            quoted = new boolean[n];
        }
    }

    /**
     * Features of tokens {@code [from, to)} of {@code text} (one sentence) into {@code out}, {@link #PER_TOKEN} per
     * token from offset 0.
     */
    public void extract(TokenizedText text, int from, int to, long[] out) {
        extract(text, from, to, out, 0, null, null);
    }

    /**
     * Features of tokens {@code [from, to)} of {@code text} (one sentence) into {@code out} from token {@code into}
     * ({@code into * PER_TOKEN}), the document slots left empty; and, when {@code keys} is given, each token's key for
     * {@link #document} at {@code keys[from + k]}: its clitic-free stem, 0 for a token that is no word; and how it
     * is written at {@code marks[from + k]} ({@link #CAPITAL}, {@link #OPENS}).
     */
    public void extract(TokenizedText text, int from, int to, long[] out, int into, long[] keys, byte[] marks) {
        int n = to - from;
        Sentence s = new Sentence(n);
        gazetteer(text, from, to, s);
        boolean inQuote = false;
        for (int k = 0; k < n; k++) {
            Token t = text.get(from + k);
            String form = t.form();
            String stem = form;
            long proclitic = EMPTY;
            if (t.script() == Script.ARABIC) {
                Clitics.Stem bare = Clitics.bareStem(form);
                stem = Clitics.withoutArticle(bare.form());
                // the hash of the stripped proclitics followed by the article when there is one (وبال), unbuilt
                long h = fnv(FNV_OFFSET, form, 0, bare.stripped());
                proclitic = fmix(Clitics.hasArticle(bare.form()) ? fnv(h, ARTICLE, 0, 2) : h);
                s.affixStem[k] = stem;
            } else {
                s.affixStem[k] = Clitics.withoutArticle(form);
            }
            s.word[k] = hash(form);
            s.stem[k] = hash(stem);
            s.proclitic[k] = proclitic;
            s.shape[k] = shape(text, t);
            s.pre2[k] = affix(stem, 2, true);
            s.pre3[k] = affix(stem, 3, true);
            s.suf2[k] = affix(form, 2, false);
            s.suf3[k] = affix(form, 3, false);
            s.cue[k] = cueBits(t, stem);
            if (keys != null) {
                keys[from + k] = (t.script() == Script.ARABIC || t.script() == Script.LATIN) && stem.length() > 1
                        ? s.stem[k] : 0;
                marks[from + k] = (byte) (t.script() != Script.LATIN ? 0
                        : (Character.isUpperCase(text.text().charAt(t.start())) ? CAPITAL : 0) | (k == 0 ? OPENS : 0));
            }
            s.cluster[k] = clusters != null && t.script() == Script.LATIN ? clusters.code(form) : 0;
            s.listKey[k] = NameLists.key(t);
            s.bareKey[k] = NameLists.bareKey(t);
            if (isQuote(form)) {
                inQuote = !inQuote;
            } else {
                s.quoted[k] = inQuote;
            }
        }
        s.lists = lists.cover(s.listKey, s.bareKey, n);
        for (int k = 0; k < n; k++) {
            Token t = text.get(from + k);
            int o = (into + k) * PER_TOKEN;
            String form = t.form();
            String stem = s.affixStem[k];
            int f = 0;
            out[o + f++] = 1;
            out[o + f++] = mix(1, s.word[k]);
            out[o + f++] = mix(2, s.stem[k]);
            out[o + f++] = mix(3, s.proclitic[k]);
            out[o + f++] = mix(4, s.shape[k]);
            out[o + f++] = mix(5, affix(stem, 1, true));
            out[o + f++] = mix(6, s.pre2[k]);
            out[o + f++] = mix(7, s.pre3[k]);
            out[o + f++] = mix(8, affix(stem, 4, true));
            out[o + f++] = mix(9, affix(form, 1, false));
            out[o + f++] = mix(10, s.suf2[k]);
            out[o + f++] = mix(11, s.suf3[k]);
            out[o + f++] = mix(12, affix(form, 4, false));
            out[o + f++] = mix(13, at(s.word, k - 1));
            out[o + f++] = mix(14, at(s.word, k + 1));
            out[o + f++] = mix(15, at(s.word, k - 2));
            out[o + f++] = mix(16, at(s.word, k + 2));
            out[o + f++] = mix(17, at(s.stem, k - 1));
            out[o + f++] = mix(18, at(s.stem, k + 1));
            out[o + f++] = mix(19, mix(at(s.word, k - 1), s.word[k]));
            out[o + f++] = mix(20, mix(s.word[k], at(s.word, k + 1)));
            out[o + f++] = mix(21, mix(mix(at(s.shape, k - 1), s.shape[k]), at(s.shape, k + 1)));
            out[o + f++] = mix(22, s.gaz[k]);
            out[o + f++] = mix(23, at(s.gaz, k - 1));
            out[o + f++] = mix(24, at(s.gaz, k + 1));
            out[o + f++] = mix(25, mix(s.gaz[k], s.shape[k]));
            out[o + f++] = mix(26, at(s.cue, k - 1));
            out[o + f++] = mix(27, at(s.cue, k - 2));
            out[o + f++] = mix(28, at(s.cue, k + 1));
            out[o + f++] = mix(29, s.cue[k]);
            out[o + f++] = mix(30, (k == 0 ? 1 : 0) + (k == n - 1 ? 2 : 0));
            out[o + f++] = mix(31, s.quoted[k] ? 1 : 0);
            out[o + f++] = mix(32, mix(at(s.stem, k - 1), s.stem[k]));
            out[o + f++] = mix(37, mix(at(s.suf2, k - 1), s.suf2[k]));
            out[o + f++] = mix(38, mix(s.shape[k], at(s.word, k - 1)));
            out[o + f++] = mix(39, Math.min(stem.length(), 8));
            out[o + f++] = mix(40, mix(s.proclitic[k], s.pre2[k]));
            out[o + f++] = mix(43, mix(at(s.stem, k + 1), at(s.stem, k + 2)));
            out[o + f++] = mix(44, s.lists[k]);
            out[o + f++] = mix(45, k > 0 ? s.lists[k - 1] : -1);
            out[o + f++] = mix(46, k + 1 < n ? s.lists[k + 1] : -1);
            out[o + f++] = mix(47, mix(s.lists[k], s.shape[k]));
            // the word as written (Apple, apple) and a capital that only opens the sentence
            out[o + f++] = mix(52, mix(s.word[k], s.shape[k]));
            out[o + f++] = mix(53, mix(k == 0 ? 1 : k == 1 ? 2 : 3, mix(s.shape[k], at(s.shape, k - 1))));
            // word classes of unlabelled text (English): prefixes of the word's path, of its neighbours', and the
            // class with the shape (a capitalized word of a class of surnames); nothing for Arabic words
            int c = s.cluster[k];
            out[o + f++] = c == 0 ? 0 : mix(60, WordClusters.prefix(c, 4));
            out[o + f++] = c == 0 ? 0 : mix(61, WordClusters.prefix(c, 6));
            out[o + f++] = c == 0 ? 0 : mix(62, WordClusters.prefix(c, 10));
            out[o + f++] = c == 0 ? 0 : mix(63, c);
            out[o + f++] = c == 0 ? 0 : mix(64, mix(WordClusters.prefix(c, 10), s.shape[k]));
            out[o + f++] = k == 0 || s.cluster[k - 1] == 0 ? 0 : mix(65, WordClusters.prefix(s.cluster[k - 1], 6));
            out[o + f++] = k + 1 == n || s.cluster[k + 1] == 0 ? 0 : mix(66, WordClusters.prefix(s.cluster[k + 1], 6));
            for (; f < PER_TOKEN; f++) {
                out[o + f] = 0;
            }
        }
    }

    /**
     * The document's evidence (Ratinov and Roth's "prediction aggregation"): for each of tokens {@code [0, n)}, what
     * the first-stage tags say of the <em>other</em> occurrences of its key in the same text — none, all outside
     * names, or mostly inside a person, organization or place (and whether most of them), which kinds were seen, the
     * most frequent tag among its names, the same verdict for the tokens before and after, for a Latin word whether it
     * is capitalized elsewhere where no sentence opens or in lower case, and the verdict with the word's own marks. Into
     * {@code out[i * stride + slot …]}, {@link #DOCUMENT_SLOTS} hashes per token.
     */
    public static void document(long[] keys, byte[] marks, int[] tags, int n, long[] out, int stride, int slot) {
        int T = NameTagger.T;
        int size = Integer.highestOneBit(Math.max(4, 2 * n)) << 1;
        int mask = size - 1;
        long[] table = new long[size];
        int[] counts = new int[size * T];
        int[] written = new int[size * 2]; // Latin: capitalized not opening a sentence, lower case
        int[] where = new int[n];
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            if (key == 0) {
                where[i] = -1;
                continue;
            }
            int j = (int) (key ^ (key >>> 32)) & mask;
            while (table[j] != 0 && table[j] != key) {
                j = (j + 1) & mask;
            }
            table[j] = key;
            where[i] = j;
            counts[j * T + tags[i]]++;
            if (marks[i] == CAPITAL) {
                written[2 * j]++;
            } else if (marks[i] == 0) {
                written[2 * j + 1]++;
            }
        }
        int[] verdict = new int[n];
        int[] c = new int[T];
        for (int i = 0; i < n; i++) {
            int o = i * stride + slot;
            if (where[i] < 0) {
                verdict[i] = 0;
                out[o] = 0;
                out[o + 1] = 0;
                out[o + 2] = 0;
                out[o + 4] = 0;
                out[o + 5] = 0;
                continue;
            }
            System.arraycopy(counts, where[i] * T, c, 0, T);
            c[tags[i]]--;
            int per = c[1] + c[2];
            int org = c[3] + c[4];
            int loc = c[5] + c[6];
            int names = per + org + loc;
            int total = names + c[0];
            int v;
            if (total == 0) {
                v = 1;
            } else if (names == 0) {
                v = 2;
            } else {
                v = (per >= org && per >= loc ? 3 : org >= loc ? 5 : 7) + (2 * names >= total ? 1 : 0);
            }
            verdict[i] = v;
            int kinds = (c[0] > 0 ? 1 : 0) | (per > 0 ? 2 : 0) | (org > 0 ? 4 : 0) | (loc > 0 ? 8 : 0)
                    | (total > 1 ? 16 : 0);
            int tag = 0;
            for (int t = 1, most = 0; t < T; t++) {
                if (c[t] > most) {
                    tag = t;
                    most = c[t];
                }
            }
            out[o] = mix(54, v);
            out[o + 1] = mix(55, kinds);
            out[o + 2] = mix(56, tag);
            // English: the word capitalized elsewhere where a capital is no sentence's first, or in lower case
            int capital = written[2 * where[i]] - (marks[i] == CAPITAL ? 1 : 0);
            int lower = written[2 * where[i] + 1] - (marks[i] == 0 ? 1 : 0);
            out[o + 4] = marks[i] == 0 && capital + lower == 0 ? 0
                    : mix(58, (capital > 0 ? 1 : 0) | (lower > 0 ? 2 : 0) | marks[i] << 2);
            out[o + 5] = mix(59, v * 4 + marks[i]);
        }
        for (int i = 0; i < n; i++) {
            out[i * stride + slot + 3] = mix(57, mix(i > 0 ? verdict[i - 1] : -1, i + 1 < n ? verdict[i + 1] : -1));
        }
    }

    // ---------------------------------------------------------------- per-token values

    private static long at(long[] values, int k) {
        return k < 0 ? 2 : k >= values.length ? 3 : values[k];
    }

    private static boolean isQuote(String form) {
        return form.length() == 1 && "\"«»“”„".indexOf(form.charAt(0)) >= 0;
    }

    /**
     * The hash of the token's shape as written: Latin letters as X/x runs (Kirby → Xx, NATO → X, U.S. spelt u . s . →
     * x), digits d, Arabic letters a, punctuation as itself; hashed as it is made, never built as a string.
     */
    private static long shape(TokenizedText text, Token t) {
        switch (t.script()) {
            case ARABIC:
                return SHAPE_ARABIC;
            case DIGITS:
                return t.form().length() == 4 ? SHAPE_YEAR : SHAPE_NUMBER;
            case PUNCTUATION:
                return hash(t.form());
            default:
                break;
        }
        String raw = text.text();
        long h = FNV_OFFSET;
        int length = 0;
        char last = 0;
        for (int i = t.start(); i < t.end() && length < 4; i++) {
            char c = raw.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : '-';
            if (k != last) {
                h = (h ^ k) * FNV_PRIME;
                length++;
                last = k;
            }
        }
        return fmix(h);
    }

    private static long affix(String s, int len, boolean prefix) {
        if (s.length() < len) {
            return 4;
        }
        return prefix ? hash(s, 0, len) : hash(s, s.length() - len, s.length());
    }

    private static final String[] CUE_KINDS = {"PERSON_TITLE", "ROLE_NOUN", "ORG_HEAD", "ORG_HEAD_PROPER",
        "ORG_HEAD_DEFINITE", "ORG_TAIL", "ORG_VERB", "FACILITY_TYPE", "FACILITY_TAIL", "FACILITY_HEAD",
        "FACILITY_ADJECTIVE", "LOCATION_TYPE", "LOCATION_TAIL", "LOCATION_HEAD", "STOP", "FAMILY_LINK"};

    /**
     * Which cue lists the token (one of its clitic stems, or its clitic-free stem) is in, and whether it is a country
     * adjective, as bits: bit {@code i} for {@code CUE_KINDS[i]}, bit 20 for the adjective.
     */
    private long cueBits(Token t, String stem) {
        long bits = 0;
        if (t.script() == Script.ARABIC) {
            for (Clitics.Stem s : Clitics.stems(t.form())) {
                bits |= arabicCues.getOrDefault(s.form(), 0);
            }
            bits |= arabicCues.getOrDefault(stem, 0);
            if (lexicon.countryOfAdjective(Clitics.bare(t.form())) != null) {
                bits |= 1L << 20;
            }
        } else if (t.script() == Script.LATIN) {
            bits |= englishCues.getOrDefault(t.form(), 0);
        }
        return bits == 0 ? 5 : mix(6, bits);
    }

    /**
     * Gazetteer and lexicon names over the sentence, longest first: each token of a match gets the kind of entity
     * (curated organization, facility or place, country, generated place by size) and its position in the name.
     */
    private void gazetteer(TokenizedText text, int from, int to, Sentence s) {
        int i = from;
        while (i < to) {
            NameTrie.Match m = lexicon.names().longestAt(text, i);
            if (m == null || m.to() >= to) {
                s.gaz[i - from] = 7;
                i++;
                continue;
            }
            Entity e = m.entity();
            String kind;
            if (e.type() != EntityType.LOCATION) {
                kind = e.type().name();
            } else if (lexicon.isCountry(e.key())) {
                kind = "COUNTRY";
            } else if (e.curated()) {
                kind = "PLACE";
            } else {
                kind = e.population() >= 1_000_000 ? "CITY1M" : e.population() >= 100_000 ? "CITY100K" : "TOWN";
            }
            long h = fnv(FNV_OFFSET, kind, 0, kind.length());
            for (int k = m.from(); k <= m.to(); k++) {
                // the hash of kind + position (+ "*" for a name of several places), never built as a string
                char pos = m.from() == m.to() ? 'U' : k == m.from() ? 'B' : k == m.to() ? 'L' : 'I';
                long p = (h ^ pos) * FNV_PRIME;
                s.gaz[k - from] = fmix(m.homographs().isEmpty() ? p : (p ^ '*') * FNV_PRIME);
            }
            i = m.to() + 1;
        }
    }

    // ---------------------------------------------------------------- hashing

    static long hash(String s) {
        return hash(s, 0, s.length());
    }

    static long hash(String s, int from, int to) {
        return fmix(fnv(FNV_OFFSET, s, from, to));
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final String ARTICLE = "ال";
    private static final long EMPTY = hash("");
    private static final long SHAPE_ARABIC = hash("a");
    private static final long SHAPE_YEAR = hash("dddd");
    private static final long SHAPE_NUMBER = hash("d");

    /** FNV-1a over {@code s[from, to)} continuing from {@code h}: a hash made piece by piece, as of the pieces joined. */
    private static long fnv(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    static long mix(long a, long b) {
        return fmix(a * 0x9E3779B97F4A7C15L + b);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
