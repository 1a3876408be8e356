package org.tarikh.parser.structure;

import java.util.List;

/**
 * One addressable part of an article. {@code text} is exactly {@code article.text().substring(start, end)}; the
 * segments of an article never overlap and together hold every character that is not layout (whitespace, bidi
 * and zero-width marks).
 *
 * @param seq          0-based position in the article
 * @param lang         BCP 47 primary language of this segment alone ("ar", "en", "und")
 * @param sentences    sentence spans, in article offsets, inside [start, end)
 * @param credit       photo credit of a caption ("REUTERS/John Davison", "رويترز"), else null
 * @param creditSpan   where {@code credit} is, in article offsets, else null
 * @param pairedWith   seq of the caption in the other language that describes the same photo, else null
 * @param dateline     place named by the dateline that opens this segment ("بغداد"), else null
 * @param datelineSpan the whole dateline ("بغداد–", "BAGHDAD (Reuters) -"), in article offsets, else null
 * @param source       the source a SOURCE line names ("الجزيرة"), else null
 */
public record Segment(int seq, SegmentKind kind, String lang, int start, int end, String text,
        List<Span> sentences, String credit, Span creditSpan, Integer pairedWith, String dateline,
        Span datelineSpan, String source) {

    public Segment {
        sentences = List.copyOf(sentences);
    }
}
