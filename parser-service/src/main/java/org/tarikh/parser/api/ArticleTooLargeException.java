package org.tarikh.parser.api;

import org.tarikh.parser.structure.RejectedArticleException;

/** The request body is over the configured article size limit. */
public class ArticleTooLargeException extends RejectedArticleException {

    public ArticleTooLargeException(long size, long limit) {
        super("Article too large", "The article is " + size + " bytes; the limit is " + limit
                + " bytes (tarikh.parser.max-article-size).");
    }
}
