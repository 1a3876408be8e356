package org.tarikh.parser.structure;

/** Punctuation of Arabic and English news copy, by the role it plays in structure and sentences. */
final class Punctuation {

    private Punctuation() {
    }

    /** Ends a sentence: full stop, question and exclamation marks (Arabic too), Arabic semicolon, ellipsis. */
    static boolean sentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == '\u2026' || c == '\u06D4';
    }

    /** Ends a line that is a sentence, not a title: sentence ends plus colon, semicolon and closing quotes. */
    static boolean terminal(char c) {
        return sentenceEnd(c) || c == ':' || c == ';' || closing(c);
    }

    /** Closes a quotation or bracket, and so may follow a sentence end. */
    static boolean closing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']'
                || c == '\u203A';
    }

    static boolean dash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\u2212';
    }

    static boolean arabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06EE' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08C9') || (c >= '\uFB50' && c <= '\uFDFB')
                || (c >= '\uFE70' && c <= '\uFEFC');
    }
}
