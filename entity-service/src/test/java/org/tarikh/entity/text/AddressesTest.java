package org.tarikh.entity.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.enrichment.Enrichment;

/**
 * A web or e-mail address is a name, not words of the sentence: its digits are no date, its path no event, its host
 * no organization. An outlet's credit line that gives the article's address tells what one without it tells (the
 * copies bench gave each copy's footer its own address, and the URL's year came out as a date of the footer).
 */
class AddressesTest {

    static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = Pipeline.standard();
    }

    @Test
    void anAddressIsOneTokenWithoutThePunctuationAfterIt() {
        TokenizedText t = TokenizedText.of("Write to News@Example.com, or see https://www.example.org/2024/01/30/a-b.html).");
        List<String> addresses = t.tokens().stream().filter(k -> k.script() == Script.ADDRESS)
                .map(k -> t.text().substring(k.start(), k.end())).toList();
        assertEquals(List.of("News@Example.com", "https://www.example.org/2024/01/30/a-b.html"), addresses);
        assertEquals(List.of(",", ")", "."), t.tokens().stream().filter(Token::isPunctuation).map(Token::form).toList());
    }

    @Test
    void theDateAndWordsOfAnAddressAreNoDateAndNoEvent() {
        Enrichment e = enricher.enrich("See https://www.reuters.com/world/middle-east/2024/01/30/three-killed-in-attack-on-base/"
                + " for more.", LocalDate.of(2024, 2, 1), "en", false);
        assertEquals(List.of(), e.timexes());
        assertEquals(List.of(), e.events());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(Reporting by Gulf Herald staff; Editing by Saad Mansour)|https://254db250.example/2021/story-0-1719",
            "جميع الحقوق محفوظة © صحيفة النهار 2021|https://41aa3c8e.example/2021/story-0-4870",
            "Three people were killed in an attack on the base on Tuesday.|(www.example.com/2021/06/30/attack.html)",
            "قتل ثلاثة أشخاص في هجوم على القاعدة يوم الثلاثاء.|للمزيد: https://example.com/2021/06/30/هجوم-على-القاعدة",
            "Contact the newsroom on Tuesday.|newsroom.2021@example.com" })
    void aTextTellsTheSameWithTheAddressAfterIt(String text, String address) {
        LocalDate published = LocalDate.of(2021, 7, 19);
        Enrichment without = enricher.enrich(text, published, null, false);
        Enrichment with = enricher.enrich(text + " " + address, published, null, false);
        assertEquals(without.timexes(), with.timexes(), "dates");
        assertEquals(without.mentions(), with.mentions(), "names");
        assertEquals(without.events().stream().map(e -> e.type() + " " + e.date() + " " + e.dateBasis() + " " + e.killed())
                .toList(), with.events().stream().map(e -> e.type() + " " + e.date() + " " + e.dateBasis() + " " + e.killed())
                        .toList(), "events");
    }
}
