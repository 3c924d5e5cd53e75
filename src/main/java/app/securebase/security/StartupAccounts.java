package app.securebase.security;

import java.util.Optional;

/**
 * Decides, from configuration and the current state of the accounts table, what start-up must do about accounts.
 *
 * <p>Kept free of the container so that the rule a production operator relies on (no admin and no bootstrap admin
 * means the application refuses to start, and demo accounts never appear unless demo mode is on) is unit-tested.
 */
public record StartupAccounts(boolean demoMode, Optional<String> bootstrapEmail, Optional<String> bootstrapPassword) {

    public enum Action {
        /** Create any missing demo account (idempotent). */
        SEED_DEMO,
        /** Create the first admin from the bootstrap settings. */
        CREATE_BOOTSTRAP_ADMIN,
        /** An admin exists; nothing to do. */
        NONE
    }

    public StartupAccounts {
        bootstrapEmail = bootstrapEmail.map(String::strip).filter(s -> !s.isEmpty());
        bootstrapPassword = bootstrapPassword.filter(s -> !s.isEmpty());
    }

    /**
     * @param activeAdmins number of active admin accounts now
     * @throws IllegalStateException when production would start with nobody able to administer it
     */
    public Action decide(long activeAdmins) {
        if (demoMode) {
            return Action.SEED_DEMO;
        }
        if (activeAdmins > 0) {
            return Action.NONE;
        }
        if (bootstrapEmail.isPresent() && bootstrapPassword.isPresent()) {
            return Action.CREATE_BOOTSTRAP_ADMIN;
        }
        if (bootstrapEmail.isPresent() || bootstrapPassword.isPresent()) {
            throw new IllegalStateException("Only half of the bootstrap admin is configured: set both "
                    + "securebase.bootstrap.admin.email (SECUREBASE_BOOTSTRAP_ADMIN_EMAIL) and "
                    + "securebase.bootstrap.admin.password (SECUREBASE_BOOTSTRAP_ADMIN_PASSWORD).");
        }
        throw new IllegalStateException("SecureBase has no active admin account and none is configured, so it refuses "
                + "to start. Set SECUREBASE_BOOTSTRAP_ADMIN_EMAIL and SECUREBASE_BOOTSTRAP_ADMIN_PASSWORD for the first "
                + "start, sign in, then remove them.");
    }
}
