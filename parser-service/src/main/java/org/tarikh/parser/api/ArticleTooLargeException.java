package org.tarikh.parser.api;

import org.tarikh.parser.structure.RejectedArticleException;

/** The request body is over the configured article (or, for an HTML page, page) size limit. */
public class ArticleTooLargeException extends RejectedArticleException {

    public ArticleTooLargeException(long size, long limit, String setting) {
        super("Article too large", "The article is " + size + " bytes; the limit is " + limit + " bytes (" + setting
                + ").");
    }
}
