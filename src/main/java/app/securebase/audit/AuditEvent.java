package app.securebase.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the audit trail, as the admin page reads it.
 *
 * <p>Read-only: rows are appended by {@link AuditTable} under the chain's lock, never persisted or changed through
 * JPA, so this entity has no setters, no version and no public constructor, and its columns are mapped read-only. It
 * exists so the admin page can filter and page with JPA Criteria in the database.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.FIND_TARGET_TYPES,
        query = "SELECT DISTINCT e.targetType FROM AuditEvent e WHERE e.targetType IS NOT NULL ORDER BY e.targetType")
public class AuditEvent {

    public static final String FIND_TARGET_TYPES = "AuditEvent.findTargetTypes";

    @Id
    private Long id;

    @Column(name = "occurred_at", insertable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", insertable = false, updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_name", insertable = false, updatable = false, length = AuditRecord.ACTOR_NAME_MAX)
    private String actorName;

    @Column(name = "actor_role", insertable = false, updatable = false, length = AuditRecord.ACTOR_ROLE_MAX)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false, length = AuditRecord.ACTION_MAX)
    private AuditAction action;

    @Column(name = "target_type", insertable = false, updatable = false, length = AuditRecord.TARGET_TYPE_MAX)
    private String targetType;

    @Column(name = "target_id", insertable = false, updatable = false)
    private Long targetId;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false, length = AuditRecord.OUTCOME_MAX)
    private AuditOutcome outcome;

    @Column(name = "client_address", insertable = false, updatable = false, length = AuditRecord.CLIENT_ADDRESS_MAX)
    private String clientAddress;

    @Column(insertable = false, updatable = false, length = AuditRecord.DETAIL_MAX)
    private String detail;

    @Column(insertable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }

    public String getHash() {
        return hash;
    }
}
