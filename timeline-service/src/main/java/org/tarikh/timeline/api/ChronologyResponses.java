package org.tarikh.timeline.api;

import java.util.function.Function;

import org.tarikh.timeline.chronology.TimelinePage;
import org.tarikh.timeline.chronology.TimelineQuery;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A page of the chronology in the form the client asked for, with a Link to the next page. */
final class ChronologyResponses {

    private ChronologyResponses() {
    }

    static Uni<Response> page(RenderedPages pages, TimelineFilters filters, HttpHeaders headers, UriInfo uri,
            String title, Function<TimelineQuery, TimelineQuery> scope, Function<TimelineQuery, Uni<TimelinePage>> run) {
        ChronologyFormat format = ChronologyFormat.choose(filters.format, headers.getAcceptableMediaTypes());
        TimelineQuery query = scope.apply(filters.query(format.export()));
        return pages.page(format, title, query, () -> run.apply(query)).map(page -> {
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
