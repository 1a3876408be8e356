package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** News pages in the shapes of several outlets: what is kept, what it is, and what the page declares. */
class HtmlArticlesTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("wire-english.html",
                        List.of("HEADLINE", "BOILERPLATE", "BOILERPLATE", "CAPTION[REUTERS/Stringer]", "PARAGRAPH@BAGHDAD",
                                "PARAGRAPH", "SUBHEADING", "PARAGRAPH", "BOILERPLATE"),
                        new ArticleMetadata("Iraq says US strikes violate its sovereignty", "2024-02-03T10:21Z", "Reuters",
                                "https://www.example-wire.com/world/middle-east/iraq-strikes-2024-02-03/", "en"),
                        List.of("Advertisement", "Related stories", "Most read", "dataLayer", "Share", "Business",
                                "15 minutes")),
                Arguments.of("aljazeera-arabic.html",
                        List.of("HEADLINE", "BOILERPLATE", "CAPTION[الأناضول]", "PARAGRAPH@غزة", "PARAGRAPH", "SUBHEADING",
                                "PARAGRAPH", "SOURCE{الجزيرة + وكالات}"),
                        new ArticleMetadata("الاحتلال يوسع عملياته في خان يونس", "2024-02-12T14:05+03:00", "الجزيرة نت",
                                "https://www.example-news.net/news/2024/2/12/khan-younis", "ar"),
                        List.of("اقرأ أيضا", "قصة أخرى", "إعلان", "شارك", "لا يجب", "سياسة", "محفوظة")),
                Arguments.of("bbc-arabic.html",
                        List.of("HEADLINE", "BOILERPLATE", "CAPTION[Getty Images]", "CAPTION", "PARAGRAPH", "PARAGRAPH", "SUBHEADING",
                                "PARAGRAPH"),
                        new ArticleMetadata("ماذا نعرف عن قاعدة البرج 22؟", "2024-01-29T09:30Z", "BBC News عربي", null, "ar"),
                        List.of("قصص ذات صلة", "قصة أخرى")),
                Arguments.of("asharq-arabic.html",
                        List.of("HEADLINE", "PARAGRAPH@لندن", "CAPTION[أ.ف.ب]", "SUBHEADING", "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("واشنطن تبحث خيارات الرد على هجوم الأردن", "2024-01-30T01:30Z", "الشرق الأوسط",
                                null, "ar"),
                        List.of("الرئيسية", "أميركا · الأردن")),
                Arguments.of("divs-english.html",
                        List.of("HEADLINE", "BOILERPLATE", "CAPTION", "PARAGRAPH@BASRA", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH",
                                "PARAGRAPH", "BOILERPLATE", "BOILERPLATE"),
                        new ArticleMetadata("Flooding forces thousands from homes in southern Iraq", "2024-03-11T08:15Z",
                                "Example Wire", null, "en"),
                        List.of("Current Time", "Chapters", "Playback", "modal window", "Sign up here", "Subscribe",
                                "Iraq's drought drives", "More from", "Turkey's central bank", "Oil prices", "quotes delayed",
                                "Middle East", "Sign in", "Business")),
                Arguments.of("comments-gallery.html",
                        List.of("HEADLINE", "BOILERPLATE", "BOILERPLATE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "SUBHEADING",
                                "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("The quiet return of Mosul's booksellers", null, "Example Herald", null, "en"),
                        List.of("Advertisement", "1 of 12", "Show all", "bookseller arranges", "newsletter", "Middle East Briefing",
                                "weekly look", "moving piece", "grandfather", "Comments", "Most viewed", "Explore more",
                                "Skip to", "Books", "election results")),
                Arguments.of("arabic-br.html",
                        List.of("HEADLINE", "BOILERPLATE", "CAPTION[رويترز]", "PARAGRAPH@تكريت", "PARAGRAPH", "BOILERPLATE",
                                "PARAGRAPH", "SUBHEADING", "PARAGRAPH", "SOURCE{وكالات}"),
                        new ArticleMetadata("ارتفاع منسوب دجلة يهدد قرى في محافظة صلاح الدين", null, "موقع الأخبار", null, "ar"),
                        List.of("الرئيسية", "شارك", "فيسبوك", "اشترك", "احصل على", "ذات صلة", "فيضانات في البصرة", "التعليقات",
                                "الله يحفظ", "أين ذهبت", "الأكثر قراءة", "أسعار صرف", "محفوظة")),
                Arguments.of("arabic-table-windows-1256.html",
                        List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("وصول قافلة مساعدات إلى الموصل", null, null, null, "ar"),
                        List.of("الرئيسية", "آخر الأخبار", "افتتاح جسر", "منتخب الشباب", "محفوظة", "جريدة المدى ::")),
                Arguments.of("paywall-teaser.html",
                        List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH", "PARAGRAPH", "BOILERPLATE", "BOILERPLATE", "BOILERPLATE"),
                        new ArticleMetadata("Inside the race to rebuild Iraq's power grid", null, null, null, "en"),
                        List.of("Example Business Daily")),
                Arguments.of("hidden-math.html",
                        List.of("HEADLINE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("How engineers size a flood barrier", null, null, null, "en"),
                        List.of("hidden", "invisible", "nobody sees", "Decorative", "annotationsource", "mathit")),
                Arguments.of("agency-english.html",
                        List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH@WASHINGTON", "CAPTION[AP Photo/Baderkhan Ahmad]",
                                "SUBHEADING", "PARAGRAPH", "BOILERPLATE"),
                        new ArticleMetadata("Drone attack kills 3 US troops in Jordan", null, null, null, "en"),
                        List.of("Sections")),
                Arguments.of("teaser-grid.html",
                        List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH", "BOILERPLATE"),
                        new ArticleMetadata("Central bank raises rates again", null, null, null, "en"),
                        List.of("Markets slide", "Shares fell", "Builders broke", "Manufacturers", "economists polled",
                                "independent newspaper", "Contact us", "Home")),
                Arguments.of("footer-after-story.html",
                        List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "BOILERPLATE"),
                        new ArticleMetadata("Protesters return to parliament", null, null, null, "en"),
                        List.of("independent newspaper", "Contact us", "Current Time", "modal window", "Morning Brief",
                                "Sign up", "Two killed", "Opposition calls")),
                Arguments.of("span-br-table.html",
                        List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("Curfew extended in Basra", null, null, null, "en"),
                        List.of("Most read", "Oil prices", "independent newspaper", "Contact us", "Sport")),
                Arguments.of("arabic-bylines.html",
                        List.of("HEADLINE", "BOILERPLATE", "CAPTION[أرشيفية]", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("افتتاح ثلاثة مستشفيات جديدة في الصعيد", null, null, null, "ar"),
                        List.of("اقرأ أيضا", "وزير الصحة يتفقد", "الأكثر قراءة", "أسعار الذهب", "محفوظة", "أخبار عاجلة")),
                Arguments.of("teaser-comments.html",
                        List.of("HEADLINE", "PARAGRAPH", "BOILERPLATE"),
                        new ArticleMetadata("Finance minister resigns", null, null, null, "en"),
                        List.of("42 comments", "user0", "overdue", "I disagree", "replace him", "Politics")),
                Arguments.of("logo-h1.html",
                        List.of("HEADLINE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("Oil rises after output cuts extended", null, null, null, "en"),
                        List.of("Example News", "Gold hits", "Dollar slips", "Asian shares", "Markets", "Home")),
                Arguments.of("arabic-font-headline.html",
                        List.of("HEADLINE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH"),
                        new ArticleMetadata("وفد حكومي في الموصل", null, null, null, "ar"),
                        List.of("آخر الأخبار", "افتتاح جسر", "منتخب الشباب", "محفوظة", "جريدة المدى ::")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageReadsIntoItsArticle(String page, List<String> shape, ArticleMetadata metadata, List<String> dropped)
            throws Exception {
        Article article = Reading.html(fixture(page));
        assertEquals(shape, Reading.shape(article), article.text());
        assertEquals(metadata, article.metadata());
        for (String noise : dropped) {
            assertFalse(article.text().contains(noise), "page furniture is dropped: " + noise);
        }
    }

    @Test
    void captionsInsideOneFigureArePaired() {
        Article article = Reading.html("""
                <article><h1>Strike on base</h1><figure><img src="x.jpg"><figcaption>Soldiers at the base, Iraq, \
                January 13, 2020. REUTERS/John Davison<br>جنود أميركيون في القاعدة (رويترز)</figcaption></figure>
                <p>Body paragraph of the article, long enough to be the body.</p></article>""");
        assertEquals(List.of("HEADLINE", "CAPTION[REUTERS/John Davison]", "CAPTION[رويترز]", "PARAGRAPH"),
                Reading.shape(article));
        assertEquals(2, article.segments().get(1).pairedWith());
    }

    @Test
    void aPageWithoutTextIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(RejectedArticleException.class,
                () -> Reading.READER.readHtml("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>",
                        ArticleMetadata.none()));
        assertEquals("Empty article", e.title());
    }

    @Test
    void hostileMarkupIsReadWithoutBlowingTheStack() {
        String deep = "<div>".repeat(50_000) + "<p>Buried paragraph of text.</p>" + "</div>".repeat(50_000);
        Article article = Reading.html("<html><body><h1>Deep</h1>" + deep + "</body></html>");
        assertEquals(List.of("HEADLINE", "PARAGRAPH"), Reading.shape(article));
        StringBuilder page = new StringBuilder("<article><h1>Long page</h1>");
        for (int i = 0; i < 20_000; i++) {
            page.append("<p>Paragraph number ").append(i).append(" of a very long page.</p>");
        }
        assertEquals(20_001, Reading.html(page.append("</article>").toString()).segments().size());
        String ads = "<div class=\"ad-slot\">".repeat(20_000) + "<p>Advert text</p>" + "</div>".repeat(20_000);
        String articles = "<article>".repeat(20_000) + "<p>Nested article body.</p>" + "</article>".repeat(20_000);
        assertEquals(List.of("HEADLINE", "PARAGRAPH"),
                Reading.shape(Reading.html("<h1>Hostile</h1>" + ads + "<p>The real paragraph.</p>")));
        assertEquals(List.of("HEADLINE", "PARAGRAPH"), Reading.shape(Reading.html("<h1>Hostile</h1>" + articles)));
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = HtmlArticlesTest.class.getResourceAsStream("/html/" + name)) {
            return TextDecoding.html(in.readAllBytes(), null); // as the service reads a page: its charset found
        }
    }
}
