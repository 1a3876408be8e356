package org.tarikh.entity.events;

import java.util.List;

/**
 * One trigger phrase of resources/events/triggers.tsv.
 *
 * @param words the normalized words of the phrase
 * @param verb  true when the phrase reports the event (a past verb); false for a noun that names it
 * @param needs normalized words one of which must be in the sentence ("@date": a date right after the trigger)
 */
record Trigger(EventType type, String lang, List<String> words, boolean verb, List<String> needs) {
}
