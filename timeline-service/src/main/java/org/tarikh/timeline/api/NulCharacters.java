package org.tarikh.timeline.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * PostgreSQL text cannot hold U+0000, so a NUL in a path segment or a query parameter ({@code ?entity=%00}) used to
 * fail in the database and answer 500. It is a bad request: refused here, before any resource runs, with a problem
 * that names the parameter.
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuse(UriInfo uri) {
        if (uri.getPath().indexOf('\0') >= 0) {
            return Optional.of(Problem.response(400, "Bad path",
                    "The path contains a NUL character (%00), which no id, key or name holds."));
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0);
            if (nul) {
                return Optional.of(Problem.response(400, "Bad query parameter", "'"
                        + parameter.getKey().replace("\0", "%00")
                        + "' contains a NUL character (%00), which no filter value holds."));
            }
        }
        return Optional.empty();
    }
}
