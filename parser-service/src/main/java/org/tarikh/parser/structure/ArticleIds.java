package org.tarikh.parser.structure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content ids: the same article, whatever its whitespace, gets the same id. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** First 16 hex digits of SHA-256 over the text with every run of whitespace folded to one space. */
    public static String of(String canonicalText) {
        StringBuilder folded = new StringBuilder(canonicalText.length());
        boolean space = false;
        for (int i = 0; i < canonicalText.length(); i++) {
            char c = canonicalText.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = folded.length() > 0;
            } else {
                if (space) {
                    folded.append(' ');
                    space = false;
                }
                folded.append(c);
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(folded.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
