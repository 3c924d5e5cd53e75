package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.security.StartupAccounts.Action;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupAccountsTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void demoModeSeedsDemoAccountsWhateverExists() {
        assertEquals(Action.SEED_DEMO, new StartupAccounts(true, NONE, NONE).decide(0));
        assertEquals(Action.SEED_DEMO, new StartupAccounts(true, NONE, NONE).decide(3));
    }

    @Test
    void productionWithAnAdminDoesNothingAndNeverSeedsDemoAccounts() {
        assertEquals(Action.NONE, new StartupAccounts(false, NONE, NONE).decide(1));
        assertEquals(Action.NONE,
                new StartupAccounts(false, Optional.of("boot@example.org"), Optional.of("a long passphrase")).decide(1));
    }

    @Test
    void productionWithoutAdminUsesTheBootstrapAdmin() {
        StartupAccounts policy = new StartupAccounts(false, Optional.of("  boot@example.org "), Optional.of("pass phrase 12"));
        assertEquals(Action.CREATE_BOOTSTRAP_ADMIN, policy.decide(0));
        assertEquals("boot@example.org", policy.bootstrapEmail().orElseThrow());
    }

    @Test
    void productionWithoutAdminOrBootstrapRefusesToStartAndSaysWhatToSet() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> new StartupAccounts(false, NONE, NONE).decide(0));
        assertTrue(refusal.getMessage().contains("SECUREBASE_BOOTSTRAP_ADMIN_EMAIL"), refusal.getMessage());
    }

    @Test
    void blankOrHalfBootstrapSettingsAreRefused() {
        assertThrows(IllegalStateException.class,
                () -> new StartupAccounts(false, Optional.of(" "), Optional.of("")).decide(0));
        IllegalStateException half = assertThrows(IllegalStateException.class,
                () -> new StartupAccounts(false, Optional.of("boot@example.org"), NONE).decide(0));
        assertTrue(half.getMessage().contains("both"), half.getMessage());
    }
}
