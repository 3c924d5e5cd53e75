package app.securebase.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * Consecutive failed sign-ins for one sign-in name, keyed by the SHA-256 of the normalised name so that names which
 * are not accounts are throttled the same way (the answer must not reveal which emails exist) without being stored.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    @Id
    @Column(name = "subject_hash", length = 64)
    private String subjectHash;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected SignInThrottle() {
        // for JPA
    }

    public SignInThrottle(String subjectHash) {
        this.subjectHash = subjectHash;
    }

    /** The end of the current lock, if the name is locked at {@code now}. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** Counts a failure; returns the new lock's end when this failure starts one. */
    public Optional<Instant> recordFailure(Instant now) {
        if (lastFailure != null && lastFailure.plus(LockoutPolicy.MEMORY).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailure = now;
        var lock = LockoutPolicy.lockAfter(failures);
        if (lock.isZero()) {
            return Optional.empty();
        }
        lockedUntil = now.plus(lock);
        return Optional.of(lockedUntil);
    }

    public int getFailures() {
        return failures;
    }
}
