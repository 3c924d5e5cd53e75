package app.securebase.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure someone can administer SecureBase once it has started: demo accounts in demo mode, otherwise the
 * configured bootstrap admin, otherwise a refusal to start (see {@link StartupAccounts}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    /**
     * The demo practice; README lists the same accounts. Demo passwords are public, so demo mode is never for real
     * data. Clients name their clinician: Jordan and Alex are Dr. Rivera's, Taylor is Dr. Chen's.
     */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin@securebase.test", "Morgan Admin", Role.ADMIN, "admin-demo-password", null),
            new DemoAccount("dr.rivera@securebase.test", "Dr. Ana Rivera", Role.CLINICIAN, "clinician-demo-password", null),
            new DemoAccount("dr.chen@securebase.test", "Dr. Sam Chen", Role.CLINICIAN, "clinician-demo-password", null),
            new DemoAccount("jordan@securebase.test", "Jordan Lee", Role.CLIENT, "client-demo-password",
                    "dr.rivera@securebase.test"),
            new DemoAccount("alex@securebase.test", "Alex Morgan", Role.CLIENT, "client-demo-password",
                    "dr.rivera@securebase.test"),
            new DemoAccount("taylor@securebase.test", "Taylor Brooks", Role.CLIENT, "client-demo-password",
                    "dr.chen@securebase.test"));

    record DemoAccount(String email, String displayName, Role role, String password, String clinicianEmail) {
    }

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "securebase.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    @ConfigProperty(name = "securebase.bootstrap.admin.email")
    Optional<String> bootstrapEmail;

    @Inject
    @ConfigProperty(name = "securebase.bootstrap.admin.password")
    Optional<String> bootstrapPassword;

    @PostConstruct
    void ensureAdministrable() {
        StartupAccounts policy = new StartupAccounts(demoMode, bootstrapEmail, bootstrapPassword);
        StartupAccounts.Action action;
        try {
            action = policy.decide(accounts.countActive(Role.ADMIN));
        } catch (IllegalStateException refusal) {
            LOG.severe(refusal.getMessage());
            throw refusal;
        }
        switch (action) {
            case SEED_DEMO -> seedDemo();
            case CREATE_BOOTSTRAP_ADMIN -> createBootstrapAdmin(policy);
            case NONE -> LOG.fine("Admin account present");
        }
    }

    private void seedDemo() {
        StringBuilder banner = new StringBuilder("\n*** DEMO MODE: sample accounts, never use for real clients ***\n");
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            var existing = accounts.findByEmail(demo.email());
            if (existing.isPresent() && demo.clinicianEmail() != null && existing.get().getClinician() == null) {
                // Demo data from before caseloads existed: put the client back on their demo clinician's caseload.
                existing.get().transferTo(accounts.findByEmail(demo.clinicianEmail()).orElseThrow());
            }
            if (existing.isEmpty()) {
                if (demo.clinicianEmail() == null) {
                    accounts.createActive(demo.email(), demo.displayName(), demo.role(), demo.password().toCharArray());
                } else {
                    accounts.createActiveClient(demo.email(), demo.displayName(),
                            accounts.findByEmail(demo.clinicianEmail()).orElseThrow(), demo.password().toCharArray());
                }
            }
            banner.append(String.format("  %-9s %-28s %s%n", demo.role(), demo.email(), demo.password()));
        }
        LOG.warning(banner::toString);
    }

    private void createBootstrapAdmin(StartupAccounts policy) {
        String email = policy.bootstrapEmail().orElseThrow();
        if (accounts.findByEmail(email).isPresent()) {
            throw new IllegalStateException("The bootstrap admin " + email + " exists but is not an active admin; "
                    + "use another email for SECUREBASE_BOOTSTRAP_ADMIN_EMAIL.");
        }
        accounts.createActive(email, "Administrator", Role.ADMIN, policy.bootstrapPassword().orElseThrow().toCharArray());
        LOG.warning(() -> "Created the bootstrap admin " + email + ". Sign in, then remove the bootstrap settings.");
    }
}
