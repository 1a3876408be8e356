package org.tarikh.parser.structure;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the plain text of an article into segments: a block of lines between blank lines is a segment. */
public final class ArticleReader {

    public Article read(String raw, ArticleMetadata given) {
        String text = canonical(raw);
        if (text.isBlank()) {
            throw new RejectedArticleException("Empty article", "The article has no text.");
        }
        ArticleMetadata metadata = new ArticleMetadata(given.title(), validDate(given.publishedAt()), given.source(),
                given.url(), given.language());
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int end = blockEnd(text, i);
            int trimmed = end;
            while (trimmed > i && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            int seq = segments.size();
            SegmentKind kind = seq == 0 ? SegmentKind.HEADLINE : SegmentKind.PARAGRAPH;
            segments.add(new Segment(seq, kind, ScriptLanguage.of(text, i, trimmed), i, trimmed,
                    text.substring(i, trimmed), List.of(new Span(i, trimmed)), null, null, null));
            i = end;
        }
        String language = metadata.language() != null ? metadata.language() : ScriptLanguage.of(text, 0, n);
        metadata = metadata.orElse(new ArticleMetadata(null, null, null, null, language));
        return new Article(ArticleIds.of(text), text, metadata, segments);
    }

    /** The text every offset refers to: NFC, without a byte order mark, with line breaks as "\n". */
    static String canonical(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** End of the block starting at {@code from}: the start of the next blank line, or the end of the text. */
    private static int blockEnd(String text, int from) {
        int i = from;
        while (true) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            int j = nl + 1;
            while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j >= text.length() || text.charAt(j) == '\n') {
                return nl;
            }
            i = j;
        }
    }

    static String validDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(v).toString();
            } catch (DateTimeParseException notADateTime) {
                throw new RejectedArticleException("Invalid publication date",
                        "publishedAt '" + v + "' is not an ISO-8601 date (2024-01-30) or date-time (2024-01-30T08:00:00Z).");
            }
        }
    }
}
