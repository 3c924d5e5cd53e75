package app.securebase.psychoed;

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
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: gives the demo client Jordan one module from Dr. Rivera, so that "My reading" has something in it
 * the first time someone tries SecureBase. Runs once: a client who has ever had an assignment is left alone.
 */
@Startup
@Singleton
@DependsOn({"AccountBootstrap", "ModuleLoader"})
public class DemoReading {

    static final String CLIENT = "jordan@securebase.test";
    static final String CLINICIAN = "dr.rivera@securebase.test";
    static final String MODULE = "self-care-for-recovery";

    private static final Logger LOG = Logger.getLogger(DemoReading.class.getName());

    @ConfigProperty(name = "securebase.demo", defaultValue = "false")
    @Inject
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
        PsyModule module = em.createNamedQuery(PsyModule.FIND_BY_SLUG, PsyModule.class).setParameter("slug", MODULE)
                .getResultStream().findFirst().orElse(null);
        if (client == null || clinician == null || module == null || module.getCurrentVersion() == null) {
            return;
        }
        long assignments = em.createQuery("SELECT COUNT(a) FROM ModuleAssignment a WHERE a.client = :client",
                Long.class).setParameter("client", client).getSingleResult();
        if (assignments == 0) {
            em.persist(new ModuleAssignment(client, clinician, module.getCurrentVersion(),
                    "A gentle start: pick one idea from this that feels doable this week.",
                    LocalDate.now(ZoneOffset.UTC).plusDays(7), Instant.now()));
            LOG.info(() -> "Demo reading: " + MODULE + " assigned to " + CLIENT);
        }
    }
}
