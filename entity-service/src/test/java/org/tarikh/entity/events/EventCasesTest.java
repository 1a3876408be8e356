package org.tarikh.entity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.tarikh.entity.boot.Pipeline;
import org.tarikh.entity.TsvRows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.enrichment.Enrichment;

/** Table-driven event cases (src/test/resources/events/event-cases.tsv) through the whole enrichment core. */
class EventCasesTest {

    static Enricher enricher;

    @BeforeAll
    static void load() {
        enricher = Pipeline.standard();
    }

    static Stream<Arguments> cases() {
        return TsvRows.of("/events/event-cases.tsv").stream().map(row -> {
            String[] c = java.util.Arrays.copyOf(row, 12);
            for (int i = 9; i < c.length; i++) {
                c[i] = c[i] == null ? "-" : c[i];
            }
            return Arguments.of((Object[]) c);
        });
    }

    @ParameterizedTest(name = "{3} {4} in: {0}")
    @MethodSource("cases")
    void eventIsFramedWithDateCasualtiesAndPlace(String text, String published, String caption, String type,
            String date, String basis, String killed, String injured, String place, String dateMod, String actor,
            String target) {
        Enrichment e = enricher.enrich(text, LocalDate.parse(published), null, caption.equals("y"));
        if (type.equals("NONE")) {
            assertEquals(List.of(), e.events(), "a future, conditional or negated action is no event");
            return;
        }
        if (type.startsWith("=")) {
            type = type.substring(1);
            assertEquals(1, e.events().size(), "exactly one event: " + e.events());
        }
        String wanted = type;
        List<Event> ofType = e.events().stream().filter(v -> v.type().name().equals(wanted)).toList();
        assertTrue(!ofType.isEmpty(), "expected a " + type + " event, found " + e.events() + " timexes "
                + e.timexes());
        Event v = ofType.get(0);
        check(date, v.date(), "date", v);
        check(basis, v.dateBasis(), "dateBasis", v);
        if (basis.equals("PUBLICATION")) {
            assertEquals("ON_OR_BEFORE", v.dateMod(), "an undated event is on or before the publication date");
        }
        check(killed.replace("+", ""), String.valueOf(v.killed()), "killed", v);
        check(injured.replace("+", ""), String.valueOf(v.injured()), "injured", v);
        if (!killed.equals("-")) {
            assertEquals(killed.endsWith("+"), v.killedAtLeast(), "killedAtLeast " + v);
        }
        if (!injured.equals("-")) {
            assertEquals(injured.endsWith("+"), v.injuredAtLeast(), "injuredAtLeast " + v);
        }
        check(place, String.valueOf(v.place()), "place", v);
        check(dateMod, String.valueOf(v.dateMod()), "dateMod", v);
        if (actor.startsWith("!")) {
            assertTrue(!v.actors().contains(actor.substring(1)), "not an actor: " + actor.substring(1) + " of " + v);
        } else if (!actor.equals("-")) {
            assertTrue(v.actors().contains(actor), "actor " + actor + " of " + v);
        }
        if (!target.equals("-")) {
            assertTrue(v.targets().contains(target), "target " + target + " of " + v);
        }
        assertEquals(v.sentence(), text.substring(v.sentenceStart(), v.sentenceEnd()), "sentence offsets");
        assertEquals(v.trigger(), text.substring(v.triggerStart(), v.triggerEnd()), "trigger offsets");
    }

    private static void check(String expected, String actual, String what, Event v) {
        if (!expected.equals("-")) {
            assertEquals(expected, actual, what + " of " + v);
        }
    }
}
