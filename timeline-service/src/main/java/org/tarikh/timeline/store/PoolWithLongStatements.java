package org.tarikh.timeline.store;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Singleton;

/**
 * The reactive pool as Quarkus configures it, except that a prepared statement of any length is cached. The Vert.x
 * client caches (so prepares once per connection, and PostgreSQL plans once under the ingest's force_generic_plan) only
 * statements of at most 2,048 characters by default; the ingest's longest statements (a paragraph's rows, a new event
 * with its first report, a joining report) are 2,800–4,600 characters, so each execution was parsed, analysed and
 * planned again: 3.6 of 26.8 s of PostgreSQL statement time in a 400-article bench went to their planning alone
 * (pg_stat_statements, docs/benchmarks.md). The cache keeps at most {@code prepared-statement-cache-max-size} (256)
 * statements per connection, whatever their length.
 */
@Singleton
public class PoolWithLongStatements implements PgPoolCreator {

    /** Longer than any statement this service writes; the pages' statements are a few thousand characters at most. */
    static final int STATEMENT_CACHE_SQL_LIMIT = 64 * 1024;

    @Override
    public Pool create(Input input) {
        input.pgConnectOptionsList().forEach(o -> o.setPreparedStatementCacheSqlLimit(STATEMENT_CACHE_SQL_LIMIT));
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), input.poolOptions());
    }
}
