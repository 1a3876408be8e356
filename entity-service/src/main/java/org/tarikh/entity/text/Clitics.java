package org.tarikh.entity.text;

/**
 * Arabic proclitics as they attach to names and nouns: an optional conjunction (و، ف), an optional preposition
 * (ب، ل، ك), then the article (ال; ل+ال is written لل). Works on normalized forms.
 */
public final class Clitics {

    private Clitics() {
    }

    /**
     * The stems a token may be, with the number of leading chars stripped, longest stem first: وبالعراق → وبالعراق/0,
     * بالعراق/1, العراق/2; للعراق → للعراق/0, العراق (restored article)/1. Each entry is {stem, strippedChars}.
     * The array is shared: callers read it, never change it.
     */
    public static Stem[] stems(String form) {
        Stem[] known = CACHE.get(form);
        if (known != null) {
            return known;
        }
        Stem[] stems = split(form);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.putIfAbsent(form, stems);
        }
        return stems;
    }

    // The rules ask for the stems of a token many times (names, cues, triggers); news reuses few word forms, so they
    // are split once. Bounded, so that hostile input cannot grow it without end; beyond the bound they are split anew.
    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Stem[]> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>(4096);

    private static Stem[] split(String form) {
        Stem[] out = new Stem[6];
        int n = 0;
        out[n++] = new Stem(form, 0);
        int i = 0;
        if (form.length() > 2 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف')) {
            i = 1;
            out[n++] = new Stem(form.substring(1), 1);
        }
        if (form.length() - i > 3) {
            char p = form.charAt(i);
            if (p == 'ب' || p == 'ك' || p == 'ل') {
                if (p == 'ل' && form.charAt(i + 1) == 'ل') {
                    // لل = ل + ال: the article's alef is not written; the span starts after لل
                    out[n++] = new Stem("ا" + form.substring(i + 1), i + 2);
                } else {
                    out[n++] = new Stem(form.substring(i + 1), i + 1);
                }
            }
        }
        Stem[] exact = new Stem[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    /** The form without a leading article ال, or the form itself. */
    public static String withoutArticle(String form) {
        return form.length() > 3 && form.startsWith("ال") ? form.substring(2) : form;
    }

    public static boolean hasArticle(String form) {
        return form.length() > 3 && form.startsWith("ال");
    }

    /**
     * The form without a leading conjunction و/ف where three letters or more remain (وتجري → تجري, فشلت → شلت: a
     * caller that cannot tell a conjunction from a root letter looks up both), else the form itself.
     */
    public static String withoutConjunction(String form) {
        return form.length() > 3 && (form.charAt(0) == 'و' || form.charAt(0) == 'ف') ? form.substring(1) : form;
    }

    /** A form with و/ف and a preposition stripped, but the article kept: والحكومة → الحكومة, لرئيس → رئيس. */
    public static String bare(String form) {
        return bareStem(form).form();
    }

    /** {@link #bare} with the number of chars stripped from the front of the token. */
    public static Stem bareStem(String form) {
        Stem[] s = stems(form);
        return s[s.length - 1];
    }

    /** @param stripped how many leading chars of the token the stem does not cover */
    public record Stem(String form, int stripped) {
    }
}
