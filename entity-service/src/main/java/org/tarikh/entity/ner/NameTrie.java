package org.tarikh.entity.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.entity.text.Clitics;
import org.tarikh.entity.text.Script;
import org.tarikh.entity.text.Token;
import org.tarikh.entity.text.TokenizedText;

/**
 * Multi-word names over normalized tokens: a trie walked from each token, longest match wins. The first token may
 * carry Arabic proclitics (وبالعراق matches العراق); hyphens inside Latin names are ignored (al-Asad = al Asad).
 */
public final class NameTrie {

    private final Node root = new Node();

    private static final class Node {
        Map<String, Node> next;
        Entity entity;
        boolean latin;
        List<Entity> homographs = List.of(); // every entity of this name when there are several, the preferred first
    }

    /**
     * A match: tokens {@code [from, to]}, the first one stripped of {@code stripped} leading normalized chars.
     * {@code homographs} lists every entity the name may mean when it means more than one (طرابلس: Tripoli in Libya
     * and in Lebanon), {@code entity} first; empty otherwise.
     */
    public record Match(Entity entity, int from, int to, int stripped, boolean latin, String stem,
            List<Entity> homographs) {

        /** The same span, meaning another of its homographs. */
        public Match meaning(Entity other) {
            return new Match(other, from, to, stripped, latin, stem, homographs);
        }
    }

    public void add(String[] forms, Entity entity, boolean latin) {
        Node node = root;
        for (String f : forms) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(f, k -> new Node());
        }
        if (node.entity != null && !node.entity.key().equals(entity.key())
                && node.homographs.stream().noneMatch(h -> h.key().equals(entity.key()))) {
            List<Entity> all = new ArrayList<>(node.homographs.isEmpty() ? List.of(node.entity) : node.homographs);
            all.add(entity);
            node.homographs = all;
        }
        if (node.entity == null || better(entity, node.entity)) {
            node.entity = entity;
            node.latin = latin;
        }
        if (!node.homographs.isEmpty()) {
            Entity preferred = node.entity;
            List<Entity> ordered = new ArrayList<>(node.homographs);
            ordered.remove(preferred);
            ordered.add(0, preferred);
            node.homographs = List.copyOf(ordered);
        }
    }

    private static boolean better(Entity a, Entity b) {
        if (a.rank() != b.rank()) {
            return a.rank() > b.rank();
        }
        return a.population() > b.population();
    }

    /** The longest name starting at token {@code i}, or null. */
    public Match longestAt(TokenizedText text, int i) {
        Token first = text.get(i);
        if (first.script() == Script.PUNCTUATION || root.next == null) {
            return null;
        }
        Match best = null;
        if (first.script() == Script.ARABIC) {
            for (Clitics.Stem stem : Clitics.stems(first.form())) {
                Match m = walk(text, i, root.next.get(stem.form()), stem.stripped(), stem.form());
                if (m != null && (best == null || m.to() > best.to())) {
                    best = m;
                }
            }
        } else {
            best = walk(text, i, root.next.get(first.form()), 0, first.form());
        }
        return best;
    }

    private static Match walk(TokenizedText text, int i, Node node, int stripped, String stem) {
        Match best = null;
        int j = i;
        while (node != null) {
            if (node.entity != null) {
                best = new Match(node.entity, i, j, stripped, node.latin, stem, node.homographs);
            }
            if (node.next == null) {
                break;
            }
            int k = j + 1;
            while (k < text.size() && text.get(k).is("-") && text.get(k - 1).script() == Script.LATIN) {
                k++;
            }
            if (k >= text.size() || text.get(k).sentence() != text.get(i).sentence()) {
                break;
            }
            node = node.next.get(text.get(k).form());
            j = k;
        }
        return best;
    }
}
