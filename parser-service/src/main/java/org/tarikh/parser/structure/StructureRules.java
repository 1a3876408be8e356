package org.tarikh.parser.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The news-shape rules that give each unit of an article its kind: headline, dateline, paragraph, subheading,
 * caption (with its credit, paired with its translation), boilerplate and source line. Rules look at the shape
 * of a line (length, closing punctuation, credit tail, position), never at what one article says.
 */
final class StructureRules {

    /** Subheadings are a few words: "تحذيرات عراقية", "What happens next?". */
    private static final int MAX_SUBHEADING = 100;
    private static final int MAX_SUBHEADING_WORDS = 12;
    private static final int MAX_HEADLINE = 250;

    private final PhotoCredits credits;
    private final Boilerplate boilerplate;

    StructureRules(PhotoCredits credits, Boilerplate boilerplate) {
        this.credits = credits;
        this.boilerplate = boilerplate;
    }

    static StructureRules load() {
        return new StructureRules(PhotoCredits.load(), Boilerplate.load());
    }

    /** A unit with the kind the rules gave it. */
    private record Draft(Unit unit, SegmentKind kind, Span credit, Datelines.Dateline dateline, String source) {
        Draft(Unit unit, SegmentKind kind) {
            this(unit, kind, null, null, null);
        }
    }

    /**
     * @param fromMarkup true when the units come from HTML, whose tags already say what is a headline or a
     *                   subheading; plain text has only the shape of its lines
     */
    List<Segment> segments(String text, List<Unit> given, boolean fromMarkup) {
        List<Unit> units = splitAgencyTails(text, given);
        List<Draft> drafts = new ArrayList<>(units.size());
        boolean headline = false;
        boolean body = false;
        boolean content = false;
        for (int i = 0; i < units.size(); i++) {
            Draft d = classify(text, units, i, fromMarkup, headline, body, content);
            drafts.add(d);
            headline |= d.kind == SegmentKind.HEADLINE;
            body |= d.kind == SegmentKind.PARAGRAPH || d.kind == SegmentKind.DATELINE;
            content |= d.kind != SegmentKind.BOILERPLATE;
        }
        return assemble(text, drafts);
    }

    private Draft classify(String text, List<Unit> units, int i, boolean fromMarkup, boolean headlineSeen,
            boolean bodyStarted, boolean contentSeen) {
        Unit u = units.get(i);
        int s = u.start();
        int e = u.end();
        SegmentKind hint = u.hint();
        if (hint == SegmentKind.BOILERPLATE || boilerplate.isLine(text, s, e)) {
            return new Draft(u, SegmentKind.BOILERPLATE);
        }
        String source = SourceLines.find(text, s, e);
        if (source != null) {
            return new Draft(u, SegmentKind.SOURCE, null, null, source);
        }
        if (hint == SegmentKind.HEADLINE) {
            return new Draft(u, headlineSeen ? SegmentKind.SUBHEADING : SegmentKind.HEADLINE);
        }
        if (hint != SegmentKind.SUBHEADING) {
            Span credit = credits.find(text, s, e);
            if (credit != null || hint == SegmentKind.CAPTION) {
                return new Draft(u, SegmentKind.CAPTION, credit, null, null);
            }
        }
        if (hint == SegmentKind.SUBHEADING) {
            return new Draft(u, SegmentKind.SUBHEADING);
        }
        Datelines.Dateline dateline = bodyStarted ? null : Datelines.find(text, s, e);
        if (dateline != null && (hint == SegmentKind.DATELINE || dateline.span().end() == e)) {
            return new Draft(u, SegmentKind.DATELINE, null, dateline, null);
        }
        if (!fromMarkup && !contentSeen && headlineShape(text, u) && i + 1 < units.size()) {
            return new Draft(u, SegmentKind.HEADLINE);
        }
        if (!fromMarkup && contentSeen && subheadingShape(text, units, i)) {
            return new Draft(u, SegmentKind.SUBHEADING);
        }
        return new Draft(u, SegmentKind.PARAGRAPH, null, dateline, null);
    }

