package app.securebase.platform.web;

import app.securebase.security.Account;
import app.securebase.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the signed-in person reads them: in the time zone of their account settings. Pages write
 * {@code #{when.dateTime(instant)}} or {@code #{when.date(localDate)}}; stored times stay UTC.
 */
@Named("when")
@RequestScoped
public class LocalTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    @Inject
    CurrentUser currentUser;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = currentUser.account().map(Account::getTimeZone).map(LocalTimes::zoneOf).orElse(ZoneOffset.UTC);
        }
        return zone;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Today in the signed-in person's time zone. */
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
