package org.tarikh.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What PostgreSQL's autovacuum does, where the server runs without it. The ingest updates an event's row several times
 * per report, so without vacuum its table fills with dead row versions (in one copies run: 71 MB for 59 live events,
 * 24,296 dead) and without ANALYZE the planner has no statistics; a deployed server (CloudNativePG's default, any
 * default PostgreSQL) runs autovacuum. When {@code autovacuum} is off on the bench's server, this vacuums and analyzes
 * the bench database every {@link #EVERY_SECONDS} seconds while the benchmark runs, and says so in the result; when it
 * is on, it does nothing.
 */
final class Vacuum implements Runnable {

    static final int EVERY_SECONDS = 60;

    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running = true;
    private volatile boolean serverAutovacuum = true;
    private int runs;
    private double seconds;
    private String error;

    Vacuum(Map<String, String> env) {
        url = "jdbc:postgresql://" + env.getOrDefault("TARIKH_DB_HOST", "127.0.0.1") + ":"
                + env.getOrDefault("TARIKH_DB_PORT", "5432") + "/" + env.getOrDefault("TARIKH_DB_NAME", "tarikh");
        user = env.getOrDefault("TARIKH_DB_USER", "tarikh");
        password = env.getOrDefault("TARIKH_DB_PASSWORD", "tarikh");
    }

    @Override
    public void run() {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("show autovacuum")) {
                r.next();
                serverAutovacuum = "on".equals(r.getString(1));
            }
            if (serverAutovacuum) {
                return;
            }
            long next = System.nanoTime() + EVERY_SECONDS * 1_000_000_000L;
            while (running) {
                long wait = (next - System.nanoTime()) / 1_000_000;
                if (wait > 0) {
                    synchronized (this) {
                        if (running) {
                            wait(Math.min(wait, 1000));
                        }
                    }
                    continue;
                }
                long start = System.nanoTime();
                s.execute("vacuum (analyze)");
                synchronized (this) {
                    runs++;
                    seconds += (System.nanoTime() - start) / 1e9;
                }
                next = System.nanoTime() + EVERY_SECONDS * 1_000_000_000L;
            }
        } catch (SQLException e) {
            error = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void stop() {
        running = false;
        notifyAll();
    }

    /** For the result: whether the server vacuums by itself, else how often and how long this did. */
    synchronized Map<String, Object> report() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("serverAutovacuum", serverAutovacuum);
        if (!serverAutovacuum) {
            r.put("benchVacuumEverySeconds", EVERY_SECONDS);
            r.put("benchVacuumRuns", runs);
            r.put("benchVacuumSeconds", Math.round(seconds * 10) / 10.0);
        }
        if (error != null) {
            r.put("error", error);
        }
        return r;
    }
}
