package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Which part of a page is the article, by Readability's content scores: the best-scoring candidate (raised to a
 * common ancestor when several near-equal candidates share one, or to a parent that scores higher), then its
 * siblings that score well or read as paragraphs ("related siblings": the article's other sections, a lead in
 * its own block, text split by a removed ad).
 *
 * @param top       the element the article grew from (the body when nothing scored)
 * @param parent    top's parent, whose chosen children are the article, or null when the article is the whole body
 * @param chosen    the children of {@code parent} that belong to the article, {@code top} among them
 */
record ArticleSelection(Element top, Element parent, Set<Element> chosen) {

    private static final int TOP_CANDIDATES = 5;
    private static final int MINIMUM_TOP_CANDIDATES = 3;

    boolean wholeBody() {
        return parent == null;
    }

    static ArticleSelection of(Element body, PageStats s, Element h1) {
        int[] tops = new int[TOP_CANDIDATES];
        java.util.Arrays.fill(tops, -1);
        for (int k = 0; k < s.candidateCount; k++) {
            int c = s.candidates[k];
            // good content has few links: a candidate's score shrinks with its link density
            s.score[c] *= 1 - s.linkDensity(c);
            for (int t = 0; t < TOP_CANDIDATES; t++) {
                if (tops[t] < 0 || s.score[c] > s.score[tops[t]]) {
                    System.arraycopy(tops, t, tops, t + 1, TOP_CANDIDATES - t - 1);
                    tops[t] = c;
                    break;
                }
            }
        }
        int root = s.id(body);
        int top = tops[0];
        if (top < 0 || top == root) {
            return new ArticleSelection(body, null, Set.of(body));
        }
        top = commonAncestor(s, tops, top, root);
        top = underHeadline(s, top);
        s.initialize(top);
        // A parent that scores higher than its child holds more of the article: take it.
        double last = s.score[top];
        double threshold = last / 3;
        for (int p = s.parent[top]; p >= 0 && p != root; p = s.parent[p]) {
            if (!s.candidate[p]) {
                continue;
            }
            if (s.score[p] < threshold) {
                break;
            }
            if (s.score[p] > last) {
                top = p;
                break;
            }
            last = s.score[p];
        }
        // An only child says nothing its parent does not; the parent's siblings may be the article's other parts.
        for (int p = s.parent[top]; p >= 0 && p != root && s.elements[p].childrenSize() == 1; p = s.parent[p]) {
            top = p;
        }
        s.initialize(top);
        Element topElement = s.elements[top];
        Element parent = topElement.parent();
        if (parent == null) {
            return new ArticleSelection(body, null, Set.of(body));
        }
        double topScore = s.score[top];
        double siblingThreshold = Math.max(10, topScore * 0.2);
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        String topClass = topElement.className();
        // An article whose headline is inside the top candidate starts there: what follows it at its own level is
        // another thing (the site's footer, a comment thread, the next story) unless it shares the top's class or is
        // a plain paragraph.
        boolean headed = h1 != null && contains(topElement, h1);
        boolean after = false;
        for (Element sibling : parent.children()) {
            if (sibling == topElement) {
                chosen.add(sibling);
                after = true;
                continue;
            }
            int id = s.id(sibling);
            if (id < 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
            if (s.candidate[id] && s.score[id] + bonus >= siblingThreshold && !(after && headed && bonus == 0)
                    || s.paragraphOrWrapper(id) && paragraph(s.text[id], s.linkDensity(id), sibling)) {
                chosen.add(sibling);
            }
        }
        return new ArticleSelection(topElement, parent, chosen);
    }

    private static boolean contains(Element ancestor, Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Readability's rule for a paragraph beside the article: long with few links, or short, linkless and a sentence. */
    static boolean paragraph(int length, double linkDensity, Element el) {
        if (length > 80) {
            return linkDensity < 0.25;
        }
        return length > 0 && linkDensity == 0 && sentence(el == null ? "" : el.text());
    }

    static boolean sentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u3002')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article starts under its headline: when the best candidate comes after the headline's lead paragraph
     * without holding it (a footer's "about us", a sidebar of long text, comments under a short story), the
     * best-scoring block that holds the lead (below where the two meet) is the article, if it scores at least half
     * as well.
     */
    private static int underHeadline(PageStats s, int top) {
        int lead = s.leadId;
        if (lead < 0 || top < lead) {
            return top;
        }
        for (int a = lead; a >= 0; a = s.parent[a]) {
            if (a == top) {
                return top; // the candidate holds the lead
            }
        }
        Set<Integer> above = new HashSet<>();
        for (int a = s.parent[top]; a >= 0; a = s.parent[a]) {
            above.add(a);
        }
        int best = -1;
        for (int a = lead; a >= 0 && !above.contains(a); a = s.parent[a]) {
            if (s.candidate[a] && (best < 0 || s.score[a] > s.score[best])) {
                best = a;
            }
        }
        return best >= 0 && s.score[best] >= s.score[top] / 2 ? best : top;
    }

    /** Several near-equal candidates under one ancestor: the article is that ancestor, not one of its parts. */
    private static int commonAncestor(PageStats s, int[] tops, int top, int root) {
        List<Set<Integer>> alternatives = new ArrayList<>();
        for (int t = 1; t < tops.length; t++) {
            if (tops[t] >= 0 && s.score[top] > 0 && s.score[tops[t]] / s.score[top] >= 0.75) {
                Set<Integer> ancestors = new HashSet<>();
                for (int a = s.parent[tops[t]]; a >= 0; a = s.parent[a]) {
                    ancestors.add(a);
                }
                alternatives.add(ancestors);
            }
        }
        if (alternatives.size() < MINIMUM_TOP_CANDIDATES) {
            return top;
        }
        for (int p = s.parent[top]; p >= 0 && p != root; p = s.parent[p]) {
            int containing = 0;
            for (Set<Integer> ancestors : alternatives) {
                containing += ancestors.contains(p) ? 1 : 0;
            }
            if (containing >= MINIMUM_TOP_CANDIDATES) {
                return p;
            }
        }
        return top;
    }
}
