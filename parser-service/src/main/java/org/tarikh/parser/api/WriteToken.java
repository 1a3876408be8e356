package org.tarikh.parser.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Ingest is the one write path exposed through the Ingress: when {@code tarikh.api.token} is set, every write to
 * {@code /api/articles} must carry {@code Authorization: Bearer <token>}. Unset (the local default), ingest is open.
 */
public class WriteToken {

    private final Optional<String> token;

    WriteToken(@ConfigProperty(name = "tarikh.api.token") Optional<String> token) {
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
    }

    @ServerRequestFilter(preMatching = true) // before content negotiation: no 415 for an unauthenticated caller
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (token.isEmpty() || !HttpMethod.POST.equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/articles")) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
                : "";
        // constant-time comparison: the token must not leak through response timing
        if (MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problem.response(401, "Missing or wrong API token",
                "Ingest needs the header 'Authorization: Bearer <token>' with the token this deployment was given "
                        + "(TARIKH_API_TOKEN)."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tarikh\"").build());
    }
}
