package app.securebase.reminders;

import app.securebase.security.AccountStatus;
import app.securebase.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * The reminder job's database work, each step in its own transaction so that no transaction is open while an email
 * is on its way: find the candidates a page at a time, claim a (client, local day), then record how the sending went.
 *
 * <p>Called only by {@link ReminderJob}, which runs with no caller at all (a timer), hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class ReminderDispatch {

    private static final Logger LOG = Logger.getLogger(ReminderDispatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * One page of candidates, by client id after {@code afterId}: active clients with reminder emails on and something
     * waiting at {@code now}. One statement per page, however many clients it holds.
     */
    public List<ReminderCandidate> candidates(long afterId, Instant now, int max) {
        return Waiting.bind(em.createQuery(
                        "SELECT NEW app.securebase.reminders.ReminderCandidate(c.id, c.email, c.timeZone)"
                        + " FROM Account c WHERE c.role = :client AND c.status = :active AND c.emailReminders = TRUE"
                        + " AND c.id > :after AND EXISTS (SELECT o.id FROM ExerciseOccurrence o WHERE o.client = c AND "
                        + Waiting.OPEN + ") ORDER BY c.id", ReminderCandidate.class), now)
                .setParameter("client", Role.CLIENT)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** What was stored for these clients from {@code since} on: one statement for a page of candidates. */
    public List<ReminderDelivery> deliveries(Collection<Long> clientIds, LocalDate since) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ReminderDelivery.FIND_RECENT, ReminderDelivery.class)
                .setParameter("clients", clientIds)
                .setParameter("since", since)
                .getResultList();
    }

    /**
     * Claims the client's reminder for {@code day}: inserts its row, whose unique key lets exactly one run through.
     *
     * @return the delivery's id, or {@code null} when another run (or an earlier one) holds that day already
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long claim(long clientId, LocalDate day, Instant now) {
        ReminderDelivery delivery = new ReminderDelivery(clientId, day, now);
        try {
            em.persist(delivery);
            em.flush();
            return delivery.getId();
        } catch (PersistenceException duplicate) {
            // The unique key at work: someone claimed the day between our look and our insert.
            context.setRollbackOnly();
            LOG.fine(() -> "Reminder of client " + clientId + " for " + day + " already claimed");
            return null;
        }
    }

    /**
     * Claims a failed reminder again, if tries are left. The condition is in the update, so of two runs only one
     * gets it, and a delivery that was sent is never matched.
     *
     * @return the delivery's id, or {@code null} when it is not (or no longer) a failed one with tries left
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long reclaim(long clientId, LocalDate day, Instant now) {
        int updated = em.createQuery("UPDATE ReminderDelivery d SET d.status = :claimed, d.attempts = d.attempts + 1,"
                        + " d.claimedAt = :now, d.version = d.version + 1"
                        + " WHERE d.clientId = :client AND d.localDay = :day AND d.status = :failed AND d.attempts < :max")
                .setParameter("claimed", DeliveryStatus.CLAIMED).setParameter("now", now)
                .setParameter("client", clientId).setParameter("day", day)
                .setParameter("failed", DeliveryStatus.FAILED).setParameter("max", ReminderRule.MAX_ATTEMPTS)
                .executeUpdate();
        if (updated == 0) {
            return null;
        }
        return em.createQuery("SELECT d.id FROM ReminderDelivery d WHERE d.clientId = :client AND d.localDay = :day",
                        Long.class)
                .setParameter("client", clientId).setParameter("day", day).getSingleResult();
    }

    /** Records how the sending of a claimed delivery went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long deliveryId, boolean sent, Instant now) {
        String set = sent ? "d.status = :status, d.sentAt = :now" : "d.status = :status, d.claimedAt = :now";
        em.createQuery("UPDATE ReminderDelivery d SET " + set + ", d.version = d.version + 1"
                        + " WHERE d.id = :id AND d.status = :claimed")
                .setParameter("status", sent ? DeliveryStatus.SENT : DeliveryStatus.FAILED)
                .setParameter("now", now)
                .setParameter("id", deliveryId)
                .setParameter("claimed", DeliveryStatus.CLAIMED)
                .executeUpdate();
    }
}
