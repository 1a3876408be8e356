package org.tarikh.parser.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Pages as they come from the web, posted as text/html: big, deep, broken, in legacy encodings with missing or
 * lying charsets. Each gives its article (202, with what the page says) or a problem+json, never a 500 or a hang.
 */
@QuarkusTest
class HtmlRobustnessTest {

    static final String HEADLINE = "وصول قافلة مساعدات إلى الموصل";
    static final String PARAGRAPH = "<p>وصلت إلى مدينة الموصل قافلة مساعدات إنسانية تضم أكثر من عشرين شاحنة محملة"
            + " بالمواد الغذائية والطبية، مقدمة من منظمات دولية بالتعاون مع وزارة الهجرة.</p>";

    static String page(String marker, String charsetMeta) {
        return "<html dir=\"rtl\"><head>" + charsetMeta + "<title>" + HEADLINE + "</title></head><body><article><h1>"
                + HEADLINE + "</h1>" + PARAGRAPH + "<p>وقال مسؤول إن المساعدات ستوزع على العائلات العائدة " + marker
                + "، وإن قوافل أخرى ستصل خلال الأسابيع المقبلة.</p>" + PARAGRAPH + "</article></body></html>";
    }

    @Test
    void aFiveMegabytePageGivesItsArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>Big page</title><script>window.__STATE__ = {\"items\":[");
        while (html.length() < 5 * 1024 * 1024) {
            html.append("{\"id\":").append(html.length()).append(",\"title\":\"Another story on the front page\"},");
        }
        html.append("{}]};</script></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Big page ")
                .append(UUID.randomUUID()).append("</h1>");
        for (int i = 0; i < 40; i++) {
            html.append("<p>Paragraph ").append(i).append(" of the article, with enough words in it to be a paragraph"
                    + " that a reader would read, and a comma or two, as articles have.</p>");
        }
        html.append("</article></body></html>");
        given().contentType("text/html").body(html.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202).body("segments", equalTo(41));
    }

    @Test
    void aPageOverThePageLimitIsRefusedWithAProblem() {
        given().contentType("text/html").body(new byte[10 * 1024 * 1024 + 1])
                .when().post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json").body("title", equalTo("Article too large"));
    }

    @Test
    void ninetyNineThousandNestedDivsAreReadFlat() {
        // as deep as the element limit allows (HtmlArticles.MAX_ELEMENTS, 100,000)
        String deep = "<div>".repeat(99_990) + "<p>Buried paragraph of text " + UUID.randomUUID() + ", deep down.</p>"
                + "</div>".repeat(99_990);
        // bytes, not a String: REST Assured would pretty-print a String body of this depth recursively
        given().contentType("text/html").body(("<html><body><h1>Deep page</h1>" + deep + "</body></html>")
                .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202).body("segments", equalTo(2)).body("title", equalTo("Deep page"));
    }

    @Test
    void aPageOfMoreElementsThanAnyNewsPageIsRefusedWithAProblemNotAnOutOfMemoryError() {
        // 400,000 elements in 4 MB: building and scoring its tree ran the service (-Xmx160m) out of heap, a 500
        String table = "<tr><td>x</td></tr>".repeat(200_000);
        given().contentType("text/html").body(("<html><body><table>" + table + "</table><article><p>" + PARAGRAPH
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Page too complex"))
                .body("detail", org.hamcrest.Matchers.containsString("400006 elements"));
    }

    @Test
    void brokenMarkupStillGivesTheArticle() {
        String broken = "<html><head><title>Broken</head><body><div class=\"story\"><h1>Broken page " + UUID.randomUUID()
                + "</h2><p>First paragraph of the story, which never closes its tags properly <b>bold <i>and</b> italic"
                + "<p>Second paragraph, after a stray </div></div></span> and an unclosed <a href=\"x\">link, and more words."
                + "<table><tr><td>A cell<td>Another</table><p>Third & last paragraph &amp; an entity &nbsp; &#x1F600; &bogus;"
                + "<!-- an unclosed comment";
        given().contentType("text/html").body(broken.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(202).body("segments", greaterThanOrEqualTo(3));
    }

    @Test
    void windows1256DeclaredByTheMetaIsRead() {
        String marker = UUID.randomUUID().toString();
        byte[] bytes = page(marker, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")
                .getBytes(Charset.forName("windows-1256"));
        given().contentType("text/html").body(bytes)
                .when().post("/api/articles")
                .then().statusCode(202).body("title", equalTo(HEADLINE)).body("language", equalTo("ar"));
    }

    @Test
    void windows1256WithoutAnyCharsetIsDetected() {
        byte[] bytes = page(UUID.randomUUID().toString(), "").getBytes(Charset.forName("windows-1256"));
        given().contentType("text/html").body(bytes)
                .when().post("/api/articles")
                .then().statusCode(202).body("title", equalTo(HEADLINE)).body("language", equalTo("ar"));
    }

    @Test
    void aLyingCharsetLosesToTheBytes() {
        // The header and the meta say Latin-1, the bytes are windows-1256 Arabic: Latin-1 would give mojibake.
        byte[] arabic = page(UUID.randomUUID().toString(), "<meta charset=\"iso-8859-1\">")
                .getBytes(Charset.forName("windows-1256"));
        given().contentType("text/html; charset=ISO-8859-1").body(arabic)
                .when().post("/api/articles")
                .then().statusCode(202).body("title", equalTo(HEADLINE));
        // The header says windows-1256, the page is valid UTF-8 (re-saved, label kept): UTF-8 it is.
        byte[] utf8 = page(UUID.randomUUID().toString(), "<meta charset=\"windows-1256\">").getBytes(StandardCharsets.UTF_8);
        given().contentType("text/html; charset=windows-1256").body(utf8)
                .when().post("/api/articles")
                .then().statusCode(202).body("title", equalTo(HEADLINE));
        // A byte-order mark wins over every label.
        byte[] utf16 = page(UUID.randomUUID().toString(), "<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_16);
        given().contentType("text/html; charset=utf-8").body(utf16)
                .when().post("/api/articles")
                .then().statusCode(202).body("title", equalTo(HEADLINE));
    }

    @Test
    void theWindows1256FixtureIsReadThroughTheApi() throws Exception {
        byte[] bytes;
        try (InputStream in = HtmlRobustnessTest.class.getResourceAsStream("/html/arabic-table-windows-1256.html")) {
            bytes = in.readAllBytes();
        }
        given().contentType("text/html").body(bytes).queryParam("url", "https://example.org/" + UUID.randomUUID())
                .when().post("/api/articles")
                .then().statusCode(202).body("title", equalTo(HEADLINE)).body("segments", equalTo(6));
    }

    @Test
    void binaryDataPostedAsHtmlIsAProblem() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        given().contentType("text/html").body(binary)
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Binary content"));
    }
}
