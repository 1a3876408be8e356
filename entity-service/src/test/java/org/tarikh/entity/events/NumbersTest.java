package org.tarikh.entity.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.entity.text.TokenizedText;

/** How {@link Numbers} reads a count from its first token: grouping, decimals, thousands and hundreds words. */
class NumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2,000 people | 2000",
        "1,200 dead | 1200",
        "1.200 قتيل | 1200",
        "20,000,000 people | 20000000",
        "1.5 million people | 1500000",
        "2.5 مليون نازح | 2500000",
        "30 ألفا | 30000",
        "50 ألف قتيل | 50000",
        "10 آلاف شخص | 10000",
        "ثلاثة آلاف شخص | 3000",
        "ألفين آخرين | 2000",
        "ألفي شخص | 2000",
        "مئتا شخص | 200",
        "خمسمئة مهاجر | 500",
        "ثلاثمائة جندي | 300",
        "مئة وعشرون شخصا | 120",
        "مئة وخمسة وعشرون شخصا | 125",
        "ألف ومئتا شخص | 1200",
        "ثلاثة وعشرون جريحا | 23",
        "three thousand people | 3000",
        "٢٠٠٠ شخص | 2000",
    })
    void readsTheWholeCount(String text, int value) {
        int[] n = Numbers.at(TokenizedText.of(text), 0);
        assertEquals(value, n == null ? -1 : n[0], text);
    }

    @ParameterizedTest(name = "no count: {0}")
    @CsvSource(delimiter = '|', value = {
        "6.8 درجات",
        "6.8-magnitude",
        "7.0 on the Richter scale",
        "0.37 per kilo",
        "000 people",
        "007 agent",
        "عشرات الآلاف",
        "thousands of people",
    })
    void decimalsAndLooseGroupsCountNoOne(String text) {
        assertNull(Numbers.at(TokenizedText.of(text), 0), text);
    }

    @Test
    void aGroupOrAFractionAfterTheFirstDigitsIsAPartOfTheNumber() {
        TokenizedText t = TokenizedText.of("killed 2,500 and 6.8 and 3 , 000");
        // killed 2 , 500 and 6 . 8 and 3 , 000
        assertTrue(Numbers.continues(t, 3), "the 500 of 2,500");
        assertNull(Numbers.at(t, 3), "read from the 2, never as 500");
        assertEquals(1, Numbers.startOf(t, 3));
        assertArrayEquals(new int[] {2500, 3}, Numbers.at(t, 1));
        assertTrue(Numbers.continues(t, 7), "the 8 of 6.8");
        assertFalse(Numbers.continues(t, 11), "3 , 000 with spaces is two numbers");
        assertEquals(9, Numbers.startOf(t, 9));
    }
}
