package org.tarikh.entity.api;

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
    void rawUtf8InTheUrlIsServedNotRefused() throws Exception {
        // محمد is D9 85 D8 AD D9 85 D8 AF in UTF-8: 0x85 reads as a C1 control in ISO-8859-1, which Quarkus refused
        // with a bare 400 before any route ran
        String answer = send("GET /q/health/live?name=محمد HTTP/1.1".getBytes(StandardCharsets.UTF_8));
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    @Test
    void aBadRequestLineIsAProblemNotABare400() throws Exception {
        for (byte[] line : new byte[][] { "GET /q/health/live?cursor=%zz HTTP/1.1".getBytes(StandardCharsets.US_ASCII),
                { 'G', 'E', 'T', ' ', '/', 'q', '/', 'h', 'e', 'a', 'l', 't', 'h', '?', 'q', '=',
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
