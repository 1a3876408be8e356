package org.tarikh.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a test table (a TSV resource): blank lines and '#' comments skipped, cells split on tabs. */
public final class TsvRows {

    private TsvRows() {
    }

    public static List<String[]> of(String resource) {
        var in = TsvRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no test table " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
