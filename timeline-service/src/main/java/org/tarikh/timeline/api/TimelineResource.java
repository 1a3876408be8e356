package org.tarikh.timeline.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.timeline.chronology.ChronologyTable;
import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.chronology.TimelineQuery;
import org.tarikh.timeline.store.ChronologyQueries;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The chronology across all articles. */
@Path("/api/timeline")
public class TimelineResource {

    private final ChronologyQueries queries;

    TimelineResource(ChronologyQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Events in date order, filtered and paged")
    public Uni<TimelinePage> timeline(
            @Parameter(description = "first day, e.g. 2024-01-01 (or 2024-01, 2024)") @RestQuery String from,
            @Parameter(description = "last day, e.g. 2024-01-31") @RestQuery String to,
            @Parameter(description = "entity key or a name in Arabic or English") @RestQuery String entity,
            @Parameter(description = "event type, e.g. ATTACK") @RestQuery String type,
            @Parameter(description = "only the events of this article id") @RestQuery String article,
            @Parameter(description = "page size, 1..500, default 50") @RestQuery Integer limit,
            @Parameter(description = "the 'next' of the previous page") @RestQuery String cursor) {
        return queries.timeline(query(from, to, entity, type, article, limit, cursor));
    }

    @GET
    @Produces("text/plain;qs=0.5") // JSON unless a client asks for text
    @Operation(summary = "The same chronology as a text table, for terminals")
    public Uni<String> table(@RestQuery String from, @RestQuery String to, @RestQuery String entity,
            @RestQuery String type, @RestQuery String article, @RestQuery Integer limit, @RestQuery String cursor) {
        return timeline(from, to, entity, type, article, limit, cursor).map(page -> ChronologyTable.render(page.events()));
    }

    static TimelineQuery query(String from, String to, String entity, String type, String article, Integer limit,
            String cursor) {
        return new TimelineQuery(QueryParams.from(from), QueryParams.to(to), QueryParams.type(type),
                QueryParams.blankToNull(entity), QueryParams.blankToNull(article), QueryParams.limit(limit),
                QueryParams.cursor(cursor));
    }
}
