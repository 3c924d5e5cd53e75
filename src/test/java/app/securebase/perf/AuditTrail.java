package app.securebase.perf;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditActor;
import app.securebase.audit.AuditChain;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit rows that the generated activity would have left, as the application writes them: the same actions,
 * target types and details its services record, each row sealed by {@link AuditRecord#seal} (the application's own
 * hash chain), in time order, ids following the chain, and the chain head moved to the last row, so that
 * {@code ./mvnw -Paudit-verify} and the admin's "Verify chain" find the log intact.
 *
 * <p>Rows are gathered while the other tables are generated, then sorted by time and written at the end.
 */
final class AuditTrail {

    static final String ACCOUNT = "ACCOUNT";
    static final String CLIENT = "CLIENT";
    static final String OCCURRENCE = "EXERCISE_OCCURRENCE";
    static final String NOTE = "SESSION_NOTE";

    private record Event(long micros, int order, AuditActor actor, String address, AuditAction action,
            String targetType, Long targetId, String detail) {
    }

    private final List<Event> events = new ArrayList<>();

    void add(Instant at, Practice.Person actor, AuditAction action, String targetType, Long targetId, String detail) {
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        events.add(new Event(micros, events.size(), actor.auditActor(), actor.address(), action, targetType, targetId,
                detail));
    }

    int size() {
        return events.size();
    }

    /** Seals and inserts every row after the current chain head, then moves the head; returns the rows written. */
    long write(Connection connection) throws SQLException {
        events.sort(Comparator.comparingLong(Event::micros).thenComparingInt(Event::order));
        AuditChain.Head head;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT last_event_id, last_hash FROM audit_chain_head WHERE id = 1")) {
            rows.next();
            head = new AuditChain.Head(rows.getLong(1), rows.getString(2));
        }
        long written;
        try (Rows rows = new Rows(connection, "audit_event", "id", "occurred_at", "actor_account_id", "actor_name",
                "actor_role", "action", "target_type", "target_id", "outcome", "client_address", "detail",
                "prev_hash", "hash")) {
            for (Event e : events) {
                Instant at = Instant.ofEpochSecond(e.micros() / 1_000_000L, (e.micros() % 1_000_000L) * 1_000L);
                AuditRecord row = AuditRecord.seal(head, at, e.actor(), e.action(), AuditOutcome.ALLOWED,
                        e.targetType(), e.targetId(), e.address(), e.detail());
                rows.add(row.id(), row.occurredAt(), row.actorAccountId(), row.actorName(), row.actorRole(),
                        row.action(), row.targetType(), row.targetId(), row.outcome(), row.clientAddress(),
                        row.detail(), row.prevHash(), row.hash());
                head = head.after(row);
            }
            written = rows.written();
        }
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_event_id = ?, last_hash = ? WHERE id = 1")) {
            advance.setLong(1, head.lastEventId());
            advance.setString(2, head.lastHash());
            advance.executeUpdate();
        }
        connection.commit();
        events.clear();
        return written;
    }
}
