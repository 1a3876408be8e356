package org.tarikh.parser.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The request line, read before any route. A client that writes Arabic into a URL without percent-encoding it
 * ({@code curl 'localhost:8081/api/articles?title=محمد'}) sends raw UTF-8 bytes; the HTTP layer reads them as
 * ISO-8859-1, so the service used to see mojibake (an empty chronology) or, for bytes that read as C1 controls, the
 * HTTP layer answered a bare 400. Here the bytes are read as UTF-8 and percent-encoded, as a browser would have
 * sent them, and so are the few ASCII characters a URI may not hold raw (space, {@code " < > \ ^ ` { | }}); a line
 * that is not UTF-8, holds a control character or a {@code %} not followed by two hex digits is a 400 problem that
 * says what to fix.
 *
 * <p>Quarkus refuses a line {@link URI} cannot parse with a bare 400 before any route runs; the services start with
 * {@code -Dvertx.disableURIValidation=true} ({@code ./tarikh}, the Dockerfiles, the test JVMs) so that this check,
 * which gives a reason, is the one that answers. Without the flag the recoding still works for the lines Quarkus
 * lets through.
 */
@Singleton
public class RequestLines {

    /** A request line after the check: the line to route, or why it is refused. */
    public record Checked(String uri, String problem) {
        static Checked ok(String uri) {
            return new Checked(uri, null);
        }

        static Checked refused(String problem) {
            return new Checked(null, problem);
        }
    }

    private static final String UNSAFE_ASCII = " \"<>\\^`{|}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    void route(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        Checked checked = check(uri);
        if (checked.problem() != null) {
            context.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(new Problem("about:blank", "Bad request line", 400, checked.problem(), null)));
        } else if (!checked.uri().equals(uri)) {
            context.reroute(context.request().method(), checked.uri());
        } else {
            context.next();
        }
    }

    /** The line as it should be routed: raw UTF-8 and unsafe ASCII percent-encoded; or why it is refused. */
    public static Checked check(String uri) {
        if (uri == null || uri.isEmpty()) {
            return Checked.refused("The request line has no path.");
        }
        StringBuilder line = new StringBuilder(uri.length() + 16);
        int i = 0;
        while (i < uri.length()) {
            char c = uri.charAt(i);
            if (c >= 0x80) {
                int end = i;
                while (end < uri.length() && uri.charAt(end) >= 0x80) {
                    end++;
                }
                String problem = appendUtf8(uri.substring(i, end), line);
                if (problem != null) {
                    return Checked.refused(problem);
                }
                i = end;
                continue;
            }
            if (c < 0x20 || c == 0x7f) {
                return Checked.refused("The request line holds the control character U+%04X at %d; percent-encode it."
                        .formatted((int) c, i));
            }
            if (c == '%' && !(i + 2 < uri.length() && hex(uri.charAt(i + 1)) && hex(uri.charAt(i + 2)))) {
                String seen = uri.substring(i, Math.min(uri.length(), i + 3));
                return Checked.refused(("'%s' at %d is not a percent-encoded byte: a %% is followed by two hex digits "
                        + "(write a literal %% as %%25).").formatted(seen, i));
            }
            if (UNSAFE_ASCII.indexOf(c) >= 0) {
                percent(c, line);
            } else {
                line.append(c);
            }
            i++;
        }
        String routed = line.toString();
        try {
            new URI(routed);
        } catch (URISyntaxException e) {
            return Checked.refused("The request line is not a URI: " + e.getReason() + " at " + e.getIndex() + ".");
        }
        return Checked.ok(routed);
    }

    /** Chars the HTTP layer decoded as ISO-8859-1 are bytes again; they must be UTF-8 and are percent-encoded. */
    private static String appendUtf8(String latin1, StringBuilder line) {
        byte[] bytes = new byte[latin1.length()];
        for (int k = 0; k < latin1.length(); k++) {
            char c = latin1.charAt(k);
            if (c > 0xff) {
                // not from an ISO-8859-1 reading of bytes: a server that already decoded UTF-8; keep its bytes
                percentUtf8(latin1, line);
                return null;
            }
            bytes[k] = (byte) c;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return "The request line holds bytes that are not UTF-8; send UTF-8, percent-encoded (RFC 3986).";
        }
        for (byte b : bytes) {
            percent(b & 0xff, line);
        }
        return null;
    }

    private static void percentUtf8(String text, StringBuilder line) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            percent(b & 0xff, line);
        }
    }

    private static void percent(int b, StringBuilder line) {
        line.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
