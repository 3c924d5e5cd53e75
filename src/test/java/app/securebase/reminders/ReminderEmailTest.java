package app.securebase.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReminderEmailTest {

    private static final String LINK = "https://securebase.example.org/login.xhtml";

    @Test
    void saysOnlyThatSomethingIsWaitingWhereToSignInAndHowToStop() {
        ReminderEmail email = ReminderEmail.of("Riverside Counselling", LINK);
        assertEquals("Something is waiting for you in SecureBase", email.subject());
        assertTrue(email.body().contains(
                "There is something waiting for you in SecureBase, from Riverside Counselling."), email.body());
        assertTrue(email.body().contains("\n" + LINK + "\n"), "the link on a line of its own: " + email.body());
        assertTrue(email.body().contains("untick \"Email me when something is waiting\""), email.body());
        assertFalse(email.body().contains("{"), "every placeholder filled: " + email.body());
    }

    @Test
    void withoutAPracticeNameItSaysLess() {
        ReminderEmail email = ReminderEmail.of("  ", LINK);
        assertTrue(email.body().contains("There is something waiting for you in SecureBase.\n"), email.body());
        assertFalse(email.body().contains("from"), email.body());
    }

    @Test
    void aPracticeNameWithAnApostropheIsKeptAsWritten() {
        assertTrue(ReminderEmail.of("O'Brien & Partners", LINK).body().contains("from O'Brien & Partners."));
    }
}
