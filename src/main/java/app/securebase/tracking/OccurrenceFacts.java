package app.securebase.tracking;

import java.time.Instant;
import java.util.Objects;

/** The four times of one homework occurrence that every completion figure is computed from. */
public record OccurrenceFacts(Instant dueAt, Instant cancelledAt, Instant submittedAt, Instant reviewedAt) {

    public OccurrenceFacts {
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
