package org.tarikh.timeline.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many rows as one statement parameter: a JSON array of objects, read in the statement with
 * {@code jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) with ordinality as r(...)}. One fixed SQL text
 * writes any number of rows in one round trip (Hibernate Reactive's cost is per statement, and a text per row count
 * would fill its query cache with distinct strings).
 */
public final class JsonRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRows() {
    }

    /** The rows (records or maps; dates as ISO strings) as the parameter's JSON. */
    public static String of(List<?> rows) {
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rows not writable as JSON", e);
        }
    }
}
