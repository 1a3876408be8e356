package org.tarikh.entity.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.tarikh.entity.text.TokenizedText;

/** The word lists of the context rules (resources/ner/cues.tsv), normalized like the text they are matched on. */
final class Cues {

    // kind → lang → words; looked up with the callers' literal strings, so no key is built per token
    private final Map<String, Map<String, Set<String>>> words = new HashMap<>();
    private final Map<String, String> glosses = new HashMap<>();

    /**
     * The person names of {@link NameLists#RESOURCE} in Arabic script that end with ي, read once: a stop word with
     * ى whose spelling with ي is such a name (على / علي) is told apart by the text's own spelling.
     */
    private static final Set<String> NAMES_WITH_YA = new HashSet<>();

    static {
        Lexicon.readTsv(NameLists.RESOURCE, c -> {
            if (c.length > 1 && c[0].equals("PERSON") && c[1].endsWith("ي") && c[1].indexOf(' ') < 0) {
                NAMES_WITH_YA.add(c[1]);
            }
        });
    }

    static Cues load() {
        Cues cues = new Cues();
        Lexicon.readTsv("ner/cues.tsv", c -> {
            String[] ws = c[2].split("\\|");
            String[] gs = c.length > 3 && !c[3].isBlank() ? c[3].split("\\|") : null;
            Set<String> set = cues.set(c[0], c[1]);
            for (int i = 0; i < ws.length; i++) {
                String form = normalize(ws[i]);
                set.add(form);
                if (ws[i].endsWith("ى") && NAMES_WITH_YA.contains(ws[i].substring(0, ws[i].length() - 1) + "ي")) {
                    // على and the name علي fold to one form; the text's own spelling tells them apart. Other words
                    // (إلى، أخرى) are the same word however the text writes them (Egyptian spelling: إلي، أخري)
                    cues.set(c[0], "ar/alif-maqsura").add(form);
                } else if (ws[i].endsWith("ى") && c[1].equals("ar")) {
                    cues.set(c[0], "ar/final-ya").add(form);
                }
                if (gs != null && i < gs.length) {
                    cues.glosses.put(c[0] + "/" + c[1] + "/" + form, gs[i]);
                }
            }
        });
        return cues;
    }

    private Set<String> set(String kind, String lang) {
        return words.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(lang, l -> new HashSet<>());
    }

    private Set<String> get(String kind, String lang) {
        Map<String, Set<String>> byLang = words.get(kind);
        return byLang == null ? null : byLang.get(lang);
    }

    static String normalize(String phrase) {
        StringBuilder b = new StringBuilder();
        for (var t : TokenizedText.of(phrase).tokens()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.form());
        }
        return b.toString();
    }

    boolean has(String kind, String lang, String form) {
        Set<String> set = get(kind, lang);
        return set != null && set.contains(form);
    }

    /** Whether an Arabic token is a stop word of {@code kind}, telling على (stop) from علي (a name) by its spelling. */
    boolean hasArabic(String kind, String form, String original) {
        if (!has(kind, "ar", form)) {
            return false;
        }
        Set<String> maqsura = get(kind, "ar/alif-maqsura");
        return maqsura == null || !maqsura.contains(form) || !original.endsWith("\u064A");
    }

    /**
     * Whether a text writes a final ى as ي (Egyptian spelling, as ANERcorp does: إلي، حتي، أخري): a stop word of
     * {@code kind} that ends with ى and is no name in that spelling, written with ي. Then علي may be على.
     */
    boolean writesFinalYa(String kind, TokenizedText t) {
        Set<String> set = get(kind, "ar/final-ya");
        if (set == null) {
            return false;
        }
        for (var tok : t.tokens()) {
            if (tok.end() > tok.start() && t.text().charAt(tok.end() - 1) == '\u064A' && set.contains(tok.form())) {
                return true;
            }
        }
        return false;
    }

    /** The least-stripped stem of an Arabic token that is a word of {@code kind} (وزارة is وزارة, not و+زارة), or null. */
    org.tarikh.entity.text.Clitics.Stem arabicStem(String kind, String form) {
        Set<String> set = get(kind, "ar");
        if (set == null) {
            return null;
        }
        for (var stem : org.tarikh.entity.text.Clitics.stems(form)) {
            if (set.contains(stem.form())) {
                return stem;
            }
        }
        return null;
    }

    /**
     * Per word of language {@code lang}, the bits of the {@code kinds} (bit {@code i} for {@code kinds[i]}) whose lists
     * hold it: one lookup answers what {@link #has} would for every kind.
     */
    Map<String, Integer> kindBits(String[] kinds, String lang) {
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < kinds.length; i++) {
            Set<String> set = get(kinds[i], lang);
            if (set != null) {
                for (String w : set) {
                    bits.merge(w, 1 << i, (a, b) -> a | b);
                }
            }
        }
        return bits;
    }

    /** English gloss of a cue word, for building keys (مطار → airport), or the fallback. */
    String gloss(String kind, String lang, String form, String fallback) {
        return glosses.getOrDefault(kind + "/" + lang + "/" + form, fallback);
    }
}
