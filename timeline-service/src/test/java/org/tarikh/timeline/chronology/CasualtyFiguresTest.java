package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CasualtyFiguresTest {

    static CasualtyFigures.Report r(Integer killed, boolean killedAtLeast, Integer injured, boolean injuredAtLeast) {
        return new CasualtyFigures.Report(killed, killedAtLeast, injured, injuredAtLeast);
    }

    @Test
    void conflictingFiguresShowTheHighestAndSayTheyDiffer() {
        var f = CasualtyFigures.of(List.of(r(null, false, 34, false), r(3, false, 40, true)));
        assertEquals(new CasualtyFigures(3, false, 40, true, true), f);
    }

    @Test
    void exactFigureWinsOverTheSameFigureAsALowerBound() {
        var f = CasualtyFigures.of(List.of(r(5, true, null, false), r(5, false, null, false)));
        assertEquals(new CasualtyFigures(5, false, null, false, false), f);
    }

    @Test
    void sourcesWithoutFiguresLeaveThemUnknown() {
        assertEquals(new CasualtyFigures(null, false, null, false, false),
                CasualtyFigures.of(List.of(r(null, false, null, false), r(null, true, null, true))));
    }
}
