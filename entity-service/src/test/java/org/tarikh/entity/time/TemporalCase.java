package org.tarikh.entity.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One row of a temporal table: a sentence, its publication date and the timex a careful reader expects. */
record TemporalCase(String lang, int line, LocalDate reference, String sentence, String text, String value,
        String precision, String mod) {

    static final String NONE = "NONE";

    boolean negative() {
        return NONE.equals(text);
    }

    @Override
    public String toString() {
        return lang + ":" + line + " " + sentence + " → " + text;
    }

    static List<TemporalCase> load(String resource, String lang) {
        List<TemporalCase> cases = new ArrayList<>();
        try (InputStream in = TemporalCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String row;
            int no = 0;
            while ((row = r.readLine()) != null) {
                no++;
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] f = row.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(resource + ":" + no + " has " + f.length + " columns");
                }
                cases.add(new TemporalCase(lang, no, f[0].equals("-") ? null : LocalDate.parse(f[0]), f[1], f[2],
                        f[3], f[4], f[5].equals("-") ? null : f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static List<TemporalCase> arabic() {
        return load("/time/arabic.tsv", "ar");
    }

    static List<TemporalCase> english() {
        return load("/time/english.tsv", "en");
    }

    static List<TemporalCase> all() {
        List<TemporalCase> all = new ArrayList<>(arabic());
        all.addAll(english());
        return all;
    }
}
