package org.tarikh.entity.acceptance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.tarikh.entity.text.NormalizedText;

/**
 * Scores what the enricher found in the sample against the gold: timexes and dated events line by line, entity
 * recall (a gold entity is found when a mention of its type spells one of its names) and precision (a mention is
 * right when it spells a gold name of its type, or carries the key of a mention that does: another spelling of the
 * same entity).
 *
 * @param mentions per segment line: {type, text, key}
 * @param timexes  per segment line: {text, value}
 * @param events   per segment line: {type, date, killed, injured, injuredAtLeast}
 */
public record GoldScore(Map<Integer, List<String[]>> mentions, Map<Integer, List<String[]>> timexes,
        Map<Integer, List<String[]>> events) {

    /** A comparable spelling: folded, without an article, punctuation and spaces squeezed. */
    static String spelling(String s) {
        String v = NormalizedText.of(s).view().replaceAll("[\\p{Punct}–،]+", " ").trim().replaceAll("\\s+", " ");
        StringBuilder b = new StringBuilder();
        for (String w : v.split(" ")) {
            if (w.startsWith("ال") && w.length() > 3) {
                w = w.substring(2);
            } else if (w.startsWith("لل") && w.length() > 3) {
                w = w.substring(2);
            }
            b.append(b.length() > 0 ? " " : "").append(w);
        }
        return b.toString();
    }

    public List<String> missingTimexes(JsonNode gold) {
        List<String> missing = new ArrayList<>();
        for (JsonNode g : gold.get("timexes")) {
            Set<String> accept = accepted(g);
            boolean found = timexes.getOrDefault(g.get("line").asInt(), List.of()).stream()
                    .anyMatch(t -> t[0].contains(g.get("text").asText()) && accept.contains(t[1]));
            if (!found) {
                missing.add(g.get("line").asInt() + ": " + g.get("text").asText() + " = " + accept + " (found "
                        + timexes.getOrDefault(g.get("line").asInt(), List.of()).stream()
                                .map(t -> t[0] + "=" + t[1]).toList() + ")");
            }
        }
        return missing;
    }

    public List<String> missingEvents(JsonNode gold) {
        List<String> missing = new ArrayList<>();
        for (JsonNode g : gold.get("events")) {
            Set<String> accept = accepted(g);
            String type = g.get("type").asText();
            boolean found = events.getOrDefault(g.get("line").asInt(), List.of()).stream().anyMatch(e -> e[0].equals(
                    type) && accept.contains(e[1]) && (!g.has("killed") || String.valueOf(g.get("killed").asInt())
                            .equals(e[2])) && (!g.has("injured") || String.valueOf(g.get("injured").asInt()).equals(e[3])
                                    && (!g.path("injuredAtLeast").asBoolean() || "true".equals(e[4]))));
            if (!found) {
                missing.add(g.get("line").asInt() + ": " + type + " " + accept + " (found "
                        + events.getOrDefault(g.get("line").asInt(), List.of()).stream().map(e -> String.join("/", e))
                                .toList() + ")");
            }
        }
        return missing;
    }

    private static Set<String> accepted(JsonNode g) {
        Set<String> accept = new HashSet<>();
        accept.add(g.get(g.has("value") ? "value" : "date").asText());
        g.path("accept").forEach(a -> accept.add(a.asText()));
        return accept;
    }

    /** {recall, precision} and the misses, for the report. */
    public record EntityScore(double recall, double precision, List<String> missed, List<String> wrong) {
    }

    public EntityScore entities(JsonNode gold) {
        // every gold name, by type
        Map<String, String> goldNames = new HashMap<>(); // type|spelling -> entity id
        int entityCount = 0;
        var types = gold.get("entities").fieldNames();
        while (types.hasNext()) {
            String type = types.next();
            for (JsonNode e : gold.get("entities").get(type)) {
                String id = type + "#" + entityCount++;
                for (String field : new String[] {"ar", "en"}) {
                    if (e.has(field)) {
                        goldNames.put(type + "|" + spelling(e.get(field).asText()), id);
                    }
                }
                e.path("also").forEach(a -> goldNames.put(type + "|" + spelling(a.asText()), id));
            }
        }
        Set<String> foundEntities = new HashSet<>();
        Set<String> rightKeys = new HashSet<>();
        List<String[]> all = mentions.values().stream().flatMap(List::stream).toList();
        for (String[] m : all) {
            String id = goldNames.get(m[0] + "|" + spelling(m[1]));
            if (id != null) {
                foundEntities.add(id);
                rightKeys.add(m[2]);
            }
        }
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] m : all) {
            if (goldNames.containsKey(m[0] + "|" + spelling(m[1])) || rightKeys.contains(m[2])) {
                right++;
            } else {
                wrong.add(m[0] + " " + m[1] + " " + m[2]);
            }
        }
        List<String> missed = new ArrayList<>();
        Set<String> ids = new HashSet<>(goldNames.values());
        for (Map.Entry<String, String> n : goldNames.entrySet()) {
            if (!foundEntities.contains(n.getValue()) && ids.remove(n.getValue())) {
                missed.add(n.getKey());
            }
        }
        return new EntityScore(foundEntities.size() / (double) entityCount,
                all.isEmpty() ? 0 : right / (double) all.size(), missed, wrong);
    }
}
