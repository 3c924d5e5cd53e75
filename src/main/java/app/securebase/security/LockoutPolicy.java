package app.securebase.security;

import java.time.Duration;

/**
 * How long a sign-in name is locked after repeated failures.
 *
 * <p>Four failures cost nothing; from the fifth on, each failure locks the name for twice as long as the one before,
 * starting at one minute and capped at fifteen. The cap matters as much as the growth: a stranger who knows someone's
 * email can delay them by at most fifteen minutes at a time, never lock them out for good, and can make no more than
 * a few dozen guesses an hour ({@link #maxAttemptsPerHour()}).
 */
public final class LockoutPolicy {

    public static final int FREE_FAILURES = 4;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Failures older than this are forgotten, so an occasional typo never adds up to a lock. */
    public static final Duration MEMORY = Duration.ofHours(24);

    private LockoutPolicy() {
    }

    /** The lock that follows the {@code failures}-th consecutive failure (zero while below the threshold). */
    public static Duration lockAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    /** The most attempts anyone can make against one name in any hour under this policy. */
    public static int maxAttemptsPerHour() {
        int attempts = 0;
        Duration elapsed = Duration.ZERO;
        int failures = 0;
        while (elapsed.compareTo(Duration.ofHours(1)) < 0) {
            attempts++;
            failures++;
            elapsed = elapsed.plus(lockAfter(failures)).plusSeconds(1);
        }
        return attempts;
    }
}
