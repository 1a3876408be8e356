package org.tarikh.timeline.messaging;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;

/**
 * Which failures another attempt may not meet: the database or the broker away, or a conflict between concurrent
 * transactions. Everything else (a value the database refuses, a bug) fails again on every attempt, so it is
 * permanent: the message goes to the dead-letter queue at once instead of being retried in front of the queue.
 */
final class Failures {

    /** SQLSTATE classes and codes worth another attempt: connection, resources, shutdown, conflicts. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57", "58");
    private static final Set<String> TRANSIENT_CODES = Set.of("40001", "40P01", "55P03");

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return false;
            }
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && (TRANSIENT_CODES.contains(state)
                        || TRANSIENT_CLASSES.contains(state.substring(0, Math.min(2, state.length()))));
            }
            if (t instanceof ConnectException || t instanceof ClosedChannelException || t instanceof TimeoutException
                    || t instanceof java.io.IOException
                    || t.getClass().getName().startsWith("io.vertx.sqlclient.ClosedConnection")
                    || t.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable")
                            && String.valueOf(t.getMessage()).toLowerCase().contains("timeout")
                    || String.valueOf(t.getMessage()).contains("Connection refused")
                    // the service is stopping: the message goes back to the queue for another consumer
                    || String.valueOf(t.getMessage()).contains("Pool closed")
                    || String.valueOf(t.getMessage()).contains("connection is closed")
                    || String.valueOf(t.getMessage()).contains("Failed to read any response from the server")) {
                return true;
            }
        }
        return false;
    }
}
