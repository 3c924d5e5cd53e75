package app.securebase.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The idle-timeout settings: when the page warns, when it signs out, and which settings are refused. */
class SessionTimeoutTest {

    @Test
    void theDefaultsWarnAMinuteBeforeThePageSignsOutJustBeforeTheServerWould() {
        SessionTimeout timeout = timeout(30, 60);
        assertEquals(1800, timeout.getTimeoutSeconds());
        assertEquals(30, timeout.getTimeoutMinutes());
        assertEquals(60, timeout.getWarningSeconds());
        assertEquals(1800 - 60 - SessionTimeout.EARLY_SECONDS, timeout.getWarningDelaySeconds());
    }

    @Test
    void aSessionIsEndingOnlyWhenNobodyUsedItSinceThePageStartedWarning() {
        SessionTimeout timeout = timeout(30, 60);
        long warningShownAfter = timeout.getWarningDelaySeconds() * 1000L;
        assertTrue(timeout.isEnding(warningShownAfter + 60_000), "idle since this page's last request");
        assertTrue(timeout.isEnding(warningShownAfter - 4_000), "timers drift a little");
        assertFalse(timeout.isEnding(10 * 60_000), "another tab used the session ten minutes ago");
    }

    @Test
    void settingsThatLeaveNoTimeToReactAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> timeout(0, 60));
        assertThrows(IllegalArgumentException.class, () -> timeout(30, 9));
        assertThrows(IllegalArgumentException.class, () -> timeout(1, 45), "the warning would come before the page loaded");
        assertEquals(20, timeout(1, 30).getWarningDelaySeconds(), "the shortest setting in minutes");
    }

    @Test
    void aTimeoutInSecondsGoesDownToHalfAMinute() {
        SessionTimeout timeout = new SessionTimeout();
        timeout.setSeconds(30, 10);
        assertEquals(30, timeout.getTimeoutSeconds());
        assertEquals(10, timeout.getWarningDelaySeconds(), "the shortest setting, used by the browser test");
        assertThrows(IllegalArgumentException.class, () -> timeout.setSeconds(29, 10));
        assertThrows(IllegalArgumentException.class, () -> timeout.setSeconds(30, 11), "no time left to load the page");
    }

    private static SessionTimeout timeout(int minutes, int warningSeconds) {
        SessionTimeout timeout = new SessionTimeout();
        timeout.set(minutes, warningSeconds);
        return timeout;
    }
}
