package app.securebase.notes;

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
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: Dr. Rivera's signed note of last week's session with the demo client Jordan, so the notes list, a
 * signed note and its exports can be tried at once (and "since last session" starts at that session). Runs once: a
 * client who has any note is left alone.
 */
@Startup
@Singleton
@DependsOn("AccountBootstrap")
public class DemoNotes {

    static final String CLIENT = "jordan@securebase.test";
    static final String CLINICIAN = "dr.rivera@securebase.test";

    private static final Logger LOG = Logger.getLogger(DemoNotes.class.getName());

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
        if (client == null || clinician == null || em.createQuery("SELECT COUNT(n) FROM SessionNote n"
                + " WHERE n.client = :client", Long.class).setParameter("client", client).getSingleResult() > 0) {
            return;
        }
        LocalDate lastWeek = LocalDate.now(ZoneId.of(client.getTimeZone())).minusDays(7);
        NoteContent content = new NoteContent(lastWeek, LocalTime.of(16, 0), 50, ServiceType.INDIVIDUAL,
                ServiceSetting.TELEHEALTH, NoteFormat.DAP, Map.of(
                        "data", "Jordan joined by video from home. Reported two evenings this week when a message"
                                + " from a family member left them tense for hours; used slow breathing once and"
                                + " found it took the edge off.",
                        "assessment", "Engaged and reflective. Noticing the body's signals earlier than last month."
                                + " Stress reactions fit the relational pattern explored so far; no new concerns.",
                        "plan", "Daily feelings check-in for a week; emotion log for one moment that stayed with"
                                + " them. Read the module on the window of tolerance. Next session in one week."),
                new RiskAssessment(false, false, false, false, "Close friend, weekly climbing group, future plans"
                        + " for study.", RiskLevel.LOW),
                Map.of(MentalStatusItem.APPEARANCE, "appropriate", MentalStatusItem.MOOD, "anxious",
                        MentalStatusItem.AFFECT, "congruent", MentalStatusItem.ORIENTATION, "oriented",
                        MentalStatusItem.INSIGHT, "good"));
        SessionNote note = new SessionNote(client, clinician, content, Instant.now());
        em.persist(note);
        em.flush();
        note.sign(clinician, Instant.now());
        LOG.info(() -> "Demo note written for " + CLIENT);
    }
}
