package app.securebase.notes.export;

import app.securebase.notes.NoteDocument;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and date formats of exported notes, from the same resource bundle as the pages
 * ({@code notes.export.doc.*}), so a file says exactly what the screen says. Instants (signing, generation) are shown
 * with their zone spelled out, because a filed document is read far from the browser that made it.
 */
public final class ExportTexts {

    private static final String BUNDLE = "app.securebase.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter instant;

    private ExportTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.instant = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", locale).withZone(zone);
    }

    /** English texts (the only bundle SecureBase has), instants shown in {@code zone}. */
    public static ExportTexts english(ZoneId zone) {
        return new ExportTexts(Locale.ENGLISH, zone);
    }

    public String get(String key, Object... params) {
        String pattern = bundle.getString("notes.export.doc." + key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** "November 3, 2026, 10:00, 50 minutes"; a draft's missing start time or duration is left out. */
    public String session(NoteDocument note) {
        StringBuilder text = new StringBuilder(date(note.sessionDate()));
        if (note.startTime() != null) {
            text.append(", ").append(time(note.startTime()));
        }
        if (note.durationMinutes() != null) {
            text.append(", ").append(get("minutes", note.durationMinutes()));
        }
        return text.toString();
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String time(LocalTime value) {
        return value == null ? "" : time.format(value);
    }

    public String instant(Instant value) {
        return value == null ? "" : instant.format(value);
    }
}
