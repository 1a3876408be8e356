package org.tarikh.entity.ner;

/**
 * An entity a gazetteer or lexicon knows.
 *
 * @param key        canonical key shared by all its names, e.g. {@code location:iraq}
 * @param name       English display name
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param population inhabitants for places (0 when not a place or unknown), used to rank ambiguous names
 * @param curated    true for hand-curated lexicon entries, which win over generated gazetteer names
 * @param country    ISO 3166 code of the country it is in (a country's own), or "" when not known
 */
public record Entity(String key, EntityType type, String name, Double lat, Double lon, long population,
        boolean curated, String country) {

    /** Larger is preferred when two entities share a name. */
    int rank() {
        return (curated ? 2 : 0) + (key.startsWith("location:") && population == 0 && !curated ? 1 : 0);
    }
}
