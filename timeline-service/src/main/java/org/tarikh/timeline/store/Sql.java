package org.tarikh.timeline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The ingest's statements on one connection of the reactive pool (its transaction), with named parameters
 * ({@code :name}, each occurrence its own positional parameter, as Hibernate's native queries bound them) and the
 * connection's cached prepared statements. The ingest ran ~120 statements per article through Hibernate Reactive's
 * native queries, whose per-statement work (interpreting the SQL, a flush, result mapping) was most of
 * timeline-service's CPU (docs/benchmarks.md); a statement here is its text translated once and a tuple.
 */
public final class Sql {

    /** A parameter name after a colon that is not part of a {@code ::} cast. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9_]*)");
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    /** A statement's text for PostgreSQL and the name of each of its positional parameters, in order. */
    private record Parsed(String text, List<String> names) {
        static Parsed of(String sql) {
            Matcher m = PARAMETER.matcher(sql);
            StringBuilder out = new StringBuilder();
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement("$" + names.size()));
            }
            m.appendTail(out);
            return new Parsed(out.toString(), List.copyOf(names));
        }
    }

    private final SqlConnection connection;

    Sql(SqlConnection connection) {
        this.connection = connection;
    }

    /** A statement whose result is a row count. */
    public Statement<Object> createNativeQuery(String sql) {
        return new Statement<>(sql, Object.class);
    }

    /** A statement whose rows are {@code type}: Object[] (every column) or one column's value. */
    public <T> Statement<T> createNativeQuery(String sql, Class<T> type) {
        return new Statement<>(sql, type);
    }

    public final class Statement<T> {
        private final Parsed parsed;
        private final Class<T> type;
        private final Map<String, Object> values = new java.util.HashMap<>();

        private Statement(String sql, Class<T> type) {
            this.parsed = PARSED.computeIfAbsent(sql, Parsed::of);
            this.type = type;
        }

        public Statement<T> setParameter(String name, Object value) {
            values.put(name, value);
            return this;
        }

        private Uni<RowSet<Row>> execute() {
            Tuple args = Tuple.tuple();
            for (String name : parsed.names()) {
                if (!values.containsKey(name)) {
                    throw new IllegalStateException("no value for parameter :" + name);
                }
                args.addValue(values.get(name));
            }
            return connection.preparedQuery(parsed.text()).execute(args);
        }

        public Uni<Integer> executeUpdate() {
            return execute().map(RowSet::rowCount);
        }

        public Uni<T> getSingleResult() {
            return execute().map(rows -> {
                var it = rows.iterator();
                if (!it.hasNext()) {
                    throw new IllegalStateException("no row: " + parsed.text());
                }
                return convert(it.next());
            });
        }

        public Uni<List<T>> getResultList() {
            return execute().map(rows -> {
                List<T> out = new ArrayList<>(rows.rowCount());
                for (Row row : rows) {
                    out.add(convert(row));
                }
                return out;
            });
        }

        private T convert(Row row) {
            if (type == Object[].class) {
                Object[] columns = new Object[row.size()];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = row.getValue(i);
                }
                return type.cast(columns);
            }
            Object value = row.getValue(0);
            if (type == Long.class && value instanceof Number n) {
                return type.cast(n.longValue());
            }
            return type.cast(value);
        }
    }
}
