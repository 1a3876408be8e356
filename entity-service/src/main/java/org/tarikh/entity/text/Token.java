package org.tarikh.entity.text;

/**
 * One token of a text. {@code start}/{@code end} are UTF-16 offsets into the original text; {@code form} is the
 * normalized (folded, lower-cased) spelling.
 *
 * @param index    position in the token list
 * @param sentence  index of the sentence the token belongs to
 * @param viewStart offset of the token in the normalized view, to map a stripped clitic back to the original
 */
public record Token(int index, String form, Script script, int start, int end, int sentence, int viewStart) {

    public boolean isPunctuation() {
        return script == Script.PUNCTUATION;
    }

    public boolean is(String normalizedForm) {
        return form.equals(normalizedForm);
    }
}
