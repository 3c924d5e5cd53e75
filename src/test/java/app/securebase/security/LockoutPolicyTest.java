package app.securebase.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void fourFailuresCostNothingThenLocksGrowAndStopAtFifteenMinutes() {
        for (int failures = 1; failures <= 4; failures++) {
            assertEquals(Duration.ZERO, LockoutPolicy.lockAfter(failures));
        }
        assertEquals(Duration.ofMinutes(1), LockoutPolicy.lockAfter(5));
        assertEquals(Duration.ofMinutes(2), LockoutPolicy.lockAfter(6));
        assertEquals(Duration.ofMinutes(4), LockoutPolicy.lockAfter(7));
        assertEquals(Duration.ofMinutes(8), LockoutPolicy.lockAfter(8));
        assertEquals(Duration.ofMinutes(15), LockoutPolicy.lockAfter(9));
        assertEquals(Duration.ofMinutes(15), LockoutPolicy.lockAfter(1_000), "never a permanent lock");
    }

    @Test
    void nobodyGetsAHundredAttemptsAnHour() {
        int perHour = LockoutPolicy.maxAttemptsPerHour();
        assertTrue(perHour < 100, "attempts per hour: " + perHour);
        assertTrue(perHour >= 5, "a user who mistypes still gets several tries: " + perHour);
    }

    @Test
    void theFifthFailureLocksAndALockEndsOnItsOwn() {
        SignInThrottle throttle = new SignInThrottle("subject");
        for (int i = 0; i < 4; i++) {
            assertTrue(throttle.recordFailure(T0.plusSeconds(i)).isEmpty());
        }
        Instant until = throttle.recordFailure(T0.plusSeconds(4)).orElseThrow();
        assertEquals(T0.plusSeconds(4).plus(Duration.ofMinutes(1)), until);
        assertTrue(throttle.lockedAt(T0.plusSeconds(30)).isPresent());
        assertTrue(throttle.lockedAt(until).isEmpty(), "unlocked once the time is up");
    }

    @Test
    void failuresAreForgottenAfterADay() {
        SignInThrottle throttle = new SignInThrottle("subject");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0);
        }
        assertTrue(throttle.recordFailure(T0.plus(Duration.ofHours(25))).isEmpty(), "an old streak does not count");
        assertEquals(1, throttle.getFailures());
    }
}
