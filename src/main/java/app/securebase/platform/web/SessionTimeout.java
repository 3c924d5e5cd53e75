package app.securebase.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a session may sit idle before it ends, and when the page warns about it.
 *
 * <p>{@value #TIMEOUT_KEY} (default 30) is the idle timeout every new session gets ({@link SessionTimeoutListener});
 * web.xml's {@code session-timeout} is only the fallback. {@value #TIMEOUT_SECONDS_KEY}, when set, takes its place
 * with a timeout in seconds (at least 30), for demonstrations and for the test that waits for a session to end.
 * {@value #WARNING_KEY} (default 60) is how long the warning is shown before the page signs out.
 *
 * <p>The page counts from its last request to the server, as the server does: reading or typing without sending
 * anything does not keep a session alive, so it must not hold back the warning either. The page signs out
 * {@value #EARLY_SECONDS} seconds before the server would end the session, so that its sign-out request never arrives
 * at a session that has just ended.
 */
@Named
@ApplicationScoped
public class SessionTimeout {

    static final String TIMEOUT_KEY = "securebase.session.timeout.minutes";
    static final String TIMEOUT_SECONDS_KEY = "securebase.session.timeout.seconds";
    static final String WARNING_KEY = "securebase.session.warning.seconds";
    static final int EARLY_SECONDS = 10;

    private int timeoutSeconds;
    private int warningSeconds;

    @PostConstruct
    void readConfiguration() {
        var config = ConfigProvider.getConfig();
        int warning = config.getOptionalValue(WARNING_KEY, Integer.class).orElse(60);
        var seconds = config.getOptionalValue(TIMEOUT_SECONDS_KEY, Integer.class);
        if (seconds.isPresent()) {
            setSeconds(seconds.get(), warning);
        } else {
            set(config.getOptionalValue(TIMEOUT_KEY, Integer.class).orElse(30), warning);
        }
    }

    /** Refuses settings that leave no time to read the warning, or that would warn before the page even loaded. */
    void set(int timeoutMinutes, int warningSeconds) {
        if (timeoutMinutes < 1 || timeoutMinutes > 24 * 60) {
            throw new IllegalArgumentException(TIMEOUT_KEY + " must be between 1 and 1440, not " + timeoutMinutes);
        }
        setSeconds(timeoutMinutes * 60, warningSeconds);
    }

    /** As {@link #set}, with the timeout in seconds. */
    void setSeconds(int timeoutSeconds, int warningSeconds) {
        if (timeoutSeconds < 30 || timeoutSeconds > 24 * 60 * 60) {
            throw new IllegalArgumentException(
                    TIMEOUT_SECONDS_KEY + " must be between 30 and 86400, not " + timeoutSeconds);
        }
        int latest = timeoutSeconds - EARLY_SECONDS - 10;
        if (warningSeconds < 10 || warningSeconds > latest) {
            throw new IllegalArgumentException(WARNING_KEY + " must be between 10 and " + latest + " for a timeout of "
                    + timeoutSeconds + " seconds, not " + warningSeconds);
        }
        this.timeoutSeconds = timeoutSeconds;
        this.warningSeconds = warningSeconds;
    }

    /** The idle time after which the server ends a session. */
    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    public int getTimeoutMinutes() {
        return timeoutSeconds / 60;
    }

    /** How long the warning is shown before the page signs out. */
    public int getWarningSeconds() {
        return warningSeconds;
    }

    /** How long after its last request the page shows the warning. */
    public int getWarningDelaySeconds() {
        return timeoutSeconds - EARLY_SECONDS - warningSeconds;
    }

    /**
     * Whether a session idle for this long is in its last minute, as the page that counted down believes. If not,
     * another tab used the session meanwhile and it must not be ended. Five seconds of slack absorb timer drift.
     */
    public boolean isEnding(long idleMillis) {
        return idleMillis >= (getWarningDelaySeconds() - 5) * 1000L;
    }
}
