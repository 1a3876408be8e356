package org.tarikh.timeline.api;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Every failure as problem+json with a title a person can act on; never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response badQuery(BadQueryException e) {
        return Problem.response(400, "Bad query parameter", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return Problem.response(404, e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Problem.response(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        Log.error("Unexpected failure", e);
        return Problem.response(500, "Internal error", "The chronology could not be read; the failure is logged.");
    }
}
