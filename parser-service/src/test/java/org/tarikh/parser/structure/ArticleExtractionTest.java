package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which part of a page is the article: content scoring, related siblings, furniture, fallbacks. */
class ArticleExtractionTest {

    private static final Set<SegmentKind> BODY = Set.of(SegmentKind.PARAGRAPH, SegmentKind.SUBHEADING,
            SegmentKind.DATELINE, SegmentKind.SOURCE);

    private static final String P1 = "The council voted on Tuesday to reopen the old bridge over the river, after two years"
            + " of repairs that cost more than the city had planned, officials said.";
    private static final String P2 = "Traffic will return to the bridge in stages, starting with buses and emergency"
            + " vehicles, while engineers watch how the new supports carry the load.";
    private static final String P3 = "Residents of the east bank, who have driven an hour around the river since the"
            + " closure, welcomed the decision but asked for a firm date.";

    static List<String> body(Article article) {
        return article.segments().stream().filter(s -> BODY.contains(s.kind())).map(Segment::text).toList();
    }

    @Test
    void wordPressPostClassesDoNotMakeThePostABylineOrFurniture() {
        Article article = Reading.html("""
                <body class="post-template-default single single-post postid-42 single-format-standard">
                <div id="page" class="site"><div id="content" class="site-content">
                <article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-news author-jane tag-bridges">
                <header class="entry-header"><h1 class="entry-title">Bridge to reopen</h1><div class="entry-meta">
                <span class="posted-on">Posted on <time datetime="2024-03-03">March 3, 2024</time></span>
                <span class="byline"> by <a class="url fn n" href="/author/jane">Jane Doe</a></span></div></header>
                <div class="entry-content"><p>%s</p><p>%s</p><p>%s</p></div>
                <footer class="entry-footer"><span class="cat-links">Posted in News</span></footer></article>
                <div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Bridge to reopen”</h2>
                <ol class="comment-list"><li class="comment"><p>About time too, the detour has been a nightmare for all of us
                living on the east bank, and the buses were always late.</p></li></ol></div></div></div></body>"""
                .formatted(P1, P2, P3));
        assertEquals(List.of(P1, P2, P3), body(article));
        assertEquals("Bridge to reopen", article.metadata().title());
        assertFalse(article.text().contains("nightmare"), "the comment thread is not the article");
    }

    @Test
    void textWrittenInDivsAndSpansWithBreaksIsTheArticle() {
        Article article = Reading.html("""
                <html><body><div class="top"><a href="/">Home</a> <a href="/news">News</a></div>
                <div class="col"><h1>Bridge to reopen</h1>
                <div class="txt"><span style="font-size:15px">%s<br><br>%s<br /><br />%s</span></div></div>
                <div class="side"><a href="/1">Other story one</a><br><a href="/2">Other story two</a></div></body></html>"""
                .formatted(P1, P2, P3));
        assertEquals(List.of(P1, P2, P3), body(article));
    }

    @Test
    void theArticlesSectionsInSiblingBlocksAreAllKept() {
        Article article = Reading.html("""
                <html><body><div id="wrap"><h1>Bridge to reopen</h1>
                <div class="intro"><p>%s</p></div>
                <div class="section"><h2>What changes</h2><p>%s</p></div>
                <div class="section"><h2>What residents say</h2><p>%s</p></div>
                </div><div class="links"><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></div></body></html>"""
                .formatted(P1, P2, P3));
        assertEquals(List.of(P1, "What changes", P2, "What residents say", P3), body(article));
    }

    @Test
    void aCaptionIsNeverBodyText() {
        Article article = Reading.html("""
                <article><h1>Bridge to reopen</h1><p>%s</p>
                <div class="image"><img src="b.jpg"><div class="image-caption">The old bridge seen from the east bank on
                Monday, as workers finished the new supports</div></div><p>%s</p>
                <figure><img src="c.jpg"><p>Engineers at work under the bridge in January</p></figure><p>%s</p></article>"""
                .formatted(P1, P2, P3));
        assertEquals(List.of(P1, P2, P3), body(article));
        assertEquals(2, article.segments().stream().filter(s -> s.kind() == SegmentKind.CAPTION).count());
    }

    @Test
    void aLinkedHeadingOverItsOwnParagraphIsASubheadingButATeaserIsNot() {
        Article article = Reading.html("""
                <article><h1>Five bridges worth a visit</h1><p>%s</p>
                <h3><a href="https://example.org/bridge-one">The stone bridge at Amadiya</a></h3><p>%s</p>
                <div class="promo-block"><h3><a href="/other">Ten cafes by the river</a></h3></div><p>%s</p></article>"""
                .formatted(P1, P2, P3));
        assertEquals(List.of(P1, "The stone bridge at Amadiya", P2, P3), body(article));
    }

    @Test
    void anArticleInAContainerWithAFurnitureClassIsFoundOnASecondLook() {
        // "comments" would drop the wrapper, but then nothing is left: the reader looks again without that rule.
        Article article = Reading.html("""
                <html><body><div class="header-comments-wrapper"><div><h1>Bridge to reopen</h1><p>%s</p><p>%s</p><p>%s</p>
                <p>%s</p></div></div></body></html>""".formatted(P1, P2, P3, P1.replace("Tuesday", "Wednesday")));
        assertEquals(4, body(article).size());
    }

    @Test
    void theJsonLdArticleBodyStandsInForAPageRenderedByScripts() {
        Article article = Reading.html("""
                <html><head><title>Bridge to reopen - City News</title><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Bridge to reopen","datePublished":"2024-03-03",
                 "articleBody":"%s\\n%s\\n%s"}</script></head>
                <body><div id="app"><noscript>Please enable JavaScript</noscript></div><script>start()</script></body></html>"""
                .formatted(P1, P2, P3));
        assertEquals(List.of(P1, P2, P3), body(article));
        assertEquals(SegmentKind.HEADLINE, article.segments().get(0).kind());
    }

    @Test
    void theHeadlineIsTheLongestPartOfATitleWithTheOutletsName() {
        assertEquals("وصول قافلة مساعدات إلى الموصل", HtmlArticles.headlineOfTitle("جريدة المدى :: وصول قافلة مساعدات إلى الموصل"));
        assertEquals("Bridge to reopen after two years", HtmlArticles.headlineOfTitle("Bridge to reopen after two years | Local | City News"));
        assertEquals("Gaza: talks resume in Cairo", HtmlArticles.headlineOfTitle("Gaza: talks resume in Cairo"));
    }

    @Test
    void hiddenStylesAreReadWhateverTheirSpacing() {
        assertTrue(HtmlArticles.hiddenStyle("color: red; DISPLAY : none !important"));
        assertTrue(HtmlArticles.hiddenStyle("visibility:hidden"));
        assertFalse(HtmlArticles.hiddenStyle("display: none-ish; text-display:none"));
        assertFalse(HtmlArticles.hiddenStyle("display:block; visibility: visible"));
    }
}
