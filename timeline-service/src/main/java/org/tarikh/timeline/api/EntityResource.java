package org.tarikh.timeline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.tarikh.timeline.chronology.EntityRef;
import org.tarikh.timeline.chronology.EntityView;
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

/** The people, organizations, places and facilities of the chronology, under all their names. */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    static final String LIST_EXAMPLE = """
            {"entities": [{"key": "facility:ain-al-asad", "type": "FACILITY", "name": "Ain al-Asad Air Base",
                           "nameAr": "عين الأسد", "lat": 33.8, "lon": 42.44, "events": 3}]}""";

    static final String ENTITY_EXAMPLE = """
            {"key": "facility:ain-al-asad", "type": "FACILITY", "name": "Ain al-Asad Air Base", "nameAr": "عين الأسد",
             "lat": 33.8, "lon": 42.44, "events": 3, "mentions": 7, "articles": 2,
             "aliases": [{"name": "قاعدة عين الأسد", "lang": "ar"}, {"name": "Ain al-Asad air base", "lang": "en"}]}""";

    public record EntityList(List<EntityRef> entities) {
    }

    private final ChronologyQueries queries;
    private final RenderedPages pages;

    EntityResource(ChronologyQueries queries, RenderedPages pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Entities whose names, in any language or Arabic spelling, contain q; most events first")
    @APIResponse(responseCode = "200", description = "Matching entities", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = EntityList.class),
            examples = @ExampleObject(name = "search", value = LIST_EXAMPLE)))
    public Uni<EntityList> entities(
            @Parameter(description = "part of a name or key; empty lists all", example = "الاسد") @RestQuery String q,
            @Parameter(description = "PERSON, ORGANIZATION, LOCATION or FACILITY") @RestQuery String type,
            @Parameter(description = "1..500, default 50") @RestQuery String limit) {
        String entityType = null;
        if (type != null && !type.isBlank()) {
            entityType = type.trim().toUpperCase(java.util.Locale.ROOT);
            if (!entityType.matches("PERSON|ORGANIZATION|LOCATION|FACILITY|[A-Z_]{2,20}")) {
                throw new BadQueryException("type='" + type + "' is not an entity type such as PERSON or LOCATION.");
            }
        }
        return queries.entities(QueryParams.text("q", q), entityType, QueryParams.limit(limit, false))
                .map(EntityList::new);
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "An entity (by key, or any of its names) with all the names it was seen under and how much the "
            + "chronology says about it")
    @APIResponse(responseCode = "200", description = "The entity", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EntityView.class), examples = @ExampleObject(name = "entity",
                    value = ENTITY_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such entity", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<EntityView> entity(@RestPath String key) {
        return queries.entityNamed(key).map(found -> found.orElseThrow(() -> unknown(key)));
    }

    @GET
    @Path("/{key}/timeline")
    @Produces({ "application/json", "text/plain;qs=0.5", "text/csv;qs=0.4", ChronologyFormat.TIMELINEJS_TYPE + ";qs=0.4",
            "application/geo+json;qs=0.4", "text/calendar;qs=0.4" })
    @Operation(summary = "The events an entity takes part in (by key, or any of its names); filters and forms as "
            + "/api/timeline")
    @APIResponse(responseCode = "404", description = "No such entity", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<Response> timeline(@RestPath String key, @BeanParam TimelineFilters filters, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return queries.entityKnown(key).chain(known -> {
            if (!known) {
                throw unknown(key);
            }
            return ChronologyResponses.page(pages, filters, headers, uri, "Tarikh chronology of " + key,
                    q -> q.withEntity(key), queries);
        });
    }

    private static NotFoundProblem unknown(String key) {
        String shown = key.length() > 80 ? key.substring(0, 80) + "…" : key;
        return new NotFoundProblem("Unknown entity", "No entity has the key or name '" + shown
                + "'; search with /api/entities?q=");
    }
}
