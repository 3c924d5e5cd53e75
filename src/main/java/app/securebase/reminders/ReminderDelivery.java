package app.securebase.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The reminder email of one client for one day on their own clock. The table's unique key (client, local day) is the
 * whole of the job's idempotency: a run inserts this row <em>before</em> sending, so a second run, a restart or a
 * second node that tries the same day gets a duplicate key and sends nothing. Changes after the insert are
 * conditional updates ({@link ReminderDispatch}), so that of two runs racing on a failed one only one re-claims it.
 */
@Entity
@Table(name = "reminder_delivery")
@NamedQuery(name = ReminderDelivery.FIND_RECENT,
        query = "SELECT d FROM ReminderDelivery d WHERE d.clientId IN :clients AND d.localDay >= :since")
public class ReminderDelivery {

    public static final String FIND_RECENT = "ReminderDelivery.findRecent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "local_day", nullable = false, updatable = false)
    private LocalDate localDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected ReminderDelivery() {
        // for JPA
    }

    /** A first claim: this run is about to send the client's reminder for {@code localDay}. */
    ReminderDelivery(long clientId, LocalDate localDay, Instant now) {
        this.clientId = clientId;
        this.localDay = Objects.requireNonNull(localDay);
        this.status = DeliveryStatus.CLAIMED;
        this.attempts = 1;
        this.createdAt = now;
        this.claimedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getLocalDay() {
        return localDay;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
