package org.tarikh.parser.structure;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.IntPredicate;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What every element of a page holds, counted bottom-up in one pass (no recursion, so nesting depth costs
 * nothing): its text length, link text, commas, paragraphs, images, list items, inputs, heading and list text,
 * block descendants; and the content score Readability gives it from the paragraphs under it. A paragraph is a
 * run of text and inline markup between blocks, or between two {@code <br>}s in a row: {@code <p>} text, text
 * written straight into a {@code <div>} and posts written with {@code <br><br>} and no {@code <p>} all count.
 *
 * <p>With a {@code drop} decision ({@link Cleaner}), an element judged furniture at its end is left out of its
 * ancestors' counts, so the elements around it are judged without it (Readability's clean-conditionally order).
 */
final class PageStats {

    /** Tags that end a paragraph run and make their parent more than a paragraph (Readability's DIV_TO_P_ELEMS and more). */
    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "center", "details", "dialog",
            "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "caption", "summary", "ul", "body", "html", "picture");
    /** Where a run of text is a paragraph that earns its ancestors a content score (Readability scores p, td, pre and divs turned p). */
    private static final Set<String> SCORED = Set.of("p", "div", "section", "article", "main", "center", "td", "pre",
            "font", "body", "form", "blockquote", "li", "dd");
    /** Where a run of text counts as a paragraph for the clean-conditionally rules. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "center", "pre",
            "font", "body", "form");
    static final int LONG_RUN = 40;
    /** Most pages have a few hundred elements; the arrays double as needed. */
    private static final int INITIAL = 64;
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** An element is judged at its end, its counts complete; true leaves it out of its ancestors' counts. */
    interface Cleaner {
        boolean drop(PageStats stats, int id);
    }

    final IdentityHashMap<Element, Integer> ids = new IdentityHashMap<>();
    Element[] elements = new Element[INITIAL];
    int[] parent = new int[INITIAL];
    int[] text = new int[INITIAL];
    /** Link text ×10: text in links to a fragment ("#section") counts 0.3, as in Readability. */
    int[] link10 = new int[INITIAL];
    int[] commas = new int[INITIAL];
    int[] paragraphs = new int[INITIAL];
    int[] images = new int[INITIAL];
    int[] items = new int[INITIAL];
    int[] inputs = new int[INITIAL];
    int[] headingText = new int[INITIAL];
    int[] listText = new int[INITIAL];
    int[] blocks = new int[INITIAL];
    int[] runs = new int[INITIAL];
    int[] rows = new int[INITIAL];
    int[] columns = new int[INITIAL];
    /** One past the last id of the element's subtree (ids are in document order). */
    int[] end = new int[INITIAL];
    /** Bit 1: a data table (kept whole); bit 2: holds th/thead/tfoot/col/colgroup/caption; bit 4: holds a table. */
    byte[] table = new byte[INITIAL];
    double[] score = new double[INITIAL];
    boolean[] candidate = new boolean[INITIAL];
    boolean[] dropped = new boolean[INITIAL];
    int size;
    /** Whether any class or id word changed a score (a reading without class weights would differ). */
    boolean weighed;
    /** The length of all runs of 40+ characters: the most paragraph text any reading of this part could find. */
    int longRuns;

    /** The article's lead: the first paragraph of this many characters after the headline. */
    static final int LEAD = 80;
    private Element headline;
    /** -1 before the headline, 0 after it, 1 once its lead is found. */
    private int lead = -1;
    /** The element whose text run is the lead, or -1. */
    int leadId = -1;

    private final ClassWords classes;
    private final boolean weighClasses;
    private final Cleaner cleaner;
    /** Candidates in the order they were first scored. */
    int[] candidates = new int[64];
    int candidateCount;

    private PageStats(ClassWords classes, boolean weighClasses, Cleaner cleaner) {
        this.classes = classes;
        this.weighClasses = weighClasses;
        this.cleaner = cleaner;
    }

    static PageStats of(Element root, ClassWords classes, boolean weighClasses, Cleaner cleaner) {
        return of(root, classes, weighClasses, cleaner, null);
    }

