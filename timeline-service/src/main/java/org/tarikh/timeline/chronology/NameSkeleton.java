package org.tarikh.timeline.chronology;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * The consonant skeleton of a person's name, the key entity-service gives a person ({@code person:} + skeleton), so
 * that a name typed in one script finds the person named in the other: "John Kirby" finds جون كيربي, both
 * {@code jn-krb}. A copy of entity-service's {@code ner/NameSkeleton} (the Arabic folded by {@link NameKey} instead of
 * entity-service's text view); both services test it against the same table of names and keys
 * ({@code src/test/resources/person-keys.tsv}), and entity-service checks that the two tables and copies agree.
 */
public final class NameSkeleton {

    // ICU transliterators are built from rules once; one per thread, as their thread-safety is not documented
    private static final ThreadLocal<Transliterator> ROMANIZE = ThreadLocal
            .withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));

    private NameSkeleton() {
    }

    /** The skeleton words of a name joined by '-', or "" when nothing is left (a name of vowels only). */
    public static String of(String name) {
        List<String> words = words(name);
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String s = reduce(w);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return String.join("-", out);
    }

    /** Romanized, lower-case words with articles dropped and compounds joined. */
    private static List<String> words(String name) {
        String[] raw = name.strip().replace('\u00A0', ' ').split("[\\s\\u061C\\u200F\\u200E]+");
        List<String> words = new ArrayList<>(raw.length);
        boolean joinNext = false;
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            if (w.isEmpty() || w.equals("-") || w.equals("'")) {
                continue;
            }
            if (w.equals("الله") || w.equalsIgnoreCase("allah") || w.equalsIgnoreCase("ullah")) {
                // نصر الله, Nasr Allah: one name, written joined in English (Nasrallah, Abdullah)
                if (!words.isEmpty()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + "allah");
                    joinNext = false;
                    continue;
                }
            }
            String latin = w.equals("عبد") ? "abd" : romanize(stripArabicArticle(w));
            for (String part : latin.split("-")) {
                part = stripLatinArticle(part);
                if (part.isEmpty()) {
                    continue;
                }
                if (joinNext && !words.isEmpty()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + part);
                    joinNext = false;
                    continue;
                }
                // عبد الفتاح, Abdel Fattah, Abd al-Aziz: "servant of" + a name is one name (Abdulaziz)
                String servant = servantPrefix(part);
                if (servant != null) {
                    String rest = part.substring(servant.length());
                    if (rest.isEmpty()) {
                        words.add("abd");
                        joinNext = true;
                    } else {
                        words.add("abd" + stripLatinArticle(rest));
                    }
                    continue;
                }
                words.add(part);
            }
        }
        return words;
    }

    private static String servantPrefix(String w) {
        for (String p : new String[] {"abdel", "abdul", "abdal", "abdol", "abd"}) {
            if (w.startsWith(p) && (w.length() == p.length() || w.length() > p.length() + 2)) {
                return p;
            }
        }
        return null;
    }

    /** Drops ال (and the family word آل written alone) from an Arabic word; الله is a name, kept whole. */
    private static String stripArabicArticle(String w) {
        if (w.equals("ال") || w.equals("آل")) {
            return "";
        }
        if (w.length() > 3 && (w.startsWith("ال") || w.startsWith("آل")) && !w.equals("الله")) {
            return w.substring(2);
        }
        return w;
    }

    /** al, el, al-Sisi, as-Sayyid (assimilated), ul: the article is not part of the name in either script. */
    private static String stripLatinArticle(String w) {
        if (w.equals("al") || w.equals("el") || w.equals("ul") || w.equals("ad") || w.equals("as")
                || w.equals("ash") || w.equals("an") || w.equals("ar") || w.equals("at") || w.equals("az")) {
            return "";
        }
        return w;
    }

    private static String romanize(String w) {
        if (w.isEmpty()) {
            return w;
        }
        boolean arabic = false;
        for (int i = 0; i < w.length() && !arabic; i++) {
            arabic = w.charAt(i) >= '\u0600' && w.charAt(i) <= '\u06FF';
        }
        if (!arabic) {
            String lower = w.toLowerCase(Locale.ROOT);
            // Aboul Gheit, Abul Abbas: Abu + the article, one word in English, two in Arabic (أبو الغيط)
            return lower.equals("aboul") || lower.equals("abul") ? "abu" : ascii(lower);
        }
        // ة ى أ as the matching view folds them; ع and alef open a word with a vowel, as English writes it (Abbas)
        String folded = NameKey.of(w);
        if (folded.isEmpty()) {
            return folded;
        }
        String latin = ROMANIZE.get().transliterate(folded);
        if (folded.charAt(0) == 'ع' || folded.charAt(0) == 'ا') {
            latin = "a" + latin;
        }
        return ascii(latin);
    }

    private static String ascii(String latin) {
        latin = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z' || c == '-') {
                b.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + 32));
            }
            // ʿ ʾ ' and combining marks go: ع and hamza are not written in English
        }
        return b.toString();
    }

    /**
     * One romanized word to its consonant skeleton; a word that opens with a vowel keeps one 'a' for it, so that
     * Ahmed (أحمد) and Hamad (حمد) stay apart.
     */
    private static String reduce(String w) {
        if (w.isEmpty()) {
            return w;
        }
        boolean initialVowel = "aeiou".indexOf(w.charAt(0)) >= 0;
        String s = w;
        s = s.replace("john", "jon"); // English spelling: the h of John, Johnson is silent (جون، جونسون)
        // a word-final h after a vowel is not written in Arabic script or is ة: Haniyeh = هنية, Abdullah = عبد الله
        if (s.length() > 2 && s.endsWith("h") && "sckgtdpz".indexOf(s.charAt(s.length() - 2)) < 0) {
            s = s.substring(0, s.length() - 1);
        }
        // digraphs to one letter, written as capitals until the English c and x are gone: S = sh, K = kh
        s = s.replace("x", "ks").replace("tch", "S").replace("sch", "S").replace("sh", "S").replace("ch", "S")
                .replace("kh", "K").replace("gh", "g").replace("th", "t").replace("dh", "d").replace("ph", "f")
                .replace("dj", "j").replace("ck", "k").replace("tS", "S").replace("tz", "ts");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            char mapped = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 0;
                case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                case 'q', 'g' -> 'k'; // ق is g in Gulf, Iraqi and Libyan names (Gaddafi, Ghalibaf, Dagalo); غ too
                case 'p' -> 'b';
                case 'v' -> 'f';
                case 'S' -> 'x';
                case 'K' -> 'c';
                default -> c;
            };
            if (mapped != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != mapped)) {
                b.append(mapped);
            }
        }
        // English writes the m it hears before b (Jumblatt), Arabic the n (جنبلاط): one letter for both
        String out = b.toString().replace("nb", "mb");
        return initialVowel && !out.isEmpty() ? "a" + out : out;
    }
}
