package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountTest {

    private final Account clinician = new Account("Dr.Who@Example.org ", "Dr Who", Role.CLINICIAN, "hash");

    @Test
    void emailsAreStoredTrimmedAndLowerCase() {
        assertEquals("dr.who@example.org", clinician.getEmail());
    }

    @Test
    void anInvitedClientCannotSignInUntilTheyChooseAPassword() {
        Account client = Account.invitedClient("c@example.org", "Casey", " Case ", "", clinician);
        assertEquals(AccountStatus.INVITED, client.getStatus());
        assertFalse(client.canSignIn());
        assertEquals("Case", client.getPreferredName());
        assertEquals("Case", client.getAddressName());
        assertEquals(null, client.getPhone(), "blank optional fields are stored as absent");
        assertSame(clinician, client.getClinician());

        client.setPasswordFromLink("new-hash");
        assertEquals(AccountStatus.ACTIVE, client.getStatus());
        assertTrue(client.canSignIn());
    }

    @Test
    void clientsAreArchivedAndStaffDeactivatedNeverTheOtherWay() {
        Account client = Account.invitedClient("c@example.org", "Casey", null, null, clinician);
        assertThrows(IllegalStateException.class, client::deactivate);
        assertThrows(IllegalStateException.class, clinician::archive);

        client.archive();
        assertFalse(client.canSignIn());
        assertThrows(IllegalStateException.class, () -> client.setPasswordFromLink("h"), "no way back in by link");

        clinician.deactivate();
        assertFalse(clinician.canSignIn());
        clinician.reactivate();
        assertTrue(clinician.canSignIn());
    }

    @Test
    void aClientMovesOnlyToAClinician() {
        Account client = Account.invitedClient("c@example.org", "Casey", null, null, clinician);
        Account other = new Account("other@example.org", "Other", Role.CLINICIAN, "hash");
        Account admin = new Account("admin@example.org", "Admin", Role.ADMIN, "hash");
        assertThrows(IllegalArgumentException.class, () -> client.transferTo(admin));
        client.transferTo(other);
        assertSame(other, client.getClinician());
        assertThrows(IllegalArgumentException.class,
                () -> Account.invitedClient("d@example.org", "D", null, null, admin));
    }

    @Test
    void eachAuthenticatorCodeStepIsAcceptedOnce() {
        clinician.enableMfa("SECRET", 100);
        assertFalse(clinician.useMfaStep(100), "the set-up code cannot sign in");
        assertTrue(clinician.useMfaStep(101));
        assertFalse(clinician.useMfaStep(101), "replayed code");
        assertFalse(clinician.useMfaStep(99), "older code");
    }

    @Test
    void aTimeZoneMustExist() {
        assertThrows(IllegalArgumentException.class, () -> clinician.updateProfile("Dr Who", "Mars/Olympus"));
        clinician.updateProfile("Dr Who", "Europe/Berlin");
        assertEquals("Europe/Berlin", clinician.getTimeZone());
    }
}
