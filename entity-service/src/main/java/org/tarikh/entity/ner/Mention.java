package org.tarikh.entity.ner;

/**
 * A named entity in a text. {@code text} is {@code source.substring(start, end)}; {@code key} is the canonical
 * key shared by every spelling and language of the same entity (e.g. {@code facility:ain-al-asad}).
 *
 * @param name English display name of the entity, when known
 * @param lat  latitude from the gazetteer, or null
 * @param lon  longitude from the gazetteer, or null
 */
public record Mention(EntityType type, String text, int start, int end, String key, String name, Double lat,
        Double lon) {
}
