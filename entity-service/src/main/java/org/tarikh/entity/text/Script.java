package org.tarikh.entity.text;

/** The writing system of a token. */
public enum Script {
    ARABIC,
    LATIN,
    DIGITS,
    PUNCTUATION
}
