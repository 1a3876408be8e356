package org.tarikh.entity.api;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Every failure as problem+json with a title a person can act on; never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(400, e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JacksonException e) {
        return Problem.response(400, "Malformed JSON", "The request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JacksonException json) { // the body reader wraps it in a bare 400
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        return Problem.response(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        Log.error("Unexpected failure", e);
        return Problem.response(500, "Internal error", "The text could not be enriched; the failure is logged.");
    }
}
