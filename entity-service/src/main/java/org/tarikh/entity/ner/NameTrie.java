package org.tarikh.entity.ner;

import java.util.HashMap;
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
    }

    /** A match: tokens {@code [from, to]}, the first one stripped of {@code stripped} leading normalized chars. */
    public record Match(Entity entity, int from, int to, int stripped, boolean latin, String stem) {
    }

    public void add(String[] forms, Entity entity, boolean latin) {
        Node node = root;
        for (String f : forms) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(f, k -> new Node());
        }
        if (node.entity == null || better(entity, node.entity)) {
            node.entity = entity;
            node.latin = latin;
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
                best = new Match(node.entity, i, j, stripped, node.latin, stem);
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
