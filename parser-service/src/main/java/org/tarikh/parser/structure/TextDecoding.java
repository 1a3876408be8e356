package org.tarikh.parser.structure;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: an article with invalid bytes or NUL characters is refused, not silently repaired. */
public final class TextDecoding {

    private TextDecoding() {
    }

    public static String utf8(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RejectedArticleException("Invalid UTF-8",
                    "The article is not valid UTF-8 text; send it encoded as UTF-8.");
        }
        if (text.indexOf('\0') >= 0) {
            throw new RejectedArticleException("Binary content",
                    "The article contains NUL characters; send text, HTML or JSON, not binary data.");
        }
        return text;
    }
}
