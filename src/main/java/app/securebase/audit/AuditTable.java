package app.securebase.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The audit tables through plain JDBC: appending a row, and streaming the chain to verify it.
 *
 * <p>The application and the command-line check both go through here, so the values hashed are the values stored and
 * read back. Times are UTC wall-clock values that no time zone shifts. They are bound as text
 * ({@code 2026-11-05 09:30:00.123456}) rather than as a date-time object: MariaDB introduces itself to MySQL
 * Connector/J as version 5.5.5, so the driver drops the fraction of every date-time it binds, and the stored row
 * would no longer match its hash. Both databases convert the text to {@code DATETIME(6)} exactly.
 *
 * <p>Appends are serialised by the one row of {@code audit_chain_head}, read with {@code SELECT ... FOR UPDATE} (a
 * row lock on H2 and InnoDB alike) and updated in the same transaction as the insert. So two concurrent appends can
 * never both build on the same predecessor, the chain has no forks, and ids are handed out in chain order. Nothing here
 * updates or deletes an {@code audit_event} row.
 */
final class AuditTable {

    /** Rows read per query while verifying: enough to be fast, few enough to keep memory flat on any size of log. */
    static final int VERIFY_PAGE_SIZE = 500;

    private static final DateTimeFormatter SQL_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private static final String COLUMNS = "id, occurred_at, actor_account_id, actor_name, actor_role, action, "
            + "target_type, target_id, outcome, client_address, detail, prev_hash, hash";

    private static final String LOCK_HEAD = "SELECT last_event_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE";
    private static final String READ_HEAD = "SELECT last_event_id, last_hash FROM audit_chain_head WHERE id = 1";
    private static final String ADVANCE_HEAD =
            "UPDATE audit_chain_head SET last_event_id = ?, last_hash = ? WHERE id = 1 AND last_event_id = ?";
    private static final String INSERT = "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM audit_event WHERE id > ? AND id <= ? ORDER BY id LIMIT ?";

    private AuditTable() {
    }

    /** Locks the chain head until the transaction ends; every append starts here. */
    static AuditChain.Head lockHead(Connection connection) throws SQLException {
        return head(connection, LOCK_HEAD);
    }

    static AuditChain.Head readHead(Connection connection) throws SQLException {
        return head(connection, READ_HEAD);
    }

    private static AuditChain.Head head(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("audit_chain_head has no row; migration V003 inserts it");
            }
            return new AuditChain.Head(rows.getLong(1), rows.getString(2));
        }
    }

    /** Inserts a sealed row and moves the head onto it; the head must be locked by this transaction. */
    static void append(Connection connection, AuditChain.Head lockedHead, AuditRecord row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, row.id());
            insert.setString(2, SQL_TIME.format(row.occurredAt()));
            setLong(insert, 3, row.actorAccountId());
            insert.setString(4, row.actorName());
            setString(insert, 5, row.actorRole());
            insert.setString(6, row.action());
            setString(insert, 7, row.targetType());
            setLong(insert, 8, row.targetId());
            insert.setString(9, row.outcome());
            insert.setString(10, row.clientAddress());
            setString(insert, 11, row.detail());
            insert.setString(12, row.prevHash());
            insert.setString(13, row.hash());
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE_HEAD)) {
            advance.setLong(1, row.id());
            advance.setString(2, row.hash());
            advance.setLong(3, lockedHead.lastEventId());
            if (advance.executeUpdate() != 1) {
                throw new IllegalStateException("audit chain head moved while locked");
            }
        }
    }

    /** Walks the chain up to the head as it is now, a page at a time, and stops at the first broken link. */
    static AuditVerification verify(Connection connection) throws SQLException {
        AuditChain.Head head = readHead(connection);
        AuditChain.Verifier verifier = new AuditChain.Verifier(head);
        long after = 0;
        try (PreparedStatement page = connection.prepareStatement(PAGE)) {
            page.setFetchSize(VERIFY_PAGE_SIZE);
            boolean more = true;
            while (more) {
                page.setLong(1, after);
                page.setLong(2, head.lastEventId());
                page.setInt(3, VERIFY_PAGE_SIZE);
                int read = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        AuditRecord row = read(rows);
                        after = row.id();
                        if (!verifier.accept(row)) {
                            return verifier.result();
                        }
                    }
                }
                more = read == VERIFY_PAGE_SIZE;
            }
        }
        return verifier.result();
    }

    private static AuditRecord read(ResultSet rows) throws SQLException {
        return new AuditRecord(
                rows.getLong("id"),
                rows.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rows.getObject("actor_account_id", Long.class),
                rows.getString("actor_name"),
                rows.getString("actor_role"),
                rows.getString("action"),
                rows.getString("target_type"),
                rows.getObject("target_id", Long.class),
                rows.getString("outcome"),
                rows.getString("client_address"),
                rows.getString("detail"),
                rows.getString("prev_hash"),
                rows.getString("hash"));
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
