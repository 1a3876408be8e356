package org.tarikh.entity.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tarikh.entity.document.ArticleContext;
import org.tarikh.entity.document.Document;
import org.tarikh.entity.enrichment.ArticleMemory;
import org.tarikh.entity.enrichment.Enricher;
import org.tarikh.entity.enrichment.Enrichment;
import org.tarikh.entity.time.PublicationDate;

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

    private final Enricher enricher;
    private final ArticleMemory articles;
    private final int maxTextLength;

    EnrichResource(Enricher enricher, ArticleMemory articles,
            @ConfigProperty(name = "tarikh.entity.max-text-length", defaultValue = "1000000") int maxTextLength) {
        this.enricher = enricher;
        this.articles = articles;
        this.maxTextLength = maxTextLength;
    }

    @POST
    @Operation(summary = "Entities, dates and events of one text",
            description = "Offsets are UTF-16 offsets into the submitted text.")
    public Enrichment enrich(EnrichRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new InvalidRequestException("Missing text", "Send {\"text\": \"...\", \"publishedAt\": \"2024-01-30\"}.");
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
        return enricher.enrich(text, articleId == null ? new ArticleContext() : articles.context(articleId));
    }

    static LocalDate referenceDate(String publishedAt) {
        try {
            return PublicationDate.parse(publishedAt == null ? null : publishedAt.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Invalid publication date",
                    "publishedAt '" + publishedAt + "' is not an ISO-8601 date (2024-01-30) or date-time.");
        }
    }
}