    /** One line, not too long, not closed by a full stop, not opening with a dateline. */
    private static boolean headlineShape(String text, Unit u) {
        if (u.length() > MAX_HEADLINE || contains(text, u, '\n')) {
            return false;
        }
        char last = text.charAt(u.end() - 1);
        return last != '.' && last != ':' && last != ',' && last != '\u060C' && Datelines.find(text, u.start(), u.end()) == null;
    }

    /** A few words on a line of their own, without a closing full stop, before a longer paragraph. */
    private static boolean subheadingShape(String text, List<Unit> units, int i) {
        Unit u = units.get(i);
        if (u.length() > MAX_SUBHEADING || i + 1 >= units.size() || contains(text, u, '\n')) {
            return false;
        }
        char last = text.charAt(u.end() - 1);
        if (Punctuation.terminal(last) && last != '?' && last != '\u061F' || last == ',' || last == '\u060C') {
            return false;
        }
        int words = 1;
        boolean letter = false;
        for (int k = u.start(); k < u.end(); k++) {
            char c = text.charAt(k);
            if (c == ' ') {
                words++;
            }
            letter |= Character.isLetter(c);
        }
        return letter && words <= MAX_SUBHEADING_WORDS && units.get(i + 1).length() > u.length();
    }

    private static boolean contains(String text, Unit u, char c) {
        for (int i = u.start(); i < u.end(); i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** "<caption> ATTENTION EDITORS - …": the caption keeps its text, the notice becomes a unit of its own. */
    private List<Unit> splitAgencyTails(String text, List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size() + 4);
        for (Unit u : units) {
            int tail = u.hint() == SegmentKind.BOILERPLATE ? -1 : boilerplate.tailStart(text, u.start(), u.end());
            if (tail < 0) {
                out.add(u);
                continue;
            }
            int headEnd = tail;
            while (headEnd > u.start() && CanonicalText.blank(text.charAt(headEnd - 1))) {
                headEnd--;
            }
            if (headEnd > u.start()) {
                out.add(new Unit(u.start(), headEnd, u.hint()));
            }
            out.add(new Unit(tail, u.end(), SegmentKind.BOILERPLATE));
        }
        return out;
    }

    private static List<Segment> assemble(String text, List<Draft> drafts) {
        int n = drafts.size();
        String[] langs = new String[n];
        for (int k = 0; k < n; k++) {
            langs[k] = ScriptLanguage.of(text, drafts.get(k).unit.start(), drafts.get(k).unit.end());
        }
        Integer[] paired = pairCaptions(drafts, langs);
        List<Segment> segments = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Draft d = drafts.get(k);
            int s = d.unit.start();
            int e = d.unit.end();
            Datelines.Dateline dl = d.dateline;
            segments.add(new Segment(k, d.kind, langs[k], s, e, text.substring(s, e), Sentences.split(text, s, e),
                    d.credit == null ? null : d.credit.of(text), d.credit, paired[k],
                    dl == null ? null : dl.place(), dl == null ? null : dl.span(), d.source));
        }
        return segments;
    }

    /** A caption and the next caption, in another language, with only boilerplate between, describe one photo. */
    private static Integer[] pairCaptions(List<Draft> drafts, String[] langs) {
        Integer[] paired = new Integer[drafts.size()];
        for (int a = 0; a < drafts.size(); a++) {
            if (drafts.get(a).kind != SegmentKind.CAPTION || paired[a] != null) {
                continue;
            }
            int b = a + 1;
            while (b < drafts.size() && drafts.get(b).kind == SegmentKind.BOILERPLATE) {
                b++;
            }
            if (b < drafts.size() && drafts.get(b).kind == SegmentKind.CAPTION && !langs[a].equals(langs[b])
                    && !"und".equals(langs[a]) && !"und".equals(langs[b])) {
                paired[a] = b;
                paired[b] = a;
            }
        }
        return paired;
    }
}
