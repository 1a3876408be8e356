package org.tarikh.timeline.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.timeline.chronology.ArticleView;
import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.store.ChronologyQueries;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Articles as stored, and the chronology of one article. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ChronologyQueries queries;

    ArticleResource(ChronologyQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its segments, their mentions and temporal expressions")
    public Uni<ArticleView> article(@RestPath String id) {
        return queries.article(id).map(found -> found.orElseThrow(() -> unknown(id)));
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "The events one article reports, in date order")
    public Uni<TimelinePage> timeline(@RestPath String id, @RestQuery String from, @RestQuery String to,
            @RestQuery String type, @RestQuery Integer limit, @RestQuery String cursor) {
        var query = TimelineResource.query(from, to, null, type, id, limit, cursor);
        return queries.articleExists(id).chain(exists -> {
            if (!exists) {
                throw unknown(id);
            }
            return queries.timeline(query);
        });
    }

    private static NotFoundProblem unknown(String id) {
        return new NotFoundProblem("Unknown article", "No article with id '" + id + "' is stored; it may still be on "
                + "its way through the pipeline, or was never ingested.");
    }
}
