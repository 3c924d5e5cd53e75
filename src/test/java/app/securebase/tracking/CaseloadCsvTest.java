package app.securebase.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.securebase.security.AccountStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSV file's shape, its defence against spreadsheet formulas, and the small helpers of the dashboard's SQL. */
class CaseloadCsvTest {

    private static final DashboardRow ROW = new DashboardRow(7, "Ana, \"Annie\" Souza", AccountStatus.ACTIVE, 2,
            new CompletionFigures(7, 5, 1), new CompletionFigures(30, 20, 4), 3, 1, 4, 2,
            Instant.parse("2026-11-20T17:30:00Z"));

    @Test
    void aRowIsQuotedByTheBookWithTimesInTheClinicianZone() throws IOException {
        StringWriter out = new StringWriter();
        try (CaseloadCsv csv = new CaseloadCsv(out, ZoneId.of("Europe/Lisbon"))) {
            csv.write(ROW);
        }
        String[] lines = out.toString().split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(String.join(",", CaseloadCsv.HEADER), lines[0]);
        assertEquals("\"Ana, \"\"Annie\"\" Souza\",active,4,7,5,1,71,30,20,4,66,3,1,4,2,2026-11-20 17:30 +00:00", lines[1]);
    }

    @Test
    void nothingDueLeavesTheRateEmptyAndNoActivityLeavesTheTimeEmpty() {
        DashboardRow quiet = new DashboardRow(8, "Quiet", AccountStatus.INVITED, 0, CompletionFigures.NONE,
                CompletionFigures.NONE, 0, 0, 0, 0, null);
        assertEquals("", CaseloadCsv.cells(quiet, ZoneId.of("UTC")).get(6));
        assertEquals("", CaseloadCsv.cells(quiet, ZoneId.of("UTC")).get(15));
    }

    @Test
    void textASpreadsheetWouldRunIsDefused() {
        for (String formula : new String[] {"=1+1", "+cmd", "-2", "@SUM(A1)", "\t=x", "\r=x"}) {
            assertEquals("'" + formula, CaseloadCsv.neutralised(formula));
        }
        assertEquals("Robin", CaseloadCsv.neutralised("Robin"));
        assertEquals("", CaseloadCsv.neutralised(null));
    }

    @Test
    void sortColumnsAreLookedUpNeverPassedThrough() {
        assertEquals(Optional.of(DashboardSort.WEEK_RATE), DashboardSort.byField("weekRate"));
        assertEquals(Optional.of(DashboardSort.AWAITING_REVIEW), DashboardSort.byField("awaiting_review"));
        assertEquals(Optional.empty(), DashboardSort.byField("name; DROP TABLE account"));
        assertEquals(Optional.empty(), DashboardSort.byField(null));
    }

    @Test
    void searchWildcardsAreEscaped() {
        assertEquals("100!%!_!!", CaseloadDashboard.likeEscaped("100%_!"));
    }

    @Test
    void theQueryRefusesImpossibleThresholds() {
        assertThrows(IllegalArgumentException.class,
                () -> new DashboardQuery(null, DashboardFilter.INACTIVE, 0, DashboardSort.NAME, true));
        assertNull(new DashboardQuery("  ", DashboardFilter.ALL, 14, DashboardSort.NAME, true).search());
    }

    @Test
    void databaseTimesComeBackAsUtcInstants() {
        Instant expected = Instant.parse("2026-11-20T17:30:00Z");
        assertEquals(expected, TrackingSql.instant(LocalDateTime.parse("2026-11-20T17:30:00")));
        assertEquals(expected, TrackingSql.instant(Timestamp.valueOf(LocalDateTime.parse("2026-11-20T17:30:00"))));
        assertEquals(expected, TrackingSql.instant("2026-11-20 17:30:00.000000"));
        assertNull(TrackingSql.instant(LocalDateTime.parse("1970-01-01T00:00:00")), "the SQL's stand-in for never");
        assertNull(TrackingSql.instant(null));
    }
}
