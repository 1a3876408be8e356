package org.tarikh.timeline.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.timeline.keydates.KeyDateQueries;
import org.tarikh.timeline.keydates.KeyDatesAnswer;
import org.tarikh.timeline.keydates.KeyDatesExport;
import org.tarikh.timeline.keydates.KeyDatesQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A story's key dates: the days its articles refer to most, each told in stored sentences (docs/keydates.md). */
@Path("/api/keydates")
public class KeyDatesResource {

    static final String EXAMPLE = """
            {"dates": [{"date": "2009-04-29", "articles": 41, "outlets": 3, "published": 12, "events": 2,
              "score": 38.2, "why": "referred to by 41 articles from 3 outlets; 12 published that day; 2 events dated to it",
              "sentences": [{"text": "The WHO raised its pandemic alert to phase 5 on 29 April.",
                             "articleId": "0fc7e63e5ba427f6", "segmentId": "0fc7e63e5ba427f6-3",
                             "source": "Reuters", "publishedAt": "2009-05-02"}]}]}""";

    private final KeyDateQueries queries;
    private final ObjectMapper json;

    KeyDatesResource(KeyDateQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GET
    @Produces({ "application/json", "text/plain;qs=0.5", "text/csv;qs=0.4", ChronologyFormat.TIMELINEJS_TYPE + ";qs=0.4" })
    @Operation(summary = "The n most important dates of what the filters select, best first, each with k sentences",
            description = "The filters are those of /api/timeline and select articles: from/to bound the days "
                    + "referred to; source= outlets or collections, lang= the sentences' language, q= words the "
                    + "article contains, entity=/place= what it mentions, type= an event type it reports. A date "
                    + "ranks high when many selected articles refer to it soon after it, from several outlets. "
                    + "Forms: JSON (default), text, csv, timelinejs (format= or Accept).")
    @APIResponse(responseCode = "200", description = "The key dates", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = KeyDatesAnswer.class),
            examples = @ExampleObject(name = "swine flu", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter that cannot be understood", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<Response> keyDates(@BeanParam TimelineFilters filters, @Context HttpHeaders headers,
            @RestQuery @Parameter(description = "how many dates: 1..366 (default 10)") String n,
            @RestQuery @Parameter(description = "sentences per date: 1..10 (default 1)") String k,
            @RestQuery @Parameter(description = "only articles published on or after this day") String publishedFrom,
            @RestQuery @Parameter(description = "only articles published on or before this day") String publishedTo) {
        ChronologyFormat format = ChronologyFormat.choose(filters.format, headers.getAcceptableMediaTypes());
        if (format == ChronologyFormat.GEOJSON || format == ChronologyFormat.ICS) {
            throw new BadQueryException("format='" + filters.format + "' is not a form of key dates: use json, text, "
                    + "csv or timelinejs.");
        }
        if (filters.article != null || filters.minPrecision != null || filters.cursor != null) {
            throw new BadQueryException("article=, minPrecision= and cursor= do not apply to key dates: select a "
                    + "story with q=, entity=, place=, type=, source=, lang=, from= and to=.");
        }
        KeyDatesQuery query = new KeyDatesQuery(QueryParams.from(filters.from), QueryParams.to(filters.to),
                QueryParams.from("publishedFrom", publishedFrom), QueryParams.to("publishedTo", publishedTo), QueryParams.sources(filters.source),
                QueryParams.lang(filters.lang), QueryParams.text("q", filters.q),
                QueryParams.text("entity", filters.entity), QueryParams.text("place", filters.place),
                QueryParams.types(filters.type), count("n", n, KeyDatesQuery.DEFAULT_N, KeyDatesQuery.MAX_N),
                count("k", k, KeyDatesQuery.DEFAULT_K, KeyDatesQuery.MAX_K));
        return queries.keyDates(query).map(found -> {
            KeyDatesAnswer answer = KeyDatesAnswer.of(found);
            Object body = switch (format) {
                case TEXT -> KeyDatesExport.text(answer);
                case CSV -> KeyDatesExport.csv(answer);
                case TIMELINEJS -> write(KeyDatesExport.timelineJs("Tarikh key dates", answer));
                default -> answer;
            };
            Response.ResponseBuilder r = Response.ok(body).type(format.contentType);
            if (format.export()) {
                r.header("Content-Disposition", "inline; filename=\"tarikh-keydates." + format.extension + "\"");
            }
            return r.build();
        });
    }

    private String write(Object doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a TimelineJS document that cannot be written", e);
        }
    }

    /** n= and k=: parsed here, so a bad value is a problem that says what to give, not a 404. */
    static int count(String name, String value, int byDefault, int max) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= 1 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadQueryException(name + "='" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                + "' must be a whole number from 1 to " + max + ".");
    }
}
