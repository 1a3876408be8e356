package org.tarikh.parser.api;

/** The broker did not confirm every segment of an article: the caller must know, and may retry. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String articleId, Throwable cause) {
        super("The broker did not confirm the segments of article " + articleId + "; nothing was lost on our side,"
                + " post it again (the same article keeps its id): " + cause.getMessage(), cause);
    }
}
