package org.tarikh.entity.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs a careless or hostile client may send: the tagger answers with well-formed, disjoint timexes whose
 * offsets point into the text, and never throws. (Speed is measured by TimexTaggerBenchmark, not here.)
 */
class HostileInputTest {

    private final TimexTagger tagger = new TimexTagger();

    static Stream<String> hostile() {
        StringBuilder slashes = new StringBuilder();
        StringBuilder dashes = new StringBuilder();
        StringBuilder words = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            slashes.append(i % 31 + 1).append('/');
            dashes.append("2024-");
            words.append(i % 2 == 0 ? "منذ " : "الأسبوع ");
            marks.append("\u0651\u0640");
        }
        return Stream.of("", " ", "\n\n\t", "2024", "هـ", "ـ", "'", "'90", "Q", "q9", "الربع", "من", "و", "-",
                "\uD800", "\uDC00\uD800 2024 \uDFFF", "١٢/١٢/١٢/١٢", "99999999999999999999 يناير",
                "31 فبراير 2024", "0/0/0000", "2024-13-45", "30 ذو الحجة 1700 هـ", "الحادي والخمسين من مارس",
                "منذ منذ منذ قبل قبل", "مطلع مطلع مطلع الأسبوع", "the the the end of of of",
                "January January 2024 2024", "كانون كانون الثاني الثاني 2020", "أكتوبر/أكتوبر/أكتوبر/",
                "\u202Bفي ٧ أكتوبر ٢٠٢٣\u202C", "في\u200F ٧\u200F أكتوبر", "٧\u00A0أكتوبر\u00A0٢٠٢٣",
                slashes.toString(), dashes.toString(), words.toString(), marks.toString() + "أمس");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextYieldsWellFormedTimexes(String text) {
        for (LocalDate ref : new LocalDate[] { LocalDate.of(2024, 1, 30), null, LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31) }) {
            for (String lang : new String[] { "ar", "en", null, "" }) {
                check(text, tagger.tag(text, ref, lang));
            }
        }
    }

    @Test
    void nullTextHasNoTimexes() {
        assertEquals(List.of(), tagger.tag(null, LocalDate.of(2024, 1, 30), "ar"));
    }

    @Test
    void randomMixturesOfTimeWordsNeverBreakTheInvariants() {
        String[] parts = { "في", "منذ", "قبل", "7", "٢٠٢٣", "2024", "/", "-", ".", "،", "أكتوبر", "تشرين", "الأول",
                "الثاني", "كانون", "يوم", "الأحد", "الماضي", "المقبل", "مطلع", "الأسبوع", "العام", "هـ", "رمضان",
                "1445", "من", "و", "السابع", "والعشرين", "عشر", "أمس", "اليوم", "الآن", "ليل", "Jan", "January", "4",
                ",", "last", "Sunday", "ago", "days", "three", "the", "end", "of", "year", "mid", "1990", "s", "'",
                "Q", "quarter", "first", "\u064E", "\u0640", " ", "(", ")", "$", "%", "صيف", "الصيف", "summer",
                "weekend", "مؤخرا", "وقت", "سابق", "الربع", "أكثر", "نحو", "لمدة", "خلال", "for", "about", "more",
                "than", "الأيام", "المقبلة", "صفر", "آب", "أب", "ماي", "May", "may" };
        Random random = new Random(20240130);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                b.append(parts[random.nextInt(parts.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            check(text, tagger.tag(text, LocalDate.of(2024, 1, 30), round % 2 == 0 ? "ar" : "en"));
        }
    }

    private static void check(String text, List<Timex> found) {
        int lastEnd = 0;
        for (Timex t : found) {
            assertTrue(t.start() >= lastEnd && t.end() > t.start() && t.end() <= text.length(), t + " in " + text);
            assertEquals(t.text(), text.substring(t.start(), t.end()));
            assertTrue(t.value() != null && !t.value().isEmpty(), "value of " + t);
            lastEnd = t.end();
        }
    }
}
