package org.tarikh.parser.structure;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding: an article with invalid bytes, NUL characters or the control characters of binary data is
 * refused, not silently repaired, so that nothing is published from a body that was not text.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    public static String utf8(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    public static String decode(byte[] bytes, Charset charset) {
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            throw new RejectedArticleException("Invalid " + name,
                    "The article is not valid " + name + " text; send it encoded as UTF-8 (or name its charset"
                            + " in the Content-Type header).");
        }
        checkText(text);
        return text;
    }

    /**
     * Refuses text that cannot be an article: NUL characters, unpaired surrogates (possible through JSON
     * escapes), or more control characters than the odd stray one a word processor leaves behind.
     */
    public static void checkText(String text) {
        int controls = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c == 0) {
                    throw binary("The article contains NUL characters");
                }
                if (c != '\n' && c != '\r' && c != '\t' && c != '\u000B' && c != '\u000C') {
                    controls++;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                if (c != '\u0085') {
                    controls++;
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw new RejectedArticleException("Invalid text",
                            "The article contains an unpaired UTF-16 surrogate at character " + i
                                    + "; it is not valid Unicode text.");
                }
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                throw binary("The article contains the non-characters U+FFFE/U+FFFF");
            }
        }
        if (controls > 2 + text.length() / 1000) {
            throw binary("The article contains " + controls + " control characters");
        }
    }

    private static RejectedArticleException binary(String what) {
        return new RejectedArticleException("Binary content",
                what + "; send text, HTML or JSON, not binary data.");
    }
}
