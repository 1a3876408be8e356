package org.tarikh.timeline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.timeline.chronology.ArticleSummary;
import org.tarikh.timeline.chronology.ArticleView;
import org.tarikh.timeline.store.ChronologyQueries;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Articles as stored, and the chronology of one article. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String ARTICLE_EXAMPLE = """
            {"id": "2f5373c944bbeb12", "title": "هجوم على قاعدة عين الأسد", "source": "الجزيرة", "lang": "ar",
             "publishedAt": "2024-01-30", "dateMissing": false, "segmentTotal": 2, "segmentsStored": 2,
             "complete": true, "segments": [
               {"id": "2f5373c944bbeb12-0", "seq": 0, "kind": "HEADLINE", "lang": "ar",
                "text": "هجوم على قاعدة عين الأسد", "start": 0, "end": 24,
                "mentions": [{"type": "FACILITY", "text": "قاعدة عين الأسد", "start": 9, "end": 24,
                              "key": "facility:ain-al-asad"}], "timexes": []}]}""";

    static final String UNKNOWN_EXAMPLE = """
            {"type": "about:blank", "title": "Unknown article", "status": 404,
             "detail": "No article with id 'nope' is stored; it may still be on its way through the pipeline, or was never ingested."}""";

    public record ArticleList(List<ArticleSummary> articles, Integer nextOffset) {
    }

    private final ChronologyQueries queries;
    private final RenderedPages pages;

    ArticleResource(ChronologyQueries queries, RenderedPages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The articles stored, newest first, with how many of their segments and events are in")
    public Uni<ArticleList> articles(@RestQuery String limit, @RestQuery String offset) {
        int n = QueryParams.limit(limit, false);
        int from = QueryParams.offset(offset);
        return queries.articles(n + 1, from).map(list -> list.size() > n
                ? new ArticleList(list.subList(0, n), from + n)
                : new ArticleList(list, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its segments, their mentions and temporal expressions; complete once every "
            + "segment has arrived")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ArticleView.class), examples = @ExampleObject(name = "article",
                    value = ARTICLE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such article", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = UNKNOWN_EXAMPLE)))
    public Uni<ArticleView> article(@RestPath String id) {
        return queries.article(id).map(found -> found.orElseThrow(() -> unknown(id)));
    }

    @GET
    @Path("/{id}/timeline")
    @Produces({ "application/json", "text/plain;qs=0.5", "text/csv;qs=0.4", ChronologyFormat.TIMELINEJS_TYPE + ";qs=0.4",
            "application/geo+json;qs=0.4", "text/calendar;qs=0.4" })
    @Operation(summary = "The events one article reports, in date order; filters and forms as /api/timeline")
    @APIResponse(responseCode = "200", description = "A page of the article's chronology", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = org.tarikh.timeline.chronology.TimelinePage.class),
            examples = @ExampleObject(name = "merged event", value = TimelineResource.PAGE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such article", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = UNKNOWN_EXAMPLE)))
    public Uni<Response> timeline(@RestPath String id, @BeanParam TimelineFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return queries.articleExists(id).chain(exists -> {
            if (!exists) {
                throw unknown(id);
            }
            return ChronologyResponses.page(pages, filters, headers, uri, "Tarikh chronology of article " + id,
                    q -> q.withArticle(id), queries);
        });
    }

    private static NotFoundProblem unknown(String id) {
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return new NotFoundProblem("Unknown article", "No article with id '" + shown + "' is stored; it may still be on "
                + "its way through the pipeline, or was never ingested.");
    }
}
