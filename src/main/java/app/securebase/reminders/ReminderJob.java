package app.securebase.reminders;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditActor;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.platform.MailService;
import app.securebase.practice.PracticeSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the daily reminder emails: every {@code securebase.reminders.period} (default 5 minutes) it emails each active
 * client who has reminder emails on, has homework waiting, and whose own clock has passed the practice's hour today,
 * at most once per client and local day.
 *
 * <p><b>Once, whatever happens.</b> Before sending, a run claims the (client, local day) in the database
 * ({@link ReminderDispatch#claim}); the table's unique key lets exactly one claim through, so a second run the same
 * day, a run after a restart, or a run on a second node sends nothing. The claim is committed before the email goes
 * out and the result recorded after; if the server stops in between, the claim stays {@code CLAIMED} and is never
 * sent again (a missed reminder is better than a doubled one). A refused send is marked {@code FAILED} and later runs
 * the same local day re-claim it, conditionally, up to {@link ReminderRule#MAX_ATTEMPTS} tries in all.
 *
 * <p>Nothing is sent unless the practice turned reminders on (admin settings), SMTP is configured
 * ({@code securebase.mail.host}) and the public address is known ({@code securebase.public.url}: a timer has no
 * request to take an address from). Each email sent is logged by client id and audited with the system as actor;
 * neither the log nor the audit holds the address or anything clinical.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

    /** The actor of the audit records this job writes: no person, the application itself. */
    public static final AuditActor SYSTEM = new AuditActor(null, "system", null);

    static final String SIGN_IN_PATH = "/login.xhtml";

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
    private static final int PAGE = 200;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "securebase.reminders.period", defaultValue = "PT5M")
    String period;

    /** A bound on one run's emails, so that a run after an outage ends soon; the rest go on the next run. */
    @Inject
    @ConfigProperty(name = "securebase.reminders.maxPerRun", defaultValue = "200")
    int maxPerRun;

    @Inject
    @ConfigProperty(name = "securebase.public.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "securebase.practice.name", defaultValue = "")
    String practiceName;

    @Inject
    PracticeSettings settings;

    @Inject
    MailService mail;

    @Inject
    ReminderDispatch dispatch;

    @Inject
    AuditService audit;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean warnedNoAddress = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        Duration every = Duration.parse(period);
        if (every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalStateException("securebase.reminders.period must be at least PT1S, not " + period);
        }
        // Not persistent: the schedule is this configuration, re-created at every start; the database is the memory.
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("reminders", false));
        LOG.info(() -> "Reminder job scheduled every " + every);
    }

    @Timeout
    void tick() {
        // A run still busy when the next tick comes keeps going; the tick is skipped rather than queued.
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            run(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder run stopped early; the next run carries on", e);
        } finally {
            running.set(false);
        }
    }

    /** One run at {@code now}; see the class comment. */
    void run(Instant now) {
        if (!settings.isRemindersEnabled()) {
            return;
        }
        if (!mail.isConfigured()) {
            return;
        }
        String signIn = signInUrl();
        if (signIn == null) {
            return;
        }
        ReminderEmail email = ReminderEmail.of(practiceName, signIn);
        int hour = settings.getReminderHour();
        // A local day is at most one day either side of the UTC day.
        LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        RunCount count = new RunCount();
        long after = 0;
        while (count.attempted < maxPerRun) {
            List<ReminderCandidate> page = dispatch.candidates(after, now, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, List<ReminderDelivery>> recent = dispatch.deliveries(
                    page.stream().map(ReminderCandidate::clientId).toList(), since).stream()
                    .collect(Collectors.groupingBy(ReminderDelivery::getClientId));
            for (ReminderCandidate candidate : page) {
                if (count.attempted >= maxPerRun) {
                    break;
                }
                handle(candidate, recent.getOrDefault(candidate.clientId(), List.of()), now, hour, email, count);
            }
            after = page.get(page.size() - 1).clientId();
            if (page.size() < PAGE) {
                break;
            }
        }
        if (count.due > 0) {
            LOG.info(() -> "Reminder run: " + count.due + " client(s) with something waiting past the practice hour, "
                    + count.sent + " sent, " + count.failed + " failed, " + count.done + " already reminded today");
        }
    }

    private void handle(ReminderCandidate candidate, List<ReminderDelivery> recent, Instant now, int hour,
            ReminderEmail email, RunCount count) {
        ZoneId zone = ReminderRule.zoneOf(candidate.timeZone());
        LocalDate day = ReminderRule.localDay(now, zone);
        ReminderDelivery today = recent.stream().filter(d -> d.getLocalDay().equals(day)).findFirst().orElse(null);
        ReminderRule.Decision decision = ReminderRule.decide(now, zone, hour,
                today == null ? null : today.getStatus(), today == null ? 0 : today.getAttempts());
        if (decision == ReminderRule.Decision.NOT_YET) {
            return;
        }
        count.due++;
        Long delivery = switch (decision) {
            case CLAIM -> dispatch.claim(candidate.clientId(), day, now);
            case RETRY -> dispatch.reclaim(candidate.clientId(), day, now);
            default -> null;
        };
        if (delivery == null) {
            count.done++;
            return;
        }
        count.attempted++;
        boolean sent = mail.send(candidate.email(), email.subject(), email.body());
        dispatch.finish(delivery, sent, Instant.now());
        if (sent) {
            count.sent++;
            LOG.info(() -> "Reminder sent to client " + candidate.clientId() + " for " + day);
            audit.recordAs(SYSTEM, AuditAction.REMINDER_SENT, AuditOutcome.ALLOWED, "CLIENT", candidate.clientId(),
                    "email reminder for " + day);
        } else {
            count.failed++;
            int attempt = today == null ? 1 : today.getAttempts() + 1;
            LOG.warning(() -> "Reminder to client " + candidate.clientId() + " for " + day
                    + " failed (attempt " + attempt + " of " + ReminderRule.MAX_ATTEMPTS + ")" + (attempt < ReminderRule.MAX_ATTEMPTS
                    ? "; a later run today tries again" : "; not tried again today"));
        }
    }

    private String signInUrl() {
        Optional<String> base = publicUrl.map(String::strip).filter(url -> !url.isEmpty());
        if (base.isEmpty()) {
            if (warnedNoAddress.compareAndSet(false, true)) {
                LOG.warning("Reminder emails are on but securebase.public.url is not set: none are sent, since they"
                        + " could not say where to sign in");
            }
            return null;
        }
        return base.get().replaceAll("/+$", "") + SIGN_IN_PATH;
    }

    private static final class RunCount {
        int due;
        int attempted;
        int sent;
        int failed;
        int done;
    }
}
