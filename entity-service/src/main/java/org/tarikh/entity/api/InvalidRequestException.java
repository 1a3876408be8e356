package org.tarikh.entity.api;

/** A request that cannot be served as sent; the title names the problem, the message how to fix it. */
public class InvalidRequestException extends RuntimeException {

    private final String title;

    public InvalidRequestException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
