package app.securebase.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One occurrence of a schedule in the client's time zone.
 *
 * @param day          the client's calendar day it belongs to
 * @param due          when it is due, on the client's clock (a time that does not exist on a daylight-saving day is
 *                     moved forward by the gap, as clocks are; an ambiguous one takes the earlier offset)
 * @param availableFrom the start of {@code day} for the client, when it appears as "due today"
 */
public record PlannedOccurrence(LocalDate day, ZonedDateTime due, Instant availableFrom) {

    public Instant dueAt() {
        return due.toInstant();
    }
}
