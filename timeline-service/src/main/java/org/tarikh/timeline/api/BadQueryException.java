package org.tarikh.timeline.api;

/** A query parameter that cannot be understood; the message says which and what it should look like. */
public class BadQueryException extends RuntimeException {

    public BadQueryException(String detail) {
        super(detail);
    }
}
