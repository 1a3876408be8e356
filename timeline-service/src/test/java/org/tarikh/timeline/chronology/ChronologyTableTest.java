package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChronologyTableTest {

    static ChronologyEvent event(String date, String basis, Integer killed, Integer injured) {
        return new ChronologyEvent(1, date, date, date, "DAY", basis, "ATTACK", "A drone attack on a base.", killed,
                false, null, injured, true, null, false, 0.8, null, null, null, null, null, List.of(), null, List.of());
    }

    @Test
    void anEventDatedOnlyByPublicationIsShownAsOnOrBeforeIt() {
        String table = ChronologyTable.render(List.of(event("2024-01-28", "TIMEX", 3, 40),
                event("2024-01-30", "PUBLICATION", null, null)));
        String[] lines = table.split("\n");
        assertTrue(lines[1].startsWith("2024-01-28 "), lines[1]);
        assertTrue(lines[1].contains("3k ≥40i"), lines[1]);
        assertTrue(lines[2].startsWith("≤2024-01-30 "), lines[2]);
        assertTrue(lines[3].equals("2 events"), lines[3]);
    }
}
