package org.tarikh.entity.api;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * A body declared larger than {@code tarikh.entity.max-body-size} gets a 413 problem before it is read: the HTTP
 * layer's own limit ({@code quarkus.http.limits.max-body-size}) sits above it and would only close the connection.
 */
@Singleton
public class BodyLimit {

    private final long limit;
    private final byte[] problem;

    BodyLimit(@ConfigProperty(name = "tarikh.entity.max-body-size", defaultValue = "4194304") long limit,
            ObjectMapper json) throws JsonProcessingException {
        this.limit = limit;
        this.problem = json.writeValueAsBytes(Map.of("type", "about:blank", "title", "Body too large", "status", 413,
                "detail", "The request body is larger than " + limit + " bytes; send one article's text at a time."));
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && rc.request().method() == HttpMethod.POST && tooLarge(length)) {
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(io.vertx.core.buffer.Buffer.buffer(problem));
                return;
            }
            rc.next();
        }, 100);
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException notANumber) {
            return false; // the HTTP layer answers a malformed length itself
        }
    }
}
