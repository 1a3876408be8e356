package org.tarikh.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * The gazetteers and curated lexicons, loaded once from the TSV files in {@code src/main/resources}: every alias, in
 * either language, becomes a path in one {@link NameTrie} leading to its entity.
 */
public final class Lexicon {

    public static final List<String> DEFAULT_FILES = List.of("lexicon/organizations.tsv", "lexicon/places.tsv",
            "lexicon/facilities.tsv", "gazetteer/countries.tsv", "gazetteer/places.tsv");

    private final NameTrie names = new NameTrie();
    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> englishDemonyms = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    public static Lexicon load() {
        Lexicon lexicon = new Lexicon();
        for (String file : DEFAULT_FILES) {
            boolean curated = file.startsWith("lexicon/");
            readTsv(file, cols -> lexicon.addRow(cols, curated));
        }
        readTsv("lexicon/demonyms.tsv", lexicon::addDemonym);
        return lexicon;
    }

    /** Each non-comment line of a classpath TSV file, split on tabs. */
    public static void readTsv(String resource, Consumer<String[]> row) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addRow(String[] c, boolean curated) {
        String key = c[0];
        Entity known = byKey.get(key);
        Entity entity = known != null ? known
                : new Entity(key, EntityType.valueOf(c[1]), c[2], number(c, 6), number(c, 7),
                        c.length > 8 && !c[8].isBlank() ? Long.parseLong(c[8]) : 0, curated,
                        c.length > 5 ? c[5].trim() : "");
        byKey.putIfAbsent(key, entity);
        if (c.length > 9 && "country".equals(c[9].trim())) {
            countries.add(key);
        }
        for (String alias : c[3].split("\\|")) {
            addAlias(alias, entity);
        }
        for (String alias : c[4].split("\\|")) {
            addAlias(alias, entity);
        }
    }

    private void addDemonym(String[] c) {
        for (String a : c[1].split("\\|")) {
            String form = TokenizedText.of(a).get(0).form();
            demonyms.put("ال" + form, c[0]);
            demonyms.put("ال" + form + "ه", c[0]);
            demonyms.put(form, c[0]);
            demonyms.put(form + "ه", c[0]);
        }
        for (String e : c[2].split("\\|")) {
            englishDemonyms.put(e, c[0]);
        }
    }

    private static Double number(String[] c, int i) {
        return c.length > i && !c[i].isBlank() ? Double.valueOf(c[i]) : null;
    }

    void addAlias(String alias, Entity entity) {
        if (alias.isBlank()) {
            return;
        }
        TokenizedText t = TokenizedText.of(alias.trim());
        List<String> forms = new ArrayList<>();
        boolean latin = false;
        for (Token token : t.tokens()) {
            if (token.is("-") || token.is(",")) {
                continue;
            }
            latin |= token.script() == Script.LATIN;
            forms.add(token.form());
        }
        if (!forms.isEmpty()) {
            names.add(forms.toArray(String[]::new), entity, latin);
        }
    }

    public NameTrie names() {
        return names;
    }

    public Entity byKey(String key) {
        return byKey.get(key);
    }

    /** The country key of an Arabic country adjective in normalized form (العراقيه → location:iraq), or null. */
    public String countryOfAdjective(String form) {
        return demonyms.get(form);
    }

    /** The country key of an English demonym as written (Iraqi → location:iraq), or null. */
    public String countryOfDemonym(String word) {
        return englishDemonyms.get(word);
    }

    /** Whether the key is a country's (the gazetteer's kind column says so). */
    public boolean isCountry(String key) {
        return countries.contains(key);
    }

    /** A place this large is notable: where a name has homographs, the text's countries choose among the notable. */
    public static final long NOTABLE_POPULATION = 100_000;

    /**
     * Which of the places a name may mean the text speaks of: the one, among the notable ones (curated, a country, or
     * a place of at least {@value #NOTABLE_POPULATION} inhabitants), in a country the text names elsewhere ("عمان"
     * is Amman beside "الأردن" or "الأردنية", Oman beside "مسقط"; "طرابلس" is in Lebanon beside "لبنان"). When none or
     * several are, the usual preference stands (curated first, then the larger place).
     */
    public Entity meaningIn(NameTrie.Match m, Set<String> countries) {
        Entity chosen = null;
        for (Entity e : m.homographs()) {
            boolean notable = e.curated() || e.population() >= NOTABLE_POPULATION || isCountry(e.key());
            if (notable && !e.country().isEmpty() && countries.contains(e.country())) {
                if (chosen != null && !chosen.country().equals(e.country())) {
                    return m.entity();
                }
                if (chosen == null) {
                    chosen = e;
                }
            }
        }
        return chosen != null ? chosen : m.entity();
    }

    public int size() {
        return byKey.size();
    }
}
