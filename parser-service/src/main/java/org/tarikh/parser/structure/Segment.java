package org.tarikh.parser.structure;

import java.util.List;

/**
 * One addressable part of an article. {@code text} is exactly {@code article.text().substring(start, end)}.
 *
 * @param seq        0-based position in the article
 * @param lang       BCP 47 primary language of this segment alone ("ar", "en", "und")
 * @param sentences  sentence spans, in article offsets, inside [start, end)
 * @param credit     photo credit of a caption ("REUTERS/John Davison", "رويترز"), else null
 * @param pairedWith seq of the caption in the other language that describes the same photo, else null
 * @param dateline   place named by a dateline that opens this segment ("بغداد"), else null
 */
public record Segment(int seq, SegmentKind kind, String lang, int start, int end, String text,
        List<Span> sentences, String credit, Integer pairedWith, String dateline) {

    public Segment {
        sentences = List.copyOf(sentences);
    }
}
