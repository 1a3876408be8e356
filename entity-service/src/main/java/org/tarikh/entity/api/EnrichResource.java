package org.tarikh.entity.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.enrichment.EnrichmentBudget;
import org.tarikh.entity.enrichment.Enrichment;
import org.tarikh.entity.time.PublicationDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The enrichment the message path runs, synchronously, for one text. */
@Path("/api/enrich")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EnrichResource {

    static final String EXAMPLE = "Send a JSON object: {\"text\": \"...\", \"publishedAt\": \"2024-01-30\"}.";

    private final Enricher enricher;
    private final ObjectMapper json;
    private final int maxTextLength;
    private final EnrichmentBudget budget;

    EnrichResource(Enricher enricher, ObjectMapper json, EnrichmentBudget budget,
            @ConfigProperty(name = "tarikh.entity.max-text-length", defaultValue = "200000") int maxTextLength) {
        this.enricher = enricher;
        this.budget = budget;
        this.json = json;
        this.maxTextLength = maxTextLength;
    }

    @POST
    @Operation(summary = "Entities, dates and events of one text",
            description = "Offsets are UTF-16 offsets into the submitted text.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EnrichRequest.class)))
    public Enrichment enrich(String body) {
        EnrichRequest request = read(body);
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidRequestException("Missing text", EXAMPLE);
        }
        if (request.text().length() > maxTextLength) {
            throw new InvalidRequestException("Text too long",
                    "The text has " + request.text().length() + " characters; the limit is " + maxTextLength + ".");
        }
        String articleId = request.articleId();
        if (articleId != null && (articleId.isBlank() || articleId.length() > 64)) {
            throw new InvalidRequestException("Invalid article id",
                    "articleId, when sent, names the article the text belongs to: 1 to 64 characters.");
        }
        Document text = Document.of(request.text(), null, referenceDate(request.publishedAt()), request.lang(),
                Boolean.TRUE.equals(request.caption()), null, null);
        // one text is its own article: the service keeps nothing between requests (send a whole article as one text)
        return budget.within(EnrichmentBudget.weightOfText(request.text()),
                () -> enricher.enrich(text, new ArticleContext()));
    }

    /** The request, or why the body is not one: not JSON, not an object, or a field of the wrong kind. */
    private EnrichRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("Missing body", EXAMPLE);
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("Malformed JSON",
                    "The request body is not valid JSON: " + e.getOriginalMessage() + ". " + EXAMPLE);
        }
        if (tree == null || !tree.isObject()) {
            String kind = tree == null ? "nothing" : "a JSON " + tree.getNodeType().name().toLowerCase();
            throw new InvalidRequestException("Body must be a JSON object", "The body is " + kind + ". " + EXAMPLE);
        }
        try {
            return json.treeToValue(tree, EnrichRequest.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "a field" : "'" + e.getPath().get(0).getFieldName() + "'";
            throw new InvalidRequestException("Invalid field",
                    field + " has the wrong kind of value: text, publishedAt, lang and articleId are strings, "
                            + "caption is true or false.");
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("Malformed JSON", e.getOriginalMessage() + ". " + EXAMPLE);
        }
    }

    static LocalDate referenceDate(String publishedAt) {
        try {
            return PublicationDate.parse(publishedAt == null ? null : publishedAt.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Invalid publication date",
                    "publishedAt '" + publishedAt + "' is not a real ISO-8601 date (2024-01-30) or date-time "
                            + "(2024-01-30T08:00:00Z).");
        }
    }
}