    /** With the article's {@code headline}: also finds its lead, the first paragraph of text after it ({@link #leadId}). */
    static PageStats of(Element root, ClassWords classes, boolean weighClasses, Cleaner cleaner, Element headline) {
        PageStats stats = new PageStats(classes, weighClasses, cleaner);
        stats.headline = headline;
        stats.count(root);
        return stats;
    }

    int id(Element el) {
        Integer id = ids.get(el);
        return id == null ? -1 : id;
    }

    double linkDensity(int id) {
        return text[id] == 0 ? 0 : Math.min(1, link10[id] / 10.0 / text[id]);
    }

    /** For each element, whether a proper ancestor is one that {@code ancestor} accepts (ids are in document order). */
    boolean[] within(IntPredicate ancestor) {
        boolean[] in = new boolean[size];
        for (int id = 0; id < size; id++) {
            int p = parent[id];
            in[id] = p >= 0 && (in[p] || ancestor.test(p));
        }
        return in;
    }

    /** A div around one paragraph and nothing else (Readability reads it as the paragraph itself). */
    private boolean wrapsOnly(int wrapper, Element child, int childId) {
        Element w = elements[wrapper];
        if (!w.normalName().equals("div") || w.childrenSize() != 1 || linkDensity(childId) >= 0.25
                || !child.normalName().equals("p")) {
            return false;
        }
        for (Node n : w.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph on its own, or a div around one (Readability's p, and its div turned p). */
    boolean paragraphOrWrapper(int id) {
        if (paragraphLike(id)) {
            return true;
        }
        Element el = elements[id];
        if (el.normalName().equals("div") && el.childrenSize() == 1) {
            Element child = el.child(0);
            int c = ids.getOrDefault(child, -1);
            return c >= 0 && child.normalName().equals("p") && paragraphLike(c) && wrapsOnly(id, child, c);
        }
        return false;
    }

    /** A paragraph on its own: a p, or a block-less element holding one run of text. */
    boolean paragraphLike(int id) {
        return blocks[id] == 0 && runs[id] <= 1 && PARAGRAPHS.contains(elements[id].normalName());
    }

    /** The per-depth state of the walk: the run of text being read, and what the element's ancestors make it. */
    private static final class Frame {
        int id;
        boolean inline;
        int owner; // depth of the nearest non-inline ancestor-or-self
        double linkWeight;
        boolean heading;
        boolean list;
        int tableDepth; // depth of the nearest table, or -1
        int runLength;
        int runLink10;
        int runCommas;
        int brs;
        double[] runScores = new double[4];
        int runScoreCount;
        int runCount;
    }

    private Frame[] frames = new Frame[32];

    private void count(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (depth > 0) {
                        text(t, frames[depth - 1]);
                    }
                } else if (node instanceof Element el) {
                    open(el, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    close(depth);
                    if (node == headline) {
                        lead = 0;
                    }
                }
            }
        }, root);
    }

    private Frame frame(int depth) {
        if (depth >= frames.length) {
            frames = Arrays.copyOf(frames, Math.max(depth + 1, frames.length * 2));
        }
        Frame f = frames[depth];
        if (f == null) {
            f = frames[depth] = new Frame();
        }
        return f;
    }

    private void open(Element el, int depth) {
        int id = add(el, depth == 0 ? -1 : frames[depth - 1].id);
        String tag = el.normalName();
        Frame up = depth == 0 ? null : frames[depth - 1];
        Frame f = frame(depth);
        f.id = id;
        boolean block = BLOCK.contains(tag);
        f.inline = !block && depth > 0;
        f.owner = f.inline ? up.owner : depth;
        f.linkWeight = up == null ? 0 : up.linkWeight;
        f.heading = up != null && up.heading || HEADINGS.contains(tag);
        f.list = up != null && up.list || tag.equals("ul") || tag.equals("ol");
        f.tableDepth = tag.equals("table") ? depth : up == null ? -1 : up.tableDepth;
        f.runLength = 0;
        f.runLink10 = 0;
        f.runCommas = 0;
        f.brs = 0;
        f.runScoreCount = 0;
        f.runCount = 0;
        switch (tag) {
            case "a" -> f.linkWeight = el.attr("href").startsWith("#") ? 0.3 : 1;
            case "br" -> {
                Frame owner = frames[f.owner];
                if (++owner.brs == 2) {
                    endRun(owner); // <br><br> ends a paragraph, as a <p> would
                }
            }
            case "img" -> images[id]++;
            case "li" -> items[id]++;
            case "input" -> inputs[id]++;
            case "th", "thead", "tfoot", "col", "colgroup", "caption" -> {
                if (up != null && up.tableDepth >= 0) {
                    table[frames[up.tableDepth].id] |= 2;
                }
            }
            case "table" -> {
                if (up != null && up.tableDepth >= 0) {
                    table[frames[up.tableDepth].id] |= 4;
                }
            }
            default -> {
            }
        }
        if (block && up != null) {
            endRun(frames[up.owner]); // a block inside a run of text ends it
        }
    }

