package app.securebase.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.securebase.reminders.ReminderRule.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReminderRuleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Decision fresh(String instant, ZoneId zone, int hour) {
        return ReminderRule.decide(Instant.parse(instant), zone, hour, null, 0);
    }

    @Test
    void dueFromThePracticeHourOnTheClientsOwnClock() {
        // 18:00 in Berlin (winter, UTC+1) is 17:00 UTC.
        assertEquals(Decision.NOT_YET, fresh("2026-01-15T16:59:59Z", BERLIN, 18));
        assertEquals(Decision.CLAIM, fresh("2026-01-15T17:00:00Z", BERLIN, 18));
        assertEquals(Decision.CLAIM, fresh("2026-01-15T22:59:59Z", BERLIN, 18), "still due until the local day ends");
    }

    @Test
    void theSameMomentIsPastTheHourForOneClientAndNotForAnother() {
        Instant now = Instant.parse("2026-01-15T06:00:00Z"); // 19:00 in Auckland (UTC+13), 01:00 in New York
        assertEquals(Decision.CLAIM, ReminderRule.decide(now, AUCKLAND, 18, null, 0));
        assertEquals(Decision.NOT_YET, ReminderRule.decide(now, NEW_YORK, 18, null, 0));
    }

    @Test
    void hourZeroIsReachedAllDay() {
        assertEquals(Decision.CLAIM, fresh("2026-01-15T00:00:00Z", ZoneOffset.UTC, 0));
        assertEquals(Decision.CLAIM, fresh("2026-01-15T23:59:59Z", ZoneOffset.UTC, 0));
    }

    @Test
    void theDayIsTheClientsCalendarDayNotUtcs() {
        Instant now = Instant.parse("2026-03-01T23:30:00Z");
        assertEquals(LocalDate.parse("2026-03-02"), ReminderRule.localDay(now, ZoneId.of("Asia/Tokyo")));
        assertEquals(LocalDate.parse("2026-03-01"), ReminderRule.localDay(now, NEW_YORK));
        // After local midnight it is a new day, with a reminder of its own.
        assertEquals(LocalDate.parse("2026-03-02"),
                ReminderRule.localDay(Instant.parse("2026-03-02T05:00:00Z"), NEW_YORK));
    }

    @Test
    void onceADaySentOrInFlightIsDone() {
        Instant now = Instant.parse("2026-01-15T20:00:00Z");
        assertEquals(Decision.DONE, ReminderRule.decide(now, ZoneOffset.UTC, 18, DeliveryStatus.SENT, 1));
        // Claimed and never finished: the server may have stopped after the email left. Never risk a second one.
        assertEquals(Decision.DONE, ReminderRule.decide(now, ZoneOffset.UTC, 18, DeliveryStatus.CLAIMED, 1));
    }

    @Test
    void aRefusedSendIsTriedAgainTheSameDayAFewTimes() {
        Instant now = Instant.parse("2026-01-15T20:00:00Z");
        assertEquals(Decision.RETRY, ReminderRule.decide(now, ZoneOffset.UTC, 18, DeliveryStatus.FAILED, 1));
        assertEquals(Decision.RETRY, ReminderRule.decide(now, ZoneOffset.UTC, 18,
                DeliveryStatus.FAILED, ReminderRule.MAX_ATTEMPTS - 1));
        assertEquals(Decision.DONE, ReminderRule.decide(now, ZoneOffset.UTC, 18,
                DeliveryStatus.FAILED, ReminderRule.MAX_ATTEMPTS));
        assertEquals(Decision.NOT_YET, ReminderRule.decide(Instant.parse("2026-01-15T17:00:00Z"), ZoneOffset.UTC, 18,
                DeliveryStatus.FAILED, 1), "before the hour nothing happens, whatever is stored");
    }

    @Test
    void springForwardAnHourThatDoesNotExistComesAtTheEndOfTheGap() {
        // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT (07:00 UTC).
        LocalDate day = LocalDate.parse("2026-03-08");
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), ReminderRule.dueFrom(day, NEW_YORK, 2));
        assertEquals(Decision.NOT_YET, fresh("2026-03-08T06:59:59Z", NEW_YORK, 2));
        assertEquals(Decision.CLAIM, fresh("2026-03-08T07:00:00Z", NEW_YORK, 2));
        // The evening hour of a 23-hour day is in EDT.
        assertEquals(Instant.parse("2026-03-08T22:00:00Z"), ReminderRule.dueFrom(day, NEW_YORK, 18));
    }

    @Test
    void fallBackAnHourThatHappensTwiceCountsFromItsFirstTimeAndStillOnceADay() {
        // New York, 1 November 2026: 01:00-02:00 happens in EDT (05:00 UTC) and again in EST (06:00 UTC).
        LocalDate day = LocalDate.parse("2026-11-01");
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), ReminderRule.dueFrom(day, NEW_YORK, 1));
        assertEquals(Decision.CLAIM, fresh("2026-11-01T05:00:00Z", NEW_YORK, 1));
        Instant secondOneOClock = Instant.parse("2026-11-01T06:30:00Z");
        assertEquals(day, ReminderRule.localDay(secondOneOClock, NEW_YORK), "the repeated hour is the same day");
        assertEquals(Decision.DONE, ReminderRule.decide(secondOneOClock, NEW_YORK, 1, DeliveryStatus.SENT, 1));
        // The 25-hour day ends at 05:00 UTC the next morning: until then it is still 1 November.
        assertEquals(day, ReminderRule.localDay(Instant.parse("2026-11-02T04:59:59Z"), NEW_YORK));
        assertEquals(day.plusDays(1), ReminderRule.localDay(Instant.parse("2026-11-02T05:00:00Z"), NEW_YORK));
    }

    @Test
    void aMidnightThatDoesNotExistStartsTheDayWhenTheDayStarts() {
        // Santiago moves its clocks at midnight: hour 0 is the first moment of that day, whatever it is called.
        ZoneId santiago = ZoneId.of("America/Santiago");
        LocalDate end = LocalDate.parse("2026-09-15");
        for (LocalDate day = LocalDate.parse("2026-09-01"); day.isBefore(end); day = day.plusDays(1)) {
            assertEquals(day.atStartOfDay(santiago).toInstant(), ReminderRule.dueFrom(day, santiago, 0),
                    day.toString());
        }
    }

    @Test
    void anHourOutsideTheDayIsRefusedAndAnUnknownZoneFallsBackToUtc() {
        LocalDate day = LocalDate.parse("2026-01-15");
        assertThrows(IllegalArgumentException.class, () -> ReminderRule.dueFrom(day, BERLIN, 24));
        assertThrows(IllegalArgumentException.class, () -> ReminderRule.dueFrom(day, BERLIN, -1));
        assertEquals(ZoneOffset.UTC, ReminderRule.zoneOf("Mars/Olympus_Mons"));
        assertEquals(ZoneOffset.UTC, ReminderRule.zoneOf(null));
        assertEquals(BERLIN, ReminderRule.zoneOf("Europe/Berlin"));
    }
}
