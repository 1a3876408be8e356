package org.tarikh.entity.time;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.entity.document.Document;

/**
 * Finds and normalizes the temporal expressions of a text against a reference (publication) date: as the dates
 * annotator, on the document's text.
 */
public interface TemporalTagger extends DateAnnotator {

    @Override
    default List<Timex> dates(Document document) {
        return tag(document.text(), document.publishedAt(), document.lang());
    }

    List<Timex> tag(String text, LocalDate reference, String lang);
}
