package org.tarikh.parser.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the credit that ends a photo caption: "REUTERS/John Davison", "Iraqi Media Security Cell/Handout via
 * REUTERS", "(AP Photo/Hadi Mizban)", "Photograph: X/AFP/Getty Images", "(رويترز)", "(الفرنسية)", "- رويترز".
 * A credit is only ever the tail of a line, so a paragraph that merely mentions an agency is not a caption.
 */
final class PhotoCredits {

    /** A caption is a line or two, never a long paragraph. */
    static final int MAX_CAPTION = 600;
    private static final int MAX_CREDIT = 140;

    private static final List<String> CREDIT_LABELS = List.of("صدر الصورة", "مصدر الصورة", "حقوق الصورة",
            "Image source", "Image credit", "Photo credit");

    private final Set<String> latin = new HashSet<>();
    private final Set<String> arabic = new HashSet<>();

    PhotoCredits(List<String> lines) {
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length == 2 && cols[1].equals("Arab")) {
                arabic.add(ArabicFold.fold(cols[0]));
            } else if (cols.length == 2) {
                latin.add(cols[0]);
                latin.add(cols[0].toUpperCase(Locale.ROOT));
            }
        }
    }

    static PhotoCredits load() {
        return new PhotoCredits(Lexicon.lines("photo-credits.tsv"));
    }

    /** The credit ending {@code text[start,end)}, or null when the line does not end in one. */
    Span find(String text, int start, int end) {
        if (end - start > MAX_CAPTION || end - start < 2) {
            return null;
        }
        Span labelled = labelledCredit(text, start, end);
        if (labelled != null) {
            return labelled;
        }
        char last = text.charAt(end - 1);
        if (last == ')') {
            Span inner = parenthesized(text, start, end);
            if (inner != null && (arabicCredit(text, inner) || latinCredit(text, inner, true))) {
                return inner;
            }
        }
        Span tail = dashedArabicTail(text, start, end);
        if (tail != null) {
            return tail;
        }
        if (Punctuation.sentenceEnd(last) || last == ',' || last == '\u060C' || last == ':') {
            return null;
        }
        return latinTail(text, start, end);
    }

    /** "صدر الصورة، Getty Images", "مصدر الصورة: رويترز": a credit line with its label, as BBC Arabic prints it. */
    private static Span labelledCredit(String text, int start, int end) {
        for (String label : CREDIT_LABELS) {
            if (end - start <= MAX_CREDIT && text.startsWith(label, start)) {
                int s = start + label.length();
                while (s < end && (CanonicalText.blank(text.charAt(s)) || text.charAt(s) == '\u060C' || text.charAt(s) == ','
                        || text.charAt(s) == ':')) {
                    s++;
                }
                return s < end ? new Span(s, end) : null;
            }
        }
        return null;
    }

    /** "… الأنبار (رويترز)": the trimmed inside of the parentheses that close the line. */
    private static Span parenthesized(String text, int start, int end) {
        int close = end - 1;
        for (int i = close - 1; i >= Math.max(start, close - MAX_CREDIT); i--) {
            char c = text.charAt(i);
            if (c == '(') {
                int s = i + 1;
                int e = close;
                while (s < e && CanonicalText.blank(text.charAt(s))) {
                    s++;
                }
                while (e > s && CanonicalText.blank(text.charAt(e - 1))) {
                    e--;
                }
                return s < e ? new Span(s, e) : null;
            }
            if (c == ')') {
                return null;
            }
        }
        return null;
    }

    /** Every part of an Arabic credit ("رويترز", "رويترز - أرشيف", "أ ف ب") is a known credit. */
    private boolean arabicCredit(String text, Span credit) {
        String inner = credit.of(text);
        boolean arabicScript = false;
        for (int i = 0; i < inner.length() && !arabicScript; i++) {
            arabicScript = Punctuation.arabicLetter(inner.charAt(i));
        }
        if (!arabicScript) {
            return false;
        }
        if (arabic.contains(ArabicFold.fold(inner))) {
            return true;
        }
        String[] parts = inner.split("\\s*[-\u2013\u2014/\u060C,+]\\s*|\\s+و(?=\\p{IsArabic})");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isBlank() && !arabic.contains(ArabicFold.fold(part.strip())) && !latinName(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /** "… الأنبار - رويترز" (no parentheses), as some Arab outlets print credits. */
    private Span dashedArabicTail(String text, int start, int end) {
        for (int i = end - 1; i > Math.max(start, end - 40); i--) {
            if (Punctuation.dash(text.charAt(i))) {
                if (i == start || !CanonicalText.blank(text.charAt(i - 1))) {
                    return null;
                }
                int s = i + 1;
                while (s < end && CanonicalText.blank(text.charAt(s))) {
                    s++;
                }
                if (s < end && Punctuation.arabicLetter(text.charAt(s))
                        && arabic.contains(ArabicFold.fold(text.substring(s, end)))) {
                    return new Span(s, end);
                }
                return null;
            }
        }
        return null;
    }

    /** The tail of an English caption after its last sentence: "REUTERS/John Davison", "… via REUTERS". */
    private Span latinTail(String text, int start, int end) {
        int from = start;
        for (int i = end - 2; i > start && i >= end - MAX_CREDIT; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && CanonicalText.blank(text.charAt(i + 1))
                    && !Abbreviations.SHARED.protects(text, start, i)) {
                from = i + 1;
                break;
            }
        }
        while (from < end && CanonicalText.blank(text.charAt(from))) {
            from++;
        }
        if (end - from <= MAX_CREDIT) {
            Span tail = new Span(from, end);
            if (latinCredit(text, tail, false)) {
                return tail;
            }
        }
        // No sentence before the credit ("Smoke rises over Gaza REUTERS/Mohammed Salem"): take it from the agency.
        int slash = text.lastIndexOf('/', end - 1);
        if (slash > start && slash >= end - MAX_CREDIT) {
            int s = slash;
            while (s > start && !CanonicalText.blank(text.charAt(s - 1))) {
                s--;
            }
            String agency = text.substring(s, slash);
            if (latinName(agency) && agency.chars().noneMatch(Character::isLowerCase)) {
                return new Span(s, end);
            }
        }
        return null;
    }

    /**
     * A Latin credit names an agency and reads like a credit: "AGENCY/Name", "X via AGENCY", "Photo: X",
     * "Image source, X", "© X", or the agency alone. Inside parentheses "(AP Photo/Name)", "(Reuters)" also count.
     */
    private boolean latinCredit(String text, Span credit, boolean parenthesized) {
        String s = credit.of(text);
        if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) && s.charAt(0) != '\u00A9') {
            return false;
        }
        if (s.startsWith("Photo: ") || s.startsWith("Photograph: ") || s.startsWith("Photo by ")
                || s.startsWith("Picture: ") || s.startsWith("Image: ") || s.startsWith("Image source, ")
                || s.startsWith("Credit: ") || s.startsWith("\u00A9 ") || s.startsWith("PHOTO: ")) {
            return true;
        }
        if (latinName(s)) {
            return true;
        }
        String[] words = s.split("[\\s/,();:]+");
        boolean named = false;
        for (int a = 0; a < words.length && !named; a++) {
            StringBuilder name = new StringBuilder(words[a]);
            named = latin.contains(name.toString());
            for (int b = a + 1; b < Math.min(words.length, a + 4) && !named; b++) {
                named = latin.contains(name.append(' ').append(words[b]).toString());
            }
        }
        if (!named) {
            return false;
        }
        if (parenthesized) {
            return s.length() <= 60;
        }
        return s.indexOf('/') > 0 || s.contains(" via ") || s.length() <= 60 && endsWithAgency(words);
    }

    private boolean endsWithAgency(String[] words) {
        StringBuilder name = new StringBuilder();
        for (int k = words.length - 1; k >= Math.max(0, words.length - 4); k--) {
            name.insert(0, k == words.length - 1 ? words[k] : words[k] + " ");
            if (latin.contains(name.toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean latinName(String s) {
        return latin.contains(s);
    }
}
