package app.securebase.homework;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * A draft save that did not start from the stored revision: another tab or device saved in between. Nothing was
 * overwritten; the page keeps what this tab typed and offers to load the other version.
 */
@ApplicationException(rollback = true)
public class DraftConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int storedRevision;
    private final Instant storedAt;

    public DraftConflictException(int storedRevision, Instant storedAt) {
        super("draft changed elsewhere: now at revision " + storedRevision);
        this.storedRevision = storedRevision;
        this.storedAt = storedAt;
    }

    public int storedRevision() {
        return storedRevision;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
