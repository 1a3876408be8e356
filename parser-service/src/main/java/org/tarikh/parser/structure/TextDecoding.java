package org.tarikh.parser.structure;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

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

    /** {@code <meta charset=…>}, {@code <meta http-equiv=Content-Type content="…; charset=…">}, {@code <?xml encoding=…?>}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,500}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})|<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})",
            Pattern.CASE_INSENSITIVE);
    /** Where a page declares its charset: the head, which is near the start (HTML says the first 1024 bytes). */
    private static final int PRESCAN = 8192;
    /** Enough bytes to tell one legacy encoding from another. */
    private static final int DETECTION_SAMPLE = 1 << 18;

    /**
     * Decodes an HTML page's bytes. A byte-order mark wins; then bytes that are valid UTF-8 are UTF-8 whatever a label
     * says (a legacy encoding almost never forms valid multi-byte UTF-8 by chance, while labels often lie and HTTP
     * clients add ISO-8859-1 on their own); otherwise the charset the Content-Type header or the page's
     * {@code <meta>} declares, unless the bytes plainly read as another (ICU's detector: windows-1256 Arabic
     * labelled ISO-8859-1), and windows-1252 when nothing is declared or detected.
     *
     * @param headerCharset the charset parameter of the request's Content-Type, or null
     */
    public static String html(byte[] bytes, String headerCharset) {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return decode(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), bom);
        }
        if (validUtf8(bytes)) {
            return decode(bytes, StandardCharsets.UTF_8);
        }
        Charset header = charset(headerCharset);
        Charset meta = charset(metaCharset(bytes));
        // A Latin-1 header is what clients send by default; a page that names its own charset knows better.
        Charset declared = header != null && !(latin1(header) && meta != null) ? header : meta;
        if (declared != null && declared.equals(StandardCharsets.UTF_8)) {
            declared = null; // the bytes are not UTF-8, so that label is wrong
        }
        Charset detected = detect(bytes, declared);
        Charset chosen = detected != null ? detected : declared != null ? declared : Charset.forName("windows-1252");
        if (latin1(chosen)) {
            chosen = Charset.forName("windows-1252"); // as browsers do: ISO-8859-1 labels mean windows-1252
        }
        String text = strict(bytes, chosen);
        if (text == null && declared != null && !declared.equals(chosen)) {
            text = strict(bytes, declared);
        }
        if (text == null) {
            throw new RejectedArticleException("Undecodable HTML", "The page is neither UTF-8 nor valid "
                    + chosen.name() + "; send it as UTF-8 or name its charset in the Content-Type header.");
        }
        checkText(text);
        return text;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean latin1(Charset c) {
        String name = c.name();
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.equals("windows-1252");
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("utf8") || n.equals("unicode-1-1-utf-8")) {
            n = "utf-8";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null; // an unknown label is no declaration at all
        }
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** ICU's statistical guess when it is confident; null when it is not or guesses what was declared anyway. */
    private static Charset detect(byte[] bytes, Charset declared) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // markup is no evidence of the language
        if (declared != null) {
            detector.setDeclaredEncoding(declared.name());
        }
        detector.setText(bytes.length <= DETECTION_SAMPLE ? bytes : sample(bytes));
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < 50) {
            return null;
        }
        Charset guess = charset(match.getName());
        if (guess == null || guess.equals(StandardCharsets.UTF_8) || guess.name().startsWith("UTF-")) {
            return null; // not UTF-8 (checked above) and a multi-byte Unicode guess without a BOM is noise
        }
        if (declared != null && (latin1(guess) && latin1(declared) || sameScript(guess, declared))) {
            return declared;
        }
        return guess;
    }

    /** ISO-8859-6 and windows-1256 are both Arabic; the detector cannot tell them apart as well as a label does. */
    private static boolean sameScript(Charset a, Charset b) {
        return arabic(a) && arabic(b);
    }

    private static boolean arabic(Charset c) {
        return c.name().equals("windows-1256") || c.name().equals("ISO-8859-6");
    }

    /** The part of a long page with the most non-ASCII bytes is where its text is (the start is scripts). */
    private static byte[] sample(byte[] bytes) {
        int best = 0;
        int bestCount = -1;
        int step = DETECTION_SAMPLE / 2;
        for (int from = 0; from < bytes.length; from += step) {
            int count = 0;
            for (int i = from, end = Math.min(bytes.length, from + DETECTION_SAMPLE); i < end; i++) {
                count += bytes[i] < 0 ? 1 : 0;
            }
            if (count > bestCount) {
                best = from;
                bestCount = count;
            }
        }
        return java.util.Arrays.copyOfRange(bytes, best, Math.min(bytes.length, best + DETECTION_SAMPLE));
    }

    /** Whether the bytes are well-formed UTF-8 (no overlongs, no encoded surrogates), checked without decoding. */
    static boolean validUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + len > n) {
                return false;
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | cc & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += len;
        }
        return true;
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
