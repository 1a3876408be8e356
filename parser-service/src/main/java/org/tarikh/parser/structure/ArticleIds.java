package org.tarikh.parser.structure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content ids: the same article gets the same id whatever its whitespace, line endings, byte order mark, bidi or
 * zero-width marks, since none of these is content.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /**
     * First 16 hex digits of SHA-256 over the UTF-8 of the canonical text with its layout folded: invisible marks
     * dropped, each run of blanks one space, none at the ends. Encoded in chunks, not copied whole.
     */
    public static String of(String canonicalText) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[8192];
        int n = 0;
        boolean space = false;
        boolean started = false;
        for (int i = 0, len = canonicalText.length(); i < len; i++) {
            char c = canonicalText.charAt(i);
            if (CanonicalText.blank(c)) {
                if (!CanonicalText.invisible(c)) {
                    space = started;
                }
                continue;
            }
            if (n > buf.length - 8) {
                sha.update(buf, 0, n);
                n = 0;
            }
            if (space) {
                buf[n++] = ' ';
                space = false;
            }
            started = true;
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(canonicalText.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, canonicalText.charAt(++i));
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        sha.update(buf, 0, n);
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
