package org.tarikh.entity.ner;

import java.util.List;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * Lists of names as evidence for the tagger (resources/ner/name-lists.tsv, built by scripts/build-name-lists.mjs):
 * given and family names of people, company names, populated places, in both scripts. A name of up to
 * {@value #MAX_WORDS} words is kept as the hash of its words' keys (Arabic words without the article), so
 * that a sentence is matched without building a string.
 */
public final class NameLists {

    public static final String RESOURCE = "ner/name-lists.tsv";
    static final List<String> LISTS = List.of("PERSON", "COMPANY", "PLACE");
    static final int MAX_WORDS = 4;
    /**
     * Marks, in place of a list number, the first words of a longer name: {@link #cover} extends a match by one more
     * word only when a name goes on (most words start none, so most tokens cost 3 lookups instead of 12).
     */
    private static final int GOES_ON = -1;

    private long[] table = new long[1 << 18];
    private int size;

    public static NameLists load() {
        NameLists lists = new NameLists();
        Lexicon.readTsv(RESOURCE, c -> {
            int list = LISTS.indexOf(c[0]);
            TokenizedText t = TokenizedText.of(c[1]);
            if (list < 0 || t.size() == 0 || t.size() > MAX_WORDS) {
                return;
            }
            long h = 0;
            for (int k = 0; k < t.size(); k++) {
                if (k > 0) {
                    lists.add(NameFeatures.mix(h, GOES_ON));
                }
                h = NameFeatures.mix(h, key(t.get(k)));
            }
            lists.add(NameFeatures.mix(h, list));
        });
        return lists;
    }

    /** The hash of a word as the lists spell it: Arabic without the article, Latin lower-cased. */
    static long key(String form) {
        return NameFeatures.hash(Clitics.withoutArticle(form));
    }

    /** {@link #key} of a token, and of the token without its proclitics (وطارق → طارق) when it has any. */
    static long key(Token t) {
        return key(t.form());
    }

    static long bareKey(Token t) {
        return t.script() == Script.ARABIC ? key(Clitics.bare(t.form())) : key(t.form());
    }

    /** Whether a single word (normalized, without proclitics) is in one of the lists. */
    public boolean knowsWord(String form) {
        long h = NameFeatures.mix(0, key(form));
        for (int list = 0; list < LISTS.size(); list++) {
            if (contains(NameFeatures.mix(h, list))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a single word (as written, normalized) is a given or family name of the PERSON list. */
    public boolean knowsPerson(String form) {
        return contains(NameFeatures.mix(NameFeatures.mix(0, key(form)), 0));
    }

    /**
     * Per token of {@code [from, to)}, the bits of the lists (1 = PERSON, 2 = COMPANY, 4 = PLACE) of which a name
     * covers it, given each token's {@link #key}.
     */
    int[] cover(long[] keys, long[] bareKeys, int n) {
        int[] bits = new int[n];
        for (int i = 0; i < n; i++) {
            cover(keys[i], keys, i, n, bits);
            if (bareKeys[i] != keys[i]) {
                cover(bareKeys[i], keys, i, n, bits);
            }
        }
        return bits;
    }

    private void cover(long first, long[] keys, int i, int n, int[] bits) {
        long h = 0;
        for (int len = 1; len <= MAX_WORDS && i + len <= n; len++) {
            h = NameFeatures.mix(h, len == 1 ? first : keys[i + len - 1]);
            for (int list = 0; list < LISTS.size(); list++) {
                if (contains(NameFeatures.mix(h, list))) {
                    for (int k = i; k < i + len; k++) {
                        bits[k] |= 1 << list;
                    }
                }
            }
            if (!contains(NameFeatures.mix(h, GOES_ON))) {
                break;
            }
        }
    }

    private void add(long h) {
        if (h == 0) {
            h = 1;
        }
        if (size * 2 >= table.length) {
            long[] old = table;
            table = new long[old.length * 2];
            size = 0;
            for (long v : old) {
                if (v != 0) {
                    add(v);
                }
            }
        }
        int i = (int) (h ^ (h >>> 32)) & (table.length - 1);
        while (table[i] != 0) {
            if (table[i] == h) {
                return;
            }
            i = (i + 1) & (table.length - 1);
        }
        table[i] = h;
        size++;
    }

    boolean contains(long h) {
        if (h == 0) {
            h = 1;
        }
        int i = (int) (h ^ (h >>> 32)) & (table.length - 1);
        while (table[i] != 0) {
            if (table[i] == h) {
                return true;
            }
            i = (i + 1) & (table.length - 1);
        }
        return false;
    }
}
