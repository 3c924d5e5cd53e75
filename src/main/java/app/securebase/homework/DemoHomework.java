package app.securebase.homework;

import app.securebase.security.Account;
import app.securebase.security.AccountService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: gives the demo client Jordan homework from Dr. Rivera, so that "Today" has something in it the first
 * time someone tries SecureBase: a daily feelings check-in for the next seven days and an emotion log due in three
 * days. Runs once: a client who has ever had homework is left alone.
 */
@Startup
@Singleton
@DependsOn({"AccountBootstrap", "ExerciseLoader"})
public class DemoHomework {

    static final String CLIENT = "jordan@securebase.test";
    static final String CLINICIAN = "dr.rivera@securebase.test";

    private static final Logger LOG = Logger.getLogger(DemoHomework.class.getName());

    @Inject
    @ConfigProperty(name = "securebase.demo", defaultValue = "false")
    boolean demoMode;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @PostConstruct
    void seed() {
        if (!demoMode) {
            return;
        }
        Account client = accounts.findByEmail(CLIENT).orElse(null);
        Account clinician = accounts.findByEmail(CLINICIAN).orElse(null);
        if (client == null || clinician == null || em.createQuery("SELECT COUNT(a) FROM ExerciseAssignment a"
                + " WHERE a.client = :client", Long.class).setParameter("client", client).getSingleResult() > 0) {
            return;
        }
        ZoneId zone = HomeworkService.zoneOf(client);
        LocalDate today = LocalDate.now(zone);
        assign(client, clinician, "daily-check-in", "Two minutes each evening is plenty.",
                Schedule.daily(today, LocalTime.of(21, 0), 7, null), zone);
        assign(client, clinician, "emotion-log", "Pick one moment from this week that stayed with you.",
                Schedule.once(today, today.plusDays(3), LocalTime.of(20, 0)), zone);
        LOG.info(() -> "Demo homework assigned to " + CLIENT);
    }

    private void assign(Account client, Account clinician, String slug, String instructions, Schedule schedule,
            ZoneId zone) {
        ExerciseTemplate template = em.createNamedQuery(ExerciseTemplate.FIND_BY_SLUG, ExerciseTemplate.class)
                .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
        if (template == null || template.getCurrentVersion() == null) {
            return;
        }
        ExerciseAssignment assignment = new ExerciseAssignment(client, clinician, template.getCurrentVersion(),
                instructions, null, schedule, zone.getId(), Instant.now());
        em.persist(assignment);
        SchedulePlanner.plan(schedule, zone).forEach(o -> em.persist(new ExerciseOccurrence(assignment, o)));
    }
}
