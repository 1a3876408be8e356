package org.tarikh.entity.messaging;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas (draft 2020-12) of the messages entity-service reads and writes, from
 * {@code src/main/resources/schemas} (docs/messages.md). Their {@code $id}s are names under
 * {@value #ID_PREFIX}, resolved from the classpath, never fetched. Thread-safe once loaded.
 */
public final class MessageSchemas {

    public static final String ID_PREFIX = "https://tarikh.example/schemas/";
    public static final String SEGMENT_V1 = ID_PREFIX + "segment-v1.schema.json";
    public static final String ENRICHED_V1 = ID_PREFIX + "enriched-v1.schema.json";
    public static final String ARTICLE_V1 = ID_PREFIX + "article-v1.schema.json";
    public static final String ENRICHED_ARTICLE_V1 = ID_PREFIX + "enriched-article-v1.schema.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:schemas/")));

    private static final JsonSchema SEGMENT = load(SEGMENT_V1);
    private static final JsonSchema ARTICLE = load(ARTICLE_V1);

    private MessageSchemas() {
    }

    /** A schema by its {@code $id}, e.g. {@link #ENRICHED_V1}. */
    public static JsonSchema load(String id) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(id));
        schema.initializeValidators(); // fail at start, not on the first message, if a $ref does not resolve
        return schema;
    }

    /** What in a {@code tarikh.segment/v1} message breaks its schema, most telling first; empty when it is valid. */
    public static List<String> segmentViolations(JsonNode message) {
        return violations(SEGMENT, message);
    }

    /** What in a {@code tarikh.article/v1} message breaks its schema (its segments' included); empty when valid. */
    public static List<String> articleViolations(JsonNode message) {
        return violations(ARTICLE, message);
    }

    /** Each violation as "$.path: message", in a stable order. */
    public static List<String> violations(JsonSchema schema, JsonNode message) {
        return schema.validate(message).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ValidationMessage::getMessage)
                .toList();
    }
}
