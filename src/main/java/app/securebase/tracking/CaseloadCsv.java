package app.securebase.tracking;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The caseload summary as CSV, with the dashboard's figures and column names a spreadsheet user understands. Text a
 * person typed (a client's name) that a spreadsheet would run as a formula is written with a leading apostrophe.
 */
public final class CaseloadCsv implements AutoCloseable {

    static final List<String> HEADER = List.of("Client", "Status", "Active assignments",
            "Due (7 days)", "Completed (7 days)", "Late (7 days)", "Completion rate % (7 days)",
            "Due (30 days)", "Completed (30 days)", "Late (30 days)", "Completion rate % (30 days)",
            "Overdue now", "Awaiting review", "Modules assigned", "Modules read", "Last activity");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final CSVPrinter printer;
    private final ZoneId zone;

    /** Starts the file: the header row. Times are written in {@code zone}, with their offset. */
    public CaseloadCsv(Writer out, ZoneId zone) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        this.zone = zone;
        printer.printRecord(HEADER);
    }

    public void write(DashboardRow row) throws IOException {
        printer.printRecord(cells(row, zone));
    }

    /** {@link #write} for a caller that cannot throw; the failure comes back as {@link java.io.UncheckedIOException}. */
    public Consumer<DashboardRow> sink() {
        return row -> {
            try {
                write(row);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    static List<String> cells(DashboardRow row, ZoneId zone) {
        return List.of(neutralised(row.name()), row.status().name().toLowerCase(java.util.Locale.ROOT),
                String.valueOf(row.active()),
                String.valueOf(row.week().due()), String.valueOf(row.week().completed()),
                String.valueOf(row.week().late()), rate(row.week()),
                String.valueOf(row.month().due()), String.valueOf(row.month().completed()),
                String.valueOf(row.month().late()), rate(row.month()),
                String.valueOf(row.overdue()), String.valueOf(row.awaitingReview()),
                String.valueOf(row.modulesAssigned()), String.valueOf(row.modulesRead()),
                time(row.lastActivity(), zone));
    }

    private static String rate(CompletionFigures figures) {
        return figures.ratePercent().isPresent() ? String.valueOf(figures.ratePercent().getAsInt()) : "";
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** A cell a spreadsheet would read as a formula starts with an apostrophe instead (OWASP "CSV injection"). */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
