package app.securebase.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Inserts rows of one table through a JDBC batch, committing every few thousand rows. With Connector/J's
 * {@code rewriteBatchedStatements=true} each batch travels as one multi-row INSERT.
 *
 * <p>Times are bound as UTC text ({@code 2026-11-05 09:30:00.123456}), as {@code audit.AuditTable} does: MySQL
 * Connector/J talking to MariaDB drops the fraction of a bound date-time object, and both databases convert the text
 * to {@code DATETIME(6)} exactly, so a stored time equals the one that was hashed.
 */
final class Rows implements AutoCloseable {

    static final int BATCH = 1_000;
    static final int COMMIT_EVERY = 5_000;

    private static final DateTimeFormatter SQL_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SQL_TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Connection connection;
    private final String table;
    private final PreparedStatement insert;
    private final int columns;
    private int pending;
    private int uncommitted;
    private long written;

    Rows(Connection connection, String table, String... columnNames) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = columnNames.length;
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ("
                + "?, ".repeat(columns - 1) + "?)";
        this.insert = connection.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, values[i]);
        }
        insert.addBatch();
        written++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void bind(int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else if (value instanceof Long l) {
            insert.setLong(index, l);
        } else if (value instanceof Integer i) {
            insert.setInt(index, i);
        } else if (value instanceof Boolean b) {
            insert.setBoolean(index, b);
        } else if (value instanceof Instant t) {
            insert.setString(index, time(t));
        } else if (value instanceof LocalDate d) {
            insert.setString(index, d.toString());
        } else if (value instanceof LocalTime t) {
            insert.setString(index, SQL_TIME_OF_DAY.format(t));
        } else {
            insert.setString(index, value.toString());
        }
    }

    static String time(Instant instant) {
        return SQL_TIME.format(instant);
    }

    void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        insert.executeBatch();
        uncommitted += pending;
        pending = 0;
        if (uncommitted >= COMMIT_EVERY) {
            connection.commit();
            uncommitted = 0;
        }
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        flush();
        connection.commit();
        insert.close();
    }
}
