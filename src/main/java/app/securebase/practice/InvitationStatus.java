package app.securebase.practice;

import app.securebase.security.AccountStatus;
import app.securebase.security.AccountToken;
import java.time.Instant;

/** What a clinician or admin sees of an invitation: pending until a date, expired, revoked, or accepted. */
public record InvitationStatus(State state, Instant since, Instant expires) implements java.io.Serializable {

    public enum State { ACCEPTED, PENDING, EXPIRED, REVOKED, NONE }

    static InvitationStatus of(AccountStatus status, AccountToken latest, Instant now) {
        if (status != AccountStatus.INVITED) {
            return new InvitationStatus(State.ACCEPTED, null, null);
        }
        if (latest == null) {
            return new InvitationStatus(State.NONE, null, null);
        }
        if (latest.getRevokedAt() != null) {
            return new InvitationStatus(State.REVOKED, latest.getRevokedAt(), null);
        }
        if (latest.isUsable(now)) {
            return new InvitationStatus(State.PENDING, latest.getCreatedAt(), latest.getExpiresAt());
        }
        return new InvitationStatus(State.EXPIRED, latest.getCreatedAt(), latest.getExpiresAt());
    }
}
