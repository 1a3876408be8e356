package org.tarikh.timeline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Request lines as clients really send them: raw UTF-8 (curl with Arabic in the URL), stray % and bad bytes. */
@QuarkusTest
class RequestLinesTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void rawUtf8IsPercentEncodedAsABrowserWouldHaveSentIt() {
        String baghdad = "/api/timeline?entity=بغداد";
        String latin1 = new String(baghdad.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("/api/timeline?entity=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF", RequestLines.check(latin1).uri());
        assertEquals("/api/timeline?entity=a%7Cb%20c", RequestLines.check("/api/timeline?entity=a|b c").uri());
        assertEquals("/api/timeline?entity=%D8%A8&from=2024", RequestLines.check("/api/timeline?entity=%D8%A8&from=2024").uri());
    }

    @Test
    void whatCannotBeReadIsRefusedWithAReason() {
        assertTrue(RequestLines.check("/api/timeline?cursor=%zz").problem().contains("'%zz' at 21"));
        assertTrue(RequestLines.check("/api/timeline?q=100%").problem().contains("not a percent-encoded byte"));
        assertTrue(RequestLines.check("/api/timeline?q=\u00ff\u00fe").problem().contains("not UTF-8"));
        assertTrue(RequestLines.check("/api/timeline?q=a\tb").problem().contains("U+0009"));
        assertNull(RequestLines.check("/api/timeline?q=100%25").problem());
    }

    @Test
    void anArabicNameWrittenRawInTheUrlIsReadAsArabic() throws Exception {
        // محمد is D9 85 D8 AD D9 85 D8 AF in UTF-8: 0x85 reads as a C1 control in ISO-8859-1, which Quarkus refused
        // with a bare 400; بغداد has none and came through as mojibake (an unknown entity 'Ø¨Ø...').
        for (String name : new String[] { "محمد", "بغداد" }) {
            String answer = send(("GET /api/entities/" + name + " HTTP/1.1").getBytes(StandardCharsets.UTF_8));
            assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("'" + name + "'"), answer);
        }
    }

    @Test
    void aBadRequestLineIsAProblemNotABare400() throws Exception {
        for (byte[] line : new byte[][] { "GET /api/timeline?cursor=%zz HTTP/1.1".getBytes(StandardCharsets.US_ASCII),
                { 'G', 'E', 'T', ' ', '/', 'a', 'p', 'i', '/', 't', 'i', 'm', 'e', 'l', 'i', 'n', 'e', '?', 'q', '=',
                        (byte) 0xff, (byte) 0xfe, ' ', 'H', 'T', 'T', 'P', '/', '1', '.', '1' } }) {
            String answer = send(line);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("\"title\":\"Bad request line\""),
                    answer);
        }
    }

    private String send(byte[] requestLine) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestLine);
            out.write("\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
