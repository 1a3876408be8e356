package org.tarikh.entity.ner;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical keys for entities found by rules: {@code type:latin-slug}, from a simple news transliteration of Arabic;
 * persons by the skeleton of their name, shared across scripts.
 */
public final class Keys {

    // compiled once: keys are built for every rule-found entity of every text
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0]+");

    private Keys() {
    }

    public static String of(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
    }

    /**
     * The key of a person found by rules: the consonant skeleton of the name ({@link NameSkeleton}), so that the
     * Arabic and English spellings of one name meet ({@code person:jn-krb} for جون كيربي and John Kirby); the slug when
     * no consonant is left.
     */
    public static String person(String name) {
        String skeleton = NameSkeleton.of(name);
        return skeleton.isEmpty() ? of(EntityType.PERSON, name) : "person:" + skeleton;
    }

    public static String slug(String name) {
        StringBuilder b = new StringBuilder(name.length() + 8);
        String[] words = BLANKS.split(name);
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            transliterate(w, b);
        }
        String ascii = Normalizer.normalize(b, Normalizer.Form.NFKD);
        ascii = MARKS.matcher(ascii).replaceAll("").toLowerCase(Locale.ROOT);
        ascii = APOSTROPHES.matcher(ascii).replaceAll("");
        ascii = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
        return ascii.isEmpty() ? "unnamed" : ascii;
    }

    // Arabic letters to a readable Latin skeleton (العوادي → al-awadi); Latin passes through.
    private static void transliterate(String word, StringBuilder b) {
        int i = 0;
        if (word.startsWith("ال") && word.length() > 3) {
            b.append("al-");
            i = 2;
        }
        for (; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean first = i == 0 || b.length() > 0 && b.charAt(b.length() - 1) == '-';
            switch (c) {
                case 'ا', 'أ', 'إ', 'آ', 'ى' -> b.append(first ? "a" : "a");
                case 'ب' -> b.append('b');
                case 'ت' -> b.append('t');
                case 'ث' -> b.append("th");
                case 'ج' -> b.append('j');
                case 'ح', 'ه' -> b.append('h');
                case 'خ' -> b.append("kh");
                case 'د' -> b.append('d');
                case 'ذ' -> b.append("dh");
                case 'ر' -> b.append('r');
                case 'ز' -> b.append('z');
                case 'س', 'ص' -> b.append('s');
                case 'ش' -> b.append("sh");
                case 'ض' -> b.append('d');
                case 'ط' -> b.append('t');
                case 'ظ' -> b.append('z');
                case 'غ' -> b.append("gh");
                case 'ف' -> b.append('f');
                case 'ق' -> b.append('q');
                case 'ك' -> b.append('k');
                case 'ل' -> b.append('l');
                case 'م' -> b.append('m');
                case 'ن' -> b.append('n');
                case 'ة' -> b.append('a');
                case 'و' -> b.append(first ? 'w' : 'u');
                case 'ي', 'ی' -> b.append(first ? 'y' : 'i');
                case 'ع', 'ء', 'ئ', 'ؤ', 'ـ' -> {
                }
                default -> {
                    if (c < 0x0600 || c > 0x06FF) {
                        b.append(c);
                    }
                }
            }
        }
    }
}
