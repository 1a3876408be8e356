package org.tarikh.entity.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;

/**
 * The month and weekday names in time/*.tsv cover what CLDR (via ICU4J) publishes for the Arabic-speaking
 * locales: every regional month name dates "5 <month> 2020", every weekday resolves, every Hijri month converts.
 */
class CldrCalendarNamesTest {

    private final TimexTagger tagger = new TimexTagger();
    private final LocalDate published = LocalDate.of(2024, 1, 30);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ar", "ar_EG", "ar_SA", "ar_AE", "ar_DZ", "ar_TN", "ar_MA", "ar_MR", "ar_LB", "ar_SY",
            "ar_IQ", "ar_JO", "ar_PS", "ar_LY", "en" })
    void everyCldrGregorianMonthNameDatesADay(String locale) {
        String[] months = new DateFormatSymbols(new GregorianCalendar(), new ULocale(locale))
                .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        List<String> wrong = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            String sentence = "5 " + months[m] + " 2020";
            List<Timex> found = tagger.tag(sentence, published, locale.substring(0, 2));
            String expected = String.format("2020-%02d-05", m + 1);
            if (found.size() != 1 || !found.get(0).value().equals(expected) || !found.get(0).text().equals(sentence)) {
                wrong.add(sentence + " → " + found);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ar", "en" })
    void everyCldrWeekdayNameResolvesToTheMostRecentSuchDay(String locale) {
        String[] days = new DateFormatSymbols(new GregorianCalendar(), new ULocale(locale)).getWeekdays();
        // ICU: 1 = Sunday .. 7 = Saturday; publication 2024-01-30 is a Tuesday
        for (int d = 1; d <= 7; d++) {
            java.time.DayOfWeek dow = java.time.DayOfWeek.of(d == 1 ? 7 : d - 1);
            LocalDate expected = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(dow));
            String sentence = locale.equals("ar") ? "وقال المتحدث " + days[d] + " إن" : "The spokesman said on " + days[d];
            List<Timex> found = tagger.tag(sentence, published, locale);
            assertEquals(1, found.size(), days[d]);
            assertEquals(expected.toString(), found.get(0).value(), days[d]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ar" })
    void everyCldrHijriMonthNameConvertsToGregorian(String locale) {
        String[] months = new DateFormatSymbols(new IslamicCalendar(), new ULocale(locale)).getMonths();
        for (int m = 0; m < 12; m++) {
            String sentence = "1 " + months[m] + " 1445 هـ";
            List<Timex> found = tagger.tag(sentence, published, "ar");
            assertEquals(1, found.size(), sentence + " → " + found);
            LocalDate expected = LocalDate.from(java.time.chrono.HijrahDate.of(1445, m + 1, 1));
            assertEquals(expected.toString(), found.get(0).value(), sentence);
        }
    }
}
