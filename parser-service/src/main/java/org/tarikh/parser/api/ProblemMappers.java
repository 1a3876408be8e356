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
        return problemOf(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JacksonException e) {
        return problemOf(e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return problemOf(e);
    }

    @ServerExceptionMapper
    public Response unpublished(PublishFailedException e) {
        return problemOf(e);
    }

    @ServerExceptionMapper
    public Response busy(BytesInFlight.BusyException e) {
        return problemOf(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        return problemOf(e);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        return problemOf(e);
    }

    /** The problem a failure means to the caller; shared by the mappers and by each line of a batch. */
    static Response problemOf(Throwable e) {
        if (e instanceof RejectedArticleException r) {
            return Problem.response(r instanceof ArticleTooLargeException ? 413 : 400, r.title(), r.getMessage());
        }
        if (e instanceof JacksonException j) {
            return Problem.response(400, "Malformed JSON", "The request body is not valid JSON: " + j.getOriginalMessage());
        }
        if (e instanceof ConstraintViolationException c) {
            return Problem.response(400, "Invalid request", c.getMessage());
        }
        if (e instanceof PublishFailedException p) {
            Log.warnf("Article not published: %s", p.getMessage());
            return Problem.response(503, "Article not published", p.getMessage());
        }
        if (e instanceof BytesInFlight.BusyException b) {
            Log.warnf("Article refused, too many bytes in flight: %s", b.getMessage());
            return Response.fromResponse(Problem.response(503, "Too many articles being read at once", b.getMessage()))
                    .header("Retry-After", "5").build();
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String title = switch (status) {
                case 404 -> "Not found";
                case 405 -> "Method not allowed";
                case 406 -> "Not acceptable";
                case 413 -> "Article too large";
                case 415 -> "Unsupported content type";
                default -> w.getResponse().getStatusInfo().getReasonPhrase();
            };
            String detail = status == 415
                    ? "Send the article as text/plain, text/html or application/json ({\"text\"|\"html\", ...}),"
                            + " or a batch as application/x-ndjson to /api/articles/batch."
                    : w.getMessage();
            return Problem.response(status, title, detail);
        }
        Log.error("Unexpected failure", e);
        return Problem.response(500, "Internal error", "The article could not be processed; the failure is logged.");
    }
}
