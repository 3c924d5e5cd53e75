package app.securebase.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One row of {@code audit_event} exactly as stored: what {@link AuditChain} hashes and verifies, and what
 * {@link AuditTable} writes and reads.
 *
 * <p>Action and outcome are kept as the stored strings rather than enums so that verification checks the bytes in the
 * table, whatever they are, instead of failing on a value the code does not know.
 *
 * <p>{@link #seal} builds a new row and fits every value to what the database stores unchanged (column length, no
 * control characters, no unpaired surrogates, time cut to microseconds): a value the database would alter on the way
 * in would no longer match its hash on the way out.
 */
public record AuditRecord(
        long id,
        Instant occurredAt,
        Long actorAccountId,
        String actorName,
        String actorRole,
        String action,
        String targetType,
        Long targetId,
        String outcome,
        String clientAddress,
        String detail,
        String prevHash,
        String hash) {

    /** Column lengths, shared with {@code V003__audit.sql} and {@link AuditEvent}. */
    public static final int ACTOR_NAME_MAX = 254;
    public static final int ACTOR_ROLE_MAX = 16;
    public static final int ACTION_MAX = 40;
    public static final int TARGET_TYPE_MAX = 40;
    public static final int OUTCOME_MAX = 8;
    public static final int CLIENT_ADDRESS_MAX = 64;
    public static final int DETAIL_MAX = 500;

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(prevHash, "prevHash");
    }

    /**
     * The next row of the chain after {@code head}, with its hash.
     *
     * @param occurredAt when it happened; cut to the microseconds {@code DATETIME(6)} keeps
     */
    public static AuditRecord seal(AuditChain.Head head, Instant occurredAt, AuditActor actor, AuditAction action,
            AuditOutcome outcome, String targetType, Long targetId, String clientAddress, String detail) {
        AuditRecord unsealed = new AuditRecord(
                head.lastEventId() + 1,
                occurredAt.truncatedTo(ChronoUnit.MICROS),
                actor.accountId(),
                fit(actor.name(), ACTOR_NAME_MAX),
                blankToNull(fit(actor.role(), ACTOR_ROLE_MAX)),
                action.name(),
                blankToNull(fit(targetType, TARGET_TYPE_MAX)),
                targetId,
                outcome.name(),
                fit(clientAddress == null ? ClientAddress.INTERNAL : clientAddress, CLIENT_ADDRESS_MAX),
                blankToNull(fit(detail, DETAIL_MAX)),
                head.lastHash(),
                null);
        return unsealed.withHash(AuditChain.hash(unsealed));
    }

    AuditRecord withHash(String newHash) {
        return new AuditRecord(id, occurredAt, actorAccountId, actorName, actorRole, action, targetType, targetId,
                outcome, clientAddress, detail, prevHash, newHash);
    }

    AuditRecord withDetail(String newDetail) {
        return new AuditRecord(id, occurredAt, actorAccountId, actorName, actorRole, action, targetType, targetId,
                outcome, clientAddress, newDetail, prevHash, hash);
    }

    AuditRecord withId(long newId) {
        return new AuditRecord(newId, occurredAt, actorAccountId, actorName, actorRole, action, targetType, targetId,
                outcome, clientAddress, detail, prevHash, hash);
    }

    /**
     * Makes free text storable unchanged: control characters (line breaks included) become spaces, unpaired
     * surrogates become U+FFFD, and the text is cut to {@code max} characters without splitting a surrogate pair.
     */
    static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder fitted = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && fitted.length() < max; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (fitted.length() + 2 > max) {
                    break;
                }
                fitted.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                fitted.append('\uFFFD');
            } else if (Character.isISOControl(c)) {
                fitted.append(' ');
            } else {
                fitted.append(c);
            }
        }
        return fitted.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
