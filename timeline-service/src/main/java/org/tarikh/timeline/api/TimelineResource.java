package org.tarikh.timeline.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.store.ChronologyChanges;
import org.tarikh.timeline.store.ChronologyQueries;

import io.smallrye.mutiny.Multi;
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
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

/** The chronology across all articles, in every form it is served in, and as a live stream. */
@Path("/api/timeline")
public class TimelineResource {

    static final String PAGE_EXAMPLE = """
            {"events": [{"id": 17, "date": "2020-01-13", "earliest": "2020-01-13", "latest": "2020-01-13",
              "precision": "DAY", "dateBasis": "CAPTION", "type": "ATTACK",
              "summary": "Missiles hit Ain al-Asad air base", "injured": 40, "injuredAtLeast": true,
              "figuresDiffer": true, "confidence": 0.8,
              "place": {"key": "facility:ain-al-asad", "type": "FACILITY", "name": "Ain al-Asad Air Base",
                        "nameAr": "عين الأسد", "role": "PLACE", "lat": 33.8, "lon": 42.44},
              "entities": [{"key": "facility:ain-al-asad", "type": "FACILITY", "name": "Ain al-Asad Air Base",
                            "nameAr": "عين الأسد", "role": "PLACE", "lat": 33.8, "lon": 42.44}],
              "sources": [
                {"articleId": "2f5373c944bbeb12", "segmentId": "2f5373c944bbeb12-4", "lang": "ar",
                 "text": "أصيب ما لا يقل عن 40 جنديا في هجوم على قاعدة عين الأسد", "sentenceStart": 0,
                 "sentenceEnd": 55, "date": "2020-01-13", "precision": "DAY", "injured": 40, "injuredAtLeast": true},
                {"articleId": "9a0c1e77b1d2f3a4", "segmentId": "9a0c1e77b1d2f3a4-2", "lang": "en",
                 "text": "34 soldiers were injured in the strike on Ain al-Asad.", "sentenceStart": 0,
                 "sentenceEnd": 54, "date": "2020-01", "precision": "MONTH", "injured": 34, "injuredAtLeast": false,
                 "joinedBecause": "same type ATTACK; date 2020-01 (MONTH) compatible with 2020-01-13 (DAY); same place facility:ain-al-asad"}
              ]}],
             "next": "MjAyMC0wMS0xM3wxNw"}""";

    static final String BAD_FILTER_EXAMPLE = """
            {"type": "about:blank", "title": "Bad query parameter", "status": 400,
             "detail": "from='yesterday' is not a date: use 2024-01-30, 2024-01, 2024-W05 or 2024."}""";

    private final ChronologyQueries queries;
    private final RenderedPages pages;
    private final ChronologyChanges changes;

    TimelineResource(ChronologyQueries queries, ChronologyChanges changes, RenderedPages pages) {
        this.queries = queries;
        this.pages = pages;
        this.changes = changes;
    }

    @GET
    @Produces({ "application/json", "text/plain;qs=0.5", "text/csv;qs=0.4", ChronologyFormat.TIMELINEJS_TYPE + ";qs=0.4",
            "application/geo+json;qs=0.4", "text/calendar;qs=0.4" })
    @Operation(summary = "Events in date order, filtered and paged; also CSV, TimelineJS, GeoJSON, iCalendar, text",
            description = "The form is chosen by format= or else the Accept header: application/json (default), "
                    + "text/plain (a table for terminals), text/csv, application/vnd.timelinejs+json (TimelineJS), "
                    + "application/geo+json (events with coordinates), text/calendar (iCalendar). Paging: pass "
                    + "the page's 'next' as cursor=; the Link header carries the next page's URL in every form.")
    @APIResponse(responseCode = "200", description = "A page of the chronology", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = TimelinePage.class),
            examples = @ExampleObject(name = "merged event", summary = "two articles, one attack, figures differ",
                    value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter that cannot be understood", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad date", value = BAD_FILTER_EXAMPLE)))
    public Uni<Response> timeline(@BeanParam TimelineFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return ChronologyResponses.page(pages, filters, headers, uri, "Tarikh chronology", q -> q, queries);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: each chronology event as it is created (event: created) or joined by a "
            + "new source (event: updated), filtered like /api/timeline")
    public Multi<OutboundSseEvent> stream(@BeanParam TimelineFilters filters, @Context Sse sse) {
        var query = filters.query(false);
        return changes.stream()
                .onItem().transformToUniAndConcatenate(change -> {
                    var ids = new java.util.ArrayList<Long>(change.created());
                    ids.addAll(change.updated());
                    return queries.timeline(query.onlyEvents(ids)).map(page -> page.events().stream()
                            .map(e -> sse.newEventBuilder()
                                    .name(change.created().contains(e.id()) ? "created" : "updated")
                                    .id(String.valueOf(e.id()))
                                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                    .data(e)
                                    .build())
                            .toList());
                })
                .onItem().disjoint();
    }
}
