package org.tarikh.parser.structure;

/** The input cannot be read as an article; the message says why in words a caller can act on. */
public class RejectedArticleException extends RuntimeException {

    private final String title;

    public RejectedArticleException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
