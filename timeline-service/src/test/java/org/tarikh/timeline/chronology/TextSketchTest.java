package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSketchTest {

    static final String WIRE = "At least 12 people were killed when a car bomb exploded near the central market"
            + " of Tikrit on 14 March 2022, police officials said, adding that 30 others were wounded.";

    @Test
    void aCopyWithAWordChangedAndATrailerIsACopy() {
        TextSketch original = TextSketch.of(WIRE);
        double s = original.similarity(TextSketch.of(WIRE.replace("officials", "sources") + " (Reporting by Staff)"));
        assertTrue(s >= TextSketch.COPY_SIMILARITY && s < 1, "similarity " + s);
        assertEquals(1.0, original.similarity(TextSketch.of("  " + WIRE.toUpperCase() + " ")));
    }

    @Test
    void theSameEventInOtherWordsIsNoCopy() {
        String own = "Thirty people were wounded and twelve killed in Tikrit on 14 March 2022 when a bomb hidden in"
                + " a parked car went off beside stalls selling vegetables, a doctor at the city hospital told us.";
        double s = TextSketch.of(WIRE).similarity(TextSketch.of(own));
        assertTrue(s < 0.2, "similarity " + s);
    }

    @Test
    void aShortLineTellsNothing() {
        assertNull(TextSketch.of("By Staff, Reuters"));
        assertNull(TextSketch.of((String) null));
    }

    @Test
    void copiesShareABandAndTheSketchSurvivesTheDatabase() {
        TextSketch a = TextSketch.of(WIRE);
        TextSketch b = TextSketch.of(WIRE.replace("officials", "sources"));
        long shared = java.util.Arrays.stream(a.bands())
                .filter(x -> java.util.Arrays.stream(b.bands()).anyMatch(y -> y == x)).count();
        assertTrue(shared > 0);
        assertEquals(1.0, a.similarity(TextSketch.of(a.minimums())));
    }
}
