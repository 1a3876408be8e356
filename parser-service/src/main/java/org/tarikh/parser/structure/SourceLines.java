package org.tarikh.parser.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line naming where an article comes from: "المصدر : الجزيرة", "المصدر: وكالات", "Source: Reuters". */
final class SourceLines {

    private static final int MAX_LENGTH = 120;
    private static final Pattern SOURCE = Pattern.compile(
            "(?:ال)?(?:مصدر|مصادر)\\s*[:\uFF1A]\\s*(.+)|(?:Source|Sources|SOURCE|SOURCES)\\s*[:\uFF1A]\\s*(.+)");

    private SourceLines() {
    }

    /** The named source of a source line, or null when {@code text[start,end)} is not one. */
    static String find(String text, int start, int end) {
        if (end - start > MAX_LENGTH) {
            return null;
        }
        Matcher m = SOURCE.matcher(text.subSequence(start, end));
        if (!m.matches()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        while (!name.isEmpty() && (name.endsWith(".") || name.endsWith("\u06D4"))) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name.isEmpty() ? null : name;
    }
}
