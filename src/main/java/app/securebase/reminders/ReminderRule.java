package app.securebase.reminders;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When a client is due their reminder email, as pure functions of the moment, their time zone, the practice's hour
 * and what was already done for that day, so that the rules are tested without a server.
 *
 * <p>The day is the client's own calendar day; the hour is on their own clock. On a day when the clocks go forward
 * past the hour (02:00 on a spring-forward night in New York) the reminder is due at the first moment after the gap;
 * when they go back and the hour happens twice, at its first occurrence. Either way there is one reminder per local
 * day, because the day, not the hour, is what a delivery is keyed on. A reminder is due from the hour until the end of
 * that local day, so a server that was down at the hour still sends it later that day.
 */
public final class ReminderRule {

    /** How often a day's reminder is tried in all when the SMTP server refuses it. */
    public static final int MAX_ATTEMPTS = 3;

    /** What a run does about one client. */
    public enum Decision {
        /** Their local time has not reached the practice's hour yet today. */
        NOT_YET,
        /** Nothing was done for their day yet: claim it and send. */
        CLAIM,
        /** An earlier attempt today failed and tries are left: re-claim it and send. */
        RETRY,
        /** Their day's reminder was sent, is being sent, or failed too often: nothing to do. */
        DONE
    }

    private ReminderRule() {
    }

    /** The client's calendar day at {@code now}. */
    public static LocalDate localDay(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }

    /** The moment the practice's hour comes on {@code day} on the client's clock (see the class comment for DST). */
    public static Instant dueFrom(LocalDate day, ZoneId zone, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(checkedHour(hour), 0), zone).toInstant();
    }

    /**
     * @param today what was stored for the client's current local day: {@code null} when nothing, else its status
     *              and how many attempts were made
     */
    public static Decision decide(Instant now, ZoneId zone, int hour, DeliveryStatus today, int attempts) {
        if (now.isBefore(dueFrom(localDay(now, zone), zone, hour))) {
            return Decision.NOT_YET;
        }
        if (today == null) {
            return Decision.CLAIM;
        }
        return today == DeliveryStatus.FAILED && attempts < MAX_ATTEMPTS ? Decision.RETRY : Decision.DONE;
    }

    /** An account's stored zone, or UTC if it is not a zone this JVM knows (never a reason to skip a client). */
    public static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }

    public static int checkedHour(int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("an hour of the day is 0 to 23, not " + hour);
        }
        return hour;
    }
}
