package org.tarikh.timeline.chronology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person typed in either script finds the key entity-service stored: the table is entity-service's
 * (its NameSkeletonTest checks that this copy is equal to its own).
 */
class NameSkeletonTest {

    static List<Arguments> personKeys() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(
                NameSkeletonTest.class.getResourceAsStream("/person-keys.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    rows.add(Arguments.of(cells[0], cells[1]));
                }
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} = person:{1}")
    @MethodSource("personKeys")
    void aNameHasTheSkeletonEntityServiceKeysThePersonBy(String name, String skeleton) {
        assertEquals(skeleton, NameSkeleton.of(name));
    }
}
