package org.tarikh.entity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tarikh.entity.text.TokenizedText;
import org.tarikh.entity.time.Timex;
import org.tarikh.entity.time.TimexTagger;

/** The steps of event framing, each on its own: triggers, factuality, counts, dating. */
class EventPartsTest {

    static final Triggers TRIGGERS = new Triggers();
    static final TimexTagger TIME = new TimexTagger();

    static List<TriggerHit> hits(TokenizedText t, List<Timex> timexes) {
        return TRIGGERS.bySentence(t, timexes).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل 5 أشخاص وأصيب 12 آخرون في بغداد | 5 | 12
            Three soldiers were killed and 12 wounded in Basra | 3 | 12
            أصيب ما لا يقل عن 40 شخصا في الانفجار | - | 40+
            At least 7 people were killed by the blast | 7+ | -
            قتل جنديان في الهجوم | 2 | -
            """)
    void casualtiesAreCountedFromTheTriggersOfTheSentence(String text, String killed, String injured) {
        TokenizedText t = TokenizedText.of(text);
        List<TriggerHit> hits = hits(t, List.of());
        assertEquals(killed, show(Casualties.killed(t, 0, hits, List.of())), "killed");
        assertEquals(injured, show(Casualties.injured(t, 0, hits, List.of())), "injured");
    }

    private static String show(Casualties.Count c) {
        return c == null ? "-" : c.value() + (c.atLeast() ? "+" : "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            سوف يهاجم المسلحون القاعدة
            لم تقصف الطائرات المدينة
            The army will attack the town
            If rebels attacked the base, the army would respond
            """)
    void whatDidNotHappenIsNoTrigger(String text) {
        assertEquals(List.of(), hits(TokenizedText.of(text), List.of()));
    }

    @Test
    void triggersAreFoundBehindTheirConjunctionAndInTheirOwnSentence() {
        TokenizedText t = TokenizedText.of("Talks began. وقصفت الطائرات المدينة.");
        List<List<TriggerHit>> bySentence = TRIGGERS.bySentence(t, List.of());
        assertEquals(2, bySentence.size());
        TriggerHit attack = bySentence.get(1).get(0);
        assertEquals(EventType.ATTACK, attack.type());
        assertEquals("قصفت", t.text().substring(attack.start(), t.get(attack.to()).end()), "the conjunction is not the trigger");
    }

    @Test
    void aDateThatOnlyAnchorsAfterOrSinceDoesNotDateTheEvent() {
        String text = "Rebels attacked the town after the January 5, 2024 talks.";
        LocalDate published = LocalDate.parse("2024-02-01");
        TokenizedText t = TokenizedText.of(text);
        List<Timex> timexes = TIME.tag(text, published, "en");
        List<TriggerHit> hits = hits(t, timexes);
        EventDating.When when = EventDating.of(t, hits.get(0), hits, t.sentences().get(0), published, null, timexes);
        assertEquals("PUBLICATION", when.basis());
        assertEquals("ON_OR_BEFORE", when.mod());
    }

    @Test
    void aDateInTheClauseDatesTheEventAndNoDateAtAllGivesNone() {
        String text = "Rebels attacked the town on January 5, 2024.";
        TokenizedText t = TokenizedText.of(text);
        List<Timex> timexes = TIME.tag(text, LocalDate.parse("2024-02-01"), "en");
        List<TriggerHit> hits = hits(t, timexes);
        EventDating.When when = EventDating.of(t, hits.get(0), hits, t.sentences().get(0), null, null, timexes);
        assertEquals("2024-01-05", when.value());
        assertEquals("TIMEX", when.basis());
        assertNull(EventDating.of(t, hits.get(0), hits, t.sentences().get(0), null, null, List.of()),
                "without a date in the text or a publication date, no date is invented");
    }

    @Test
    void clausesEndAtCommaLikeMarks() {
        TokenizedText t = TokenizedText.of("Gunmen killed two, the army said");
        int[] clause = Clauses.clause(t, 1);
        assertEquals("Gunmen killed two", t.span(clause[0], clause[1]));
        assertTrue(Clauses.clauseMark(t.get(3)));
    }
}
