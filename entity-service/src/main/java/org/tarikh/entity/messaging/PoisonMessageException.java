package org.tarikh.entity.messaging;

/** A message that no retry can process: it goes to the dead-letter queue with this reason. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
