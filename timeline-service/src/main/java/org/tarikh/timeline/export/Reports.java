package org.tarikh.timeline.export;

import org.tarikh.timeline.chronology.ChronologyEvent;

/** What an export says of the reports an event does not list: it lists its representatives only. */
final class Reports {

    private Reports() {
    }

    /** "Reported by 240 sentences of 212 articles from 57 outlets (ar, en)", or null when it lists them all. */
    static String more(ChronologyEvent e) {
        if (e.sourcesTotal() <= e.sources().size()) {
            return null;
        }
        return "Reported by " + e.sourcesTotal() + " sentences"
                + (e.articleCount() == null ? "" : " of " + e.articleCount() + " articles")
                + (e.outletCount() == null ? "" : " from " + e.outletCount() + " outlets")
                + (e.langs() == null || e.langs().isEmpty() ? "" : " (" + String.join(", ", e.langs()) + ")")
                + "; these are the first, the most exactly dated and the first in each language; all of them: "
                + "/api/events/" + e.id() + "/sources";
    }
}
