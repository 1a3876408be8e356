package org.tarikh.parser.api;

import java.net.URI;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.parser.messaging.SegmentPublisher;
import org.tarikh.parser.structure.Article;
import org.tarikh.parser.structure.ArticleMetadata;
import org.tarikh.parser.structure.ArticleReader;
import org.tarikh.parser.structure.HtmlArticles;
import org.tarikh.parser.structure.RejectedArticleException;
import org.tarikh.parser.structure.TextDecoding;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Takes articles in, reads their structure, publishes their segments, answers 202 once the broker has them. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleReader reader = new ArticleReader();
    private final SegmentPublisher publisher;
    private final ObjectMapper json;
    private final long maxArticleSize;
    private final String timelineUrl;

    ArticleResource(SegmentPublisher publisher, ObjectMapper json,
            @ConfigProperty(name = "tarikh.parser.max-article-size", defaultValue = "2097152") long maxArticleSize,
            @ConfigProperty(name = "tarikh.parser.timeline-url", defaultValue = "http://localhost:8083") String timelineUrl) {
        this.publisher = publisher;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.maxArticleSize = maxArticleSize;
        this.timelineUrl = timelineUrl.replaceAll("/+$", "");
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest an article as plain text", description = "Blank lines separate paragraphs.")
    @APIResponse(responseCode = "202", description = "Segments published; the chronology follows")
    public Uni<Response> postText(byte[] body, @RestQuery String publishedAt, @RestQuery String source,
            @RestQuery String url, @RestQuery String title, @RestQuery String language) {
        String text = TextDecoding.utf8(limited(body));
        return accept(reader.read(text, new ArticleMetadata(title, publishedAt, source, url, language)));
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Ingest an article as an HTML page")
    @APIResponse(responseCode = "202", description = "Segments published; the chronology follows")
    public Uni<Response> postHtml(byte[] body, @RestQuery String publishedAt, @RestQuery String source,
            @RestQuery String url, @RestQuery String title, @RestQuery String language) {
        String html = TextDecoding.utf8(limited(body));
        var given = new ArticleMetadata(title, publishedAt, source, url, language);
        return accept(HtmlArticles.read(reader, html, given));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article as JSON", description = "{\"text\"|\"html\", \"publishedAt\"?, \"source\"?, \"url\"?, \"title\"?}")
    @APIResponse(responseCode = "202", description = "Segments published; the chronology follows")
    public Uni<Response> postJson(byte[] body) throws java.io.IOException {
        ArticleRequest request = json.readValue(TextDecoding.utf8(limited(body)), ArticleRequest.class);
        if (request == null || (request.text() == null) == (request.html() == null)) {
            throw new RejectedArticleException("Missing article text",
                    "Give exactly one of \"text\" or \"html\" in the JSON body.");
        }
        var given = new ArticleMetadata(request.title(), request.publishedAt(), request.source(), request.url(),
                request.language());
        Article article = request.text() != null ? reader.read(request.text(), given)
                : HtmlArticles.read(reader, request.html(), given);
        return accept(article);
    }

    private byte[] limited(byte[] body) {
        if (body == null || body.length == 0) {
            throw new RejectedArticleException("Empty article", "The request has no body.");
        }
        if (body.length > maxArticleSize) {
            throw new ArticleTooLargeException(body.length, maxArticleSize);
        }
        return body;
    }

    private Uni<Response> accept(Article article) {
        String articleUrl = timelineUrl + "/api/articles/" + article.id();
        var accepted = new ArticleAccepted(article.id(), article.segments().size(), article.metadata().language(),
                article.metadata().publishedAt(), article.dateMissing(), articleUrl, articleUrl + "/timeline");
        return publisher.publish(article)
                .onFailure().transform(e -> new PublishFailedException(article.id(), e))
                .map(done -> Response.accepted(accepted).location(URI.create(articleUrl)).build());
    }
}
