package org.tarikh.timeline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.timeline.chronology.ChronologyEvent;
import org.tarikh.timeline.chronology.TimelineQuery;
import org.tarikh.timeline.store.ChronologyQueries;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One chronology event, and all the sentences that report it a page at a time: what the page's event panel reads
 * when a link names an event outside the current filters, and when an event has more sources than it carries.
 */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final ChronologyQueries queries;

    EventResource(ChronologyQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event of the chronology, in the shape of /api/timeline's events")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ChronologyEvent.class)))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<ChronologyEvent> event(@RestPath String id) {
        return find(id);
    }

    @GET
    @Path("/{id}/sources")
    @Operation(summary = "Every sentence that reports an event, a page at a time, oldest report first (order=newest "
            + "for the latest); lang= keeps one language's, outlet= one outlet's")
    @APIResponse(responseCode = "200", description = "A page of sources", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ChronologyQueries.SourcePage.class)))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<ChronologyQueries.SourcePage> sources(@RestPath String id, @RestQuery String cursor,
            @RestQuery String limit, @RestQuery String lang, @RestQuery String outlet, @RestQuery String order) {
        int n = QueryParams.limit(limit, false);
        String only = QueryParams.lang(lang);
        String from = outlet == null || outlet.isBlank() ? null : outlet.strip();
        boolean newest = QueryParams.newest(order);
        String after = cursor == null || cursor.isBlank() ? null : QueryParams.sourceCursor(cursor);
        long event;
        try {
            event = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(unknown(id));
        }
        return queries.sources(event, only, from, newest, after, n)
                .map(page -> page.orElseThrow(() -> unknown(id)));
    }

    private Uni<ChronologyEvent> find(String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(unknown(id));
        }
        return queries.timeline(TimelineQuery.all(1).onlyEvents(List.of(n)))
                .map(page -> page.events().stream().findFirst().orElseThrow(() -> unknown(id)));
    }

    private static NotFoundProblem unknown(String id) {
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return new NotFoundProblem("Unknown event", "No event with id '" + shown + "' is on the chronology: event ids "
                + "are the numbers /api/timeline gives.");
    }
}
