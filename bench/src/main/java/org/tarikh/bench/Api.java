package org.tarikh.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The services' HTTP APIs as the benchmark uses them: post an article, read timeline-service. Loopback only. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, byte[] body, double millis) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String parser;
    private final String timeline;

    Api(String parser, String timeline) {
        this.parser = strip(parser);
        this.timeline = strip(timeline);
        for (String url : new String[] { this.parser, this.timeline }) {
            String host = URI.create(url).getHost();
            if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
                throw new IllegalArgumentException("the benchmark sends load to loopback addresses only, not " + url);
            }
        }
    }

    CompletableFuture<Reply> post(Corpus.Article a) {
        var body = JSON.createObjectNode().put("text", a.text()).put("title", a.title()).put("source", a.source())
                .put("url", a.url()).put("publishedAt", a.publishedAt());
        HttpRequest req = HttpRequest.newBuilder(URI.create(parser + "/api/articles"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        long t = System.nanoTime();
        return http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new Reply(r.statusCode(), r.body(), (System.nanoTime() - t) / 1e6));
    }

    Reply get(String pathAndQuery) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(timeline + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build();
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body(), (System.nanoTime() - t) / 1e6);
        } catch (IOException e) {
            return new Reply(-1, e.toString().getBytes(), (System.nanoTime() - t) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(-1, new byte[0], 0);
        }
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
