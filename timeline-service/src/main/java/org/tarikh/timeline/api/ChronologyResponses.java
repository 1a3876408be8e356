package org.tarikh.timeline.api;

import java.util.function.Function;

import org.tarikh.timeline.chronology.TimelineQuery;
import org.tarikh.timeline.store.ChronologyQueries;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A page of the chronology in the form the client asked for, with a Link to the next page. */
final class ChronologyResponses {

    private ChronologyResponses() {
    }

    static Uni<Response> page(RenderedPages pages, TimelineFilters filters, HttpHeaders headers, UriInfo uri,
            String title, Function<TimelineQuery, TimelineQuery> scope, ChronologyQueries queries) {
        ChronologyFormat format = ChronologyFormat.choose(filters.format, headers.getAcceptableMediaTypes());
        TimelineQuery query = scope.apply(filters.query(format.export()));
        // JSON, the form asked for most, is written straight from the rendered rows; the others need the events
        Uni<RenderedPages.Rendered> rendered = format == ChronologyFormat.JSON
                ? pages.pageAsWritten(format, title, query, () -> queries.timelineJson(query)
                        .map(p -> new RenderedPages.Rendered(p.body(), p.next())))
                : pages.page(format, title, query, () -> queries.timeline(query));
        return rendered.map(page -> {
            Response.ResponseBuilder r = Response.ok(page.body()).type(format.contentType);
            if (page.next() != null) {
                r.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build(), "next");
            }
            if (format.export()) {
                r.header("Content-Disposition", "inline; filename=\"tarikh-chronology." + format.extension + "\"");
            }
            return r.build();
        });
    }
}
