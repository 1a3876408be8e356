package org.tarikh.parser.structure;

/** Language of a piece of text by the script of its letters: Arabic script is "ar", Latin "en". */
public final class ScriptLanguage {

    private ScriptLanguage() {
    }

    public static String of(CharSequence text, int start, int end) {
        int arabic = 0;
        int latin = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF') {
                if (Character.isLetter(c)) {
                    arabic++;
                }
            } else if (c < '\u0250' && Character.isLetter(c)) {
                latin++;
            }
        }
        if (arabic == 0 && latin == 0) {
            return "und";
        }
        return arabic >= latin ? "ar" : "en";
    }
}
