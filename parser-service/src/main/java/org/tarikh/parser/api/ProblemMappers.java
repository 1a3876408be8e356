package org.tarikh.parser.api;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tarikh.parser.structure.RejectedArticleException;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Turns every failure into problem+json with a title a person can act on; never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response rejected(RejectedArticleException e) {
        int status = e instanceof ArticleTooLargeException ? 413 : 400;
        return Problem.response(status, e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JacksonException e) {
        return Problem.response(400, "Malformed JSON", "The request body is not valid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return Problem.response(400, "Invalid request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unpublished(PublishFailedException e) {
        return Problem.response(503, "Article not published", e.getMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Article too large";
            case 415 -> "Unsupported content type";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        String detail = status == 415
                ? "Send the article as text/plain, text/html or application/json ({\"text\"|\"html\", ...})."
                : e.getMessage();
        return Problem.response(status, title, detail);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        Log.error("Unexpected failure", e);
        return Problem.response(500, "Internal error", "The article could not be processed; the failure is logged.");
    }
}