    private int add(Element el, int parentId) {
        int id = size++;
        if (id == elements.length) {
            grow();
        }
        elements[id] = el;
        parent[id] = parentId;
        ids.put(el, id);
        return id;
    }

    private void text(TextNode t, Frame at) {
        String s = t.getWholeText();
        int length = 0;
        int commaCount = 0;
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00A0' || c > 0x7F && Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && length > 0) {
                length++;
            }
            space = false;
            length++;
            if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\uFE50' || c == '\u3001') {
                commaCount++;
            }
        }
        if (length == 0) {
            return;
        }
        if (space) {
            length++; // the space before the next node
        }
        int id = at.id;
        text[id] += length;
        commas[id] += commaCount;
        int linked = at.linkWeight > 0 ? (int) Math.round(length * at.linkWeight * 10) : 0;
        link10[id] += linked;
        if (at.heading) {
            headingText[id] += length;
        }
        if (at.list) {
            listText[id] += length;
        }
        Frame owner = frames[at.owner];
        owner.runLength += length;
        owner.runLink10 += linked;
        owner.runCommas += commaCount;
        owner.brs = 0;
    }

    /** A run of text has ended: it is a paragraph of its owner, scored if long enough (Readability: 25 characters). */
    private void endRun(Frame owner) {
        if (owner.runLength == 0) {
            return;
        }
        owner.runCount++;
        if (owner.runLength >= LONG_RUN) {
            longRuns += owner.runLength;
        }
        String tag = elements[owner.id].normalName();
        if (owner.runLength >= 25 && SCORED.contains(tag)) {
            // one point for the paragraph, one per comma (and one more), one per 100 characters up to three; a
            // paragraph of links (a list of other stories) earns nothing
            double density = Math.min(1, owner.runLink10 / 10.0 / owner.runLength);
            double s = (1 + owner.runCommas + 1 + Math.min(owner.runLength / 100, 3)) * (1 - density);
            if (lead == 0 && density < 0.25 && owner.runLength >= LEAD) {
                lead = 1;
                leadId = owner.id;
            }
            if (owner.runScoreCount == owner.runScores.length) {
                owner.runScores = Arrays.copyOf(owner.runScores, owner.runScoreCount * 2);
            }
            owner.runScores[owner.runScoreCount++] = s;
        }
        owner.runLength = 0;
        owner.runLink10 = 0;
        owner.runCommas = 0;
        owner.brs = 0;
    }

    private void close(int depth) {
        Frame f = frames[depth];
        int id = f.id;
        Element el = elements[id];
        String tag = el.normalName();
        if (!f.inline) {
            endRun(f);
            runs[id] = f.runCount;
            if (PARAGRAPHS.contains(tag)) {
                paragraphs[id] += f.runCount;
            }
            // One run in an element without blocks: the element is the paragraph (a <p>, a <div> used as one), and
            // its score goes to its ancestors; runs beside blocks are paragraphs inside it.
            int first = blocks[id] == 0 && f.runCount == 1 ? parent[id] : id;
            if (first == parent[id] && first >= 0 && wrapsOnly(first, el, id)) {
                first = parent[first]; // <div><p>…</p></div>: the div is the paragraph's wrapper, not its container
            }
            for (int k = 0; k < f.runScoreCount; k++) {
                credit(first, f.runScores[k]);
            }
        }
        if ((tag.equals("section") || HEADINGS.contains(tag) && !tag.equals("h1")) && text[id] >= 25 && cleaner == null) {
            // Readability scores a section and a subheading as a whole as well: a section of the article lifts the
            // container it shares with the others
            credit(parent[id], (1 + commas[id] + 1 + Math.min(text[id] / 100, 3)) * (1 - linkDensity(id)));
        }
        if (tag.equals("tr") && f.tableDepth >= 0) {
            int table = frames[f.tableDepth].id;
            rows[table]++;
            int cells = 0;
            for (Element c : el.children()) {
                String ct = c.normalName();
                cells += ct.equals("td") || ct.equals("th") ? 1 : 0;
            }
            columns[table] = Math.max(columns[table], cells);
        }
        end[id] = size;
        if (tag.equals("table")) {
            table[id] |= dataTable(el, id) ? 1 : 0;
        }
        if (cleaner != null && depth > 0 && cleaner.drop(this, id)) {
            dropped[id] = true;
            return; // left out of its ancestors' counts
        }
        int p = parent[id];
        if (p >= 0) {
            text[p] += text[id];
            link10[p] += link10[id];
            commas[p] += commas[id];
            paragraphs[p] += paragraphs[id];
            images[p] += images[id];
            items[p] += items[id];
            inputs[p] += inputs[id];
            headingText[p] += headingText[id];
            listText[p] += listText[id];
            blocks[p] += blocks[id] + (BLOCK.contains(tag) ? 1 : 0);
        }
    }

    /** Readability's tell of a data table (as opposed to layout): its markup or its size. */
    private boolean dataTable(Element el, int id) {
        String role = el.attr("role");
        if (role.equals("presentation") || el.attr("datatable").equals("0")) {
            return false;
        }
        if (!el.attr("summary").isEmpty() || (table[id] & 2) != 0) {
            return true;
        }
        if ((table[id] & 4) != 0) {
            return false;
        }
        return rows[id] >= 10 || columns[id] > 4 || rows[id] * columns[id] > 10;
    }

    /** A paragraph's score goes to five ancestors: all to the parent, half to the grandparent, less further up. */
    private void credit(int first, double contentScore) {
        int a = first;
        for (int level = 0; level < 5 && a >= 0; level++) {
            if (!candidate[a]) {
                initialize(a);
            }
            score[a] += contentScore / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            a = parent[a];
        }
    }

    void initialize(int id) {
        if (candidate[id]) {
            return;
        }
        candidate[id] = true;
        if (candidateCount == candidates.length) {
            candidates = Arrays.copyOf(candidates, candidateCount * 2);
        }
        candidates[candidateCount++] = id;
        Element el = elements[id];
        double s = switch (el.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (weighClasses) {
            int weight = classes.weight(el);
            weighed |= weight != 0;
            s += weight;
            // Microdata that names the article body is what a class like "article-body" only suggests.
            if (el.attr("itemprop").equals("articleBody")) {
                s += 25;
            }
        }
        score[id] = s;
    }

    private void grow() {
        int n = elements.length * 2;
        elements = Arrays.copyOf(elements, n);
        parent = Arrays.copyOf(parent, n);
        text = Arrays.copyOf(text, n);
        link10 = Arrays.copyOf(link10, n);
        commas = Arrays.copyOf(commas, n);
        paragraphs = Arrays.copyOf(paragraphs, n);
        images = Arrays.copyOf(images, n);
        items = Arrays.copyOf(items, n);
        inputs = Arrays.copyOf(inputs, n);
        headingText = Arrays.copyOf(headingText, n);
        listText = Arrays.copyOf(listText, n);
        blocks = Arrays.copyOf(blocks, n);
        runs = Arrays.copyOf(runs, n);
        rows = Arrays.copyOf(rows, n);
        columns = Arrays.copyOf(columns, n);
        end = Arrays.copyOf(end, n);
        table = Arrays.copyOf(table, n);
        score = Arrays.copyOf(score, n);
        candidate = Arrays.copyOf(candidate, n);
        dropped = Arrays.copyOf(dropped, n);
    }
}
