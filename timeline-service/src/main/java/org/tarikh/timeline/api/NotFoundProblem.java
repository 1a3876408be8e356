package org.tarikh.timeline.api;

/** The thing asked for is not in the chronology. */
public class NotFoundProblem extends RuntimeException {

    private final String title;

    public NotFoundProblem(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
