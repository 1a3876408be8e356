package org.tarikh.timeline.messaging;

/** A message that no retry can store: it goes to the dead-letter queue with this reason. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }
}
