package org.tarikh.entity.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The resolver rules of docs/time.md, checked through the tagger for every publication date of a leap year and
 * the next (so month ends, year ends and 29 February all occur), rather than for a few hand-picked days.
 */
class ResolverRulesTest {

    private static final String[] AR_MONTHS = { "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر" };
    private static final String[] AR_DAYS = { "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
            "الأحد" };

    private final TimexTagger tagger = new TimexTagger();

    private Timex only(String text, LocalDate ref, String lang) {
        List<Timex> found = tagger.tag(text, ref, lang);
        assertEquals(1, found.size(), text + " @" + ref + " → " + found);
        return found.get(0);
    }

    @Test
    void aMissingYearTakesTheMostRecentSuchDateNotAfterPublication() {
        for (LocalDate ref = LocalDate.of(2024, 1, 1); ref.getYear() < 2026; ref = ref.plusDays(5)) {
            for (int m = 1; m <= 12; m++) {
                for (int d : new int[] { 1, 15, 28 }) {
                    LocalDate v = LocalDate.parse(only("وقع الهجوم في " + d + " " + AR_MONTHS[m - 1] + ".", ref, "ar")
                            .value());
                    assertTrue(!v.isAfter(ref) && v.isAfter(ref.minusYears(1)), d + "/" + m + " @" + ref + " → " + v);
                }
            }
        }
    }

    @Test
    void aShiftedDateIsStrictlyBeforeOrAfterPublication() {
        for (LocalDate ref = LocalDate.of(2024, 1, 1); ref.getYear() < 2026; ref = ref.plusDays(7)) {
            for (int m = 1; m <= 12; m++) {
                LocalDate past = LocalDate.parse(only("في 10 " + AR_MONTHS[m - 1] + " الماضي", ref, "ar").value());
                LocalDate next = LocalDate.parse(only("في 10 " + AR_MONTHS[m - 1] + " المقبل", ref, "ar").value());
                assertTrue(past.isBefore(ref) && !past.isBefore(ref.minusYears(1)), "past " + past + " @" + ref);
                assertTrue(next.isAfter(ref) && !next.isAfter(ref.plusYears(1)), "next " + next + " @" + ref);
            }
        }
    }

    @Test
    void weekdaysResolveWithinTheirWeekOfPublication() {
        for (LocalDate ref = LocalDate.of(2024, 2, 20); ref.isBefore(LocalDate.of(2024, 3, 10)); ref = ref.plusDays(1)) {
            for (int d = 1; d <= 7; d++) {
                DayOfWeek dow = DayOfWeek.of(d);
                LocalDate bare = LocalDate.parse(only("وقال " + AR_DAYS[d - 1] + " إن", ref, "ar").value());
                LocalDate past = LocalDate.parse(only("يوم " + AR_DAYS[d - 1] + " الماضي", ref, "ar").value());
                LocalDate next = LocalDate.parse(only(AR_DAYS[d - 1] + " المقبل", ref, "ar").value());
                LocalDate english = LocalDate.parse(only("said on " + name(dow), ref, "en").value());
                assertEquals(dow, bare.getDayOfWeek());
                assertTrue(!bare.isAfter(ref) && bare.isAfter(ref.minusDays(7)), "bare " + bare + " @" + ref);
                assertTrue(past.isBefore(ref) && !past.isBefore(ref.minusDays(7)), "past " + past + " @" + ref);
                assertTrue(next.isAfter(ref) && !next.isAfter(ref.plusDays(7)), "next " + next + " @" + ref);
                assertEquals(bare, english, "Arabic and English bare weekdays agree");
            }
        }
    }

    @Test
    void theArabWeekRunsFromSaturdayAndIsNamedByTheIsoWeekOfItsMonday() {
        for (LocalDate ref = LocalDate.of(2023, 12, 20); ref.isBefore(LocalDate.of(2024, 1, 20)); ref = ref.plusDays(1)) {
            Timex arabic = only("مطلع الأسبوع الجاري", ref, "ar");
            LocalDate saturday = ref.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            assertEquals(iso(saturday.plusDays(2)), arabic.value(), "@" + ref);
            assertEquals(Precision.WEEK, arabic.precision());
            assertEquals("START", arabic.mod());
            assertEquals(iso(saturday.minusWeeks(1).plusDays(2)), only("الأسبوع الماضي", ref, "ar").value());
            assertEquals(iso(ref), only("this week", ref, "en").value());
            assertEquals(iso(ref.minusWeeks(1)), only("last week", ref, "en").value());
        }
        // published on a Sunday the two calendars differ: the Arab week began the day before, the ISO week ends today
        assertEquals("2024-W04", only("الأسبوع الماضي", LocalDate.of(2024, 1, 28), "ar").value());
        assertEquals("2024-W03", only("last week", LocalDate.of(2024, 1, 28), "en").value());
    }

    private static String iso(LocalDate d) {
        return String.format("%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void withoutAPublicationDateRelativeValuesStayUnderspecified() {
        for (String text : new String[] { "أمس", "ليل الأحد الماضي", "السابع من أكتوبر", "الأسبوع الماضي",
                "العام الماضي", "الشهر المقبل", "قبل ثلاثة أيام", "منذ عامين", "الصيف الماضي", "الربع الأول" }) {
            Timex t = only(text, null, "ar");
            assertTrue(t.value().contains("X"), text + " → " + t.value());
            assertEquals(Anchor.PUBLICATION, t.anchor());
        }
        for (String text : new String[] { "yesterday", "last Sunday", "March 3", "next week", "three days ago" }) {
            Timex t = only(text, null, "en");
            assertTrue(t.value().contains("X"), text + " → " + t.value());
        }
        assertEquals("2022-01-04", only("4 يناير 2022", null, "ar").value());
        assertEquals("PRESENT_REF", only("الآن", null, "ar").value());
        assertEquals("P3D", only("for three days", null, "en").value());
    }

    private static String name(DayOfWeek d) {
        String s = d.name();
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
