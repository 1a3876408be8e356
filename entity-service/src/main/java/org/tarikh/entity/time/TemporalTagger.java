package org.tarikh.entity.time;

import java.time.LocalDate;
import java.util.List;

/** Finds and normalizes the temporal expressions of a text against a reference (publication) date. */
public interface TemporalTagger {

    List<Timex> tag(String text, LocalDate reference, String lang);
}
