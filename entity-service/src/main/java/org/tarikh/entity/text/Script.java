package org.tarikh.entity.text;

/** The writing system of a token. */
public enum Script {
    ARABIC,
    LATIN,
    DIGITS,
    PUNCTUATION,
    /** a whole web or e-mail address: a name, not words of the sentence */
    ADDRESS
}
