package org.tarikh.entity.time;

import java.util.List;

/**
 * The temporal-expression measurement of docs/time.md as a command: scores the hand-annotated news corpora of
 * {@code src/test/resources/time/corpus/} TempEval-3-style and prints the figures. Run through
 * {@code entity-service/scripts/score-timex.sh [--heldout] [--misses]}: the dev parts always, the held-out parts with
 * {@code --heldout} (at the end of a round of work); {@code --misses} lists every miss of the dev parts (never of the
 * held-out ones, whose errors are not looked at); {@code --unseen} scores only the unseen Arabic set of issue 15's round
 * 5 ({@code ar-news-unseen-r5}, measured once, its misses never listed). The English parts are stand-off annotations of Timeline17 sentences
 * read from the Timeline17 folder the script names ({@code TARIKH_TLS_DEV}); without it they are not scored.
 */
public final class TimexCorpusScore {

    private TimexCorpusScore() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        for (String o : options) {
            if (!o.equals("--heldout") && !o.equals("--misses") && !o.equals("--unseen")) {
                System.err.println("usage: score-timex.sh [--heldout] [--misses] | --unseen");
                System.exit(2);
            }
        }
        boolean misses = options.contains("--misses");
        TimexTagger tagger = new TimexTagger();
        List<String[]> sets = options.contains("--unseen")
                ? List.<String[]>of(new String[] { "ar-news-unseen-r5", "ar" })
                : options.contains("--heldout")
                ? List.of(new String[] { "ar-news-dev", "ar" }, new String[] { "en-news-dev", "en" },
                        new String[] { "ar-news-heldout", "ar" }, new String[] { "en-news-heldout", "en" })
                : List.of(new String[] { "ar-news-dev", "ar" }, new String[] { "en-news-dev", "en" });
        for (String[] set : sets) {
            if (!TimexCorpus.available(set[0])) {
                System.out.println(set[0] + ": not scored: its sentences are read from " + TimexCorpus.timeline17()
                        + ", which is not here (set TARIKH_TLS_DEV to the Timeline17 folder)");
                continue;
            }
            TimexCorpus.Score s = TimexCorpus.load(set[0], set[1]).score(tagger);
            System.out.print(s.report(set[0]));
            if (misses && !set[0].contains("heldout") && !set[0].contains("unseen")) {
                s.misses.forEach(m -> System.out.println("  " + m));
            }
        }
    }
}
