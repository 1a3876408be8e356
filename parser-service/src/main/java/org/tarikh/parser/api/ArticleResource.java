package org.tarikh.parser.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.parser.messaging.ArticlePublisher;
import org.tarikh.parser.structure.Article;
import org.tarikh.parser.structure.ArticleMetadata;
import org.tarikh.parser.structure.ArticleReader;
import org.tarikh.parser.structure.RejectedArticleException;
import org.tarikh.parser.structure.TextDecoding;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Takes articles in, reads their structure, publishes their segments, answers 202 once the broker has confirmed
 * them all. Reading and waiting for the confirmations happen on a worker thread ({@code @Blocking}).
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";

    private final ArticleReader reader = new ArticleReader();
    private final ArticlePublisher publisher;
    private final ObjectMapper json;
    private final long maxArticleSize;
    private final long maxPageSize;
    private final long maxBatchSize;
    private final String timelineUrl;
    private final BytesInFlight inFlight;

    ArticleResource(ArticlePublisher publisher, ObjectMapper json,
            @ConfigProperty(name = "tarikh.parser.max-article-size", defaultValue = "2097152") long maxArticleSize,
            @ConfigProperty(name = "tarikh.parser.max-page-size", defaultValue = "10485760") long maxPageSize,
            @ConfigProperty(name = "tarikh.parser.max-batch-size", defaultValue = "16777216") long maxBatchSize,
            @ConfigProperty(name = "tarikh.parser.timeline-url", defaultValue = "http://localhost:8083") String timelineUrl,
            @ConfigProperty(name = "tarikh.parser.max-bytes-in-flight", defaultValue = "8388608") long maxBytesInFlight,
            @ConfigProperty(name = "tarikh.parser.busy-wait", defaultValue = "PT20S") Duration busyWait) {
        this.publisher = publisher;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxArticleSize = maxArticleSize;
        this.maxPageSize = maxPageSize;
        this.maxBatchSize = maxBatchSize;
        this.timelineUrl = timelineUrl.replaceAll("/+$", "");
        this.inFlight = new BytesInFlight(maxBytesInFlight, busyWait);
    }

    @POST
    @Blocking
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest an article as plain text", description = "Blank lines separate paragraphs; a caption,"
            + " subheading or source line may stand on a line of its own. The body must be UTF-8 (whatever charset"
            + " the Content-Type names: clients add ISO-8859-1 by default, and Arabic text is not Latin-1).")
    @APIResponse(responseCode = "202", description = "Segments published and confirmed; the chronology follows")
    public Response postText(byte[] body, @RestQuery String publishedAt, @RestQuery String source, @RestQuery String url, @RestQuery String title,
            @RestQuery String language) {
        try (var share = inFlight.take(limited(body, maxArticleSize).length)) {
            String text = TextDecoding.utf8(body);
            return accept(reader.read(text, new ArticleMetadata(title, publishedAt, source, url, language)));
        }
    }

    @POST
    @Blocking
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Ingest an article as an HTML page", description = "Headline, date, source and body come"
            + " from the page (h1/og:title, article:published_time/JSON-LD/time, og:site_name, the article found by"
            + " content scoring); query parameters win over what the page declares. The page's charset is taken from"
            + " its bytes (BOM, valid UTF-8), the Content-Type charset or the page's <meta>, else detected.")
    @APIResponse(responseCode = "202", description = "Segments published and confirmed; the chronology follows")
    public Response postHtml(byte[] body, @HeaderParam("Content-Type") String contentType, @RestQuery String publishedAt,
            @RestQuery String source, @RestQuery String url, @RestQuery String title, @RestQuery String language) {
        // A page is mostly scripts and styles: it may be larger than an article (tarikh.parser.max-page-size).
        try (var share = inFlight.take(limited(body, maxPageSize, "tarikh.parser.max-page-size").length)) {
            String html = TextDecoding.html(body, charset(contentType));
            return accept(reader.readHtml(html, new ArticleMetadata(title, publishedAt, source, url, language)));
        }
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article as JSON", description = "{\"text\"|\"html\", \"publishedAt\"?, \"source\"?, \"url\"?, \"title\"?, \"language\"?}")
    @APIResponse(responseCode = "202", description = "Segments published and confirmed; the chronology follows")
    public Response postJson(byte[] body) {
        try (var share = inFlight.take(limited(body, maxArticleSize).length)) {
            return accept(read(body));
        }
    }

    @POST
    @Blocking
    @Path("/batch")
    @Consumes({ NDJSON, "application/ndjson", "application/jsonl" })
    @Operation(summary = "Ingest many articles, one JSON article per line (NDJSON)", description = "Each line is"
            + " read and published on its own: the answer lists, per line, 202 with the article id or the problem"
            + " that line had. One bad line never sinks the others.")
    @APIResponse(responseCode = "200", description = "Every line was tried; see each line's status")
    public BatchResult postBatch(byte[] body) {
        byte[] bytes = limited(body, maxBatchSize);
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        int number = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!blank(bytes, from, i)) {
                    lines.add(new int[] { from, i, number });
                }
                from = i + 1;
                number++;
            }
        }
        if (lines.isEmpty()) {
            throw new RejectedArticleException("Empty batch", "The batch has no article: send one JSON article per line.");
        }
        return Multi.createFrom().iterable(lines)
                .onItem().transformToUniAndConcatenate(line -> batchLine(bytes, line[0], line[1], line[2]))
                .collect().asList()
                .map(BatchResult::of)
                .await().indefinitely(); // bounded: each line's publish times out on its own
    }

    private Uni<BatchResult.Line> batchLine(byte[] bytes, int from, int to, int number) {
        Article article;
        BytesInFlight.Share share = null;
        try {
            byte[] line = java.util.Arrays.copyOfRange(bytes, from, to);
            share = inFlight.take(limited(line, maxArticleSize).length);
            article = read(line);
        } catch (RuntimeException e) {
            if (share != null) {
                share.close();
            }
            Response problem = ProblemMappers.problemOf(e);
            return Uni.createFrom().item(BatchResult.Line.rejected(number, (Problem) problem.getEntity()));
        }
        BytesInFlight.Share taken = share;
        return publish(article)
                .onTermination().invoke(taken::close)
                .map(accepted -> BatchResult.Line.accepted(number, accepted))
                .onFailure().recoverWithItem(e -> BatchResult.Line.rejected(number,
                        (Problem) ProblemMappers.problemOf(e).getEntity()));
    }

    private Article read(byte[] body) {
        String content = TextDecoding.utf8(body);
        ArticleRequest request;
        try {
            request = json.readValue(content, ArticleRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw new RejectedArticleException("Unknown field", "\"" + e.getPropertyName() + "\" is not a field of an"
                    + " article; use text or html, and optionally publishedAt, source, url, title, language.");
        } catch (JacksonException e) {
            throw new RejectedArticleException("Malformed JSON", "The body is not a JSON article: "
                    + e.getOriginalMessage());
        }
        if (request == null || (request.text() == null) == (request.html() == null)) {
            throw new RejectedArticleException("Missing article text",
                    "Give exactly one of \"text\" or \"html\" in the JSON body.");
        }
        var given = new ArticleMetadata(request.title(), request.publishedAt(), request.source(), request.url(),
                request.language());
        return request.text() != null ? reader.read(request.text(), given) : reader.readHtml(request.html(), given);
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static byte[] limited(byte[] body, long limit) {
        return limited(body, limit, "tarikh.parser.max-article-size");
    }

    private static byte[] limited(byte[] body, long limit, String setting) {
        if (body == null || body.length == 0) {
            throw new RejectedArticleException("Empty article", "The request has no body.");
        }
        if (body.length > limit) {
            throw new ArticleTooLargeException(body.length, limit, setting);
        }
        return body;
    }

    /** The charset parameter of a Content-Type ("text/html; charset=windows-1256"), or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        return null;
    }

    private Uni<ArticleAccepted> publish(Article article) {
        String articleUrl = timelineUrl + "/api/articles/" + article.id();
        var meta = article.metadata();
        var accepted = new ArticleAccepted(article.id(), article.segments().size(), meta.language(),
                meta.publishedAt(), article.dateMissing(), articleUrl, articleUrl + "/timeline", meta.title(),
                meta.source());
        return publisher.publish(article)
                .onFailure().transform(e -> new PublishFailedException(article.id(), e))
                .replaceWith(accepted);
    }

    /**
     * Waits on this worker thread for the broker's confirmations (bounded by tarikh.parser.publish-timeout). Resuming
     * a {@code @Blocking} resource from the confirm thread instead lost the request context now and then (a 500).
     */
    private Response accept(Article article) {
        ArticleAccepted accepted = publish(article).await().indefinitely();
        return Response.accepted(accepted).location(URI.create(accepted.article())).build();
    }
}
