package app.securebase.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.ExerciseTemplate;
import app.securebase.platform.DatabaseMigration;
import app.securebase.platform.perf.StatementCounts;
import app.securebase.security.Account;
import app.securebase.security.Role;
import app.securebase.testsupport.AsAdmin;
import app.securebase.testsupport.AsClient;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.Deployments;
import app.securebase.testsupport.StatementCountingOn;
import app.securebase.testsupport.TestData;
import app.securebase.testsupport.WebClient;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The caseload dashboard, its CSV export and the practice overview on the real WAR and database: the SQL figures
 * agree with {@link CompletionRules} on the same occurrences, filters, search and order work, a page costs the same
 * number of statements for 10 and for 500 clients, and nobody reaches another clinician's clients. Each test runs
 * with a fresh, empty clinician as the run-as clinician, so the caseload holds exactly what the test made.
 */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

    private static final String CHECK_IN = "daily-check-in";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    /**
     * What each page may send, a little above what it sends today (README, "Performance"): losing the shared cache of
     * practice content or the once-per-request look-up of the signed-in account breaks these.
     */
    private static final Map<String, Long> STATEMENT_CEILINGS = Map.of("client page", 25L, "notes of client", 10L,
            "dashboard", 7L, "today", 7L, "open exercise", 7L, "reading list", 5L, "open module", 10L,
            "history", 5L, "progress", 8L, "autosave entry", 3L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAs(TrackingIT.class, TestData.class, TrackingFixtures.class, WebClient.class)
                .addClass(StatementCountingOn.class)
                .addAsServiceProvider(ConfigSource.class, StatementCountingOn.class);
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    TrackingFixtures fixtures;

    @Inject
    StatementCounts counts;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    AsClinician asClinician;

    @Inject
    AsClient asClient;

    @Inject
    AsAdmin asAdmin;

    @Inject
    CaseloadDashboard dashboard;

    @Inject
    PracticeOverview overview;

    private Account clinician;
    private long[] swap;

    @BeforeEach
    void freshClinician() {
        testData.runAsClinician();
        testData.runAsClient();
        clinician = testData.staff(Role.CLINICIAN);
        swap = fixtures.swapInFreshRunAsClinician(clinician);
    }

    @AfterEach
    void restoreClinician() {
        fixtures.restoreRunAsClinician(swap);
    }

    @Test
    void theDashboardCountsWhatTheRulesCount() throws Exception {
        Instant now = Instant.now();
        List<OccurrenceFacts> cases = List.of(
                new OccurrenceFacts(now.minus(HOUR), null, now.minus(HOUR.multipliedBy(2)), null),   // on time
                new OccurrenceFacts(now.minus(DAY.multipliedBy(2)), null, now.minus(DAY), null),      // late
                new OccurrenceFacts(now.minus(DAY.multipliedBy(3)), null, null, null),                // overdue
                new OccurrenceFacts(now.minus(DAY.multipliedBy(4)), now.minus(DAY.multipliedBy(5)), null, null), // cancelled
                new OccurrenceFacts(now.plus(DAY.multipliedBy(2)), null, now.minus(HOUR), null),      // sent early
                new OccurrenceFacts(now.minus(DAY.multipliedBy(20)), null, now.minus(DAY.multipliedBy(20)),
                        now.minus(DAY.multipliedBy(19))),                                              // month, reviewed
                new OccurrenceFacts(now.minus(DAY.multipliedBy(40)), null, null, null),               // overdue, old
                new OccurrenceFacts(now.plus(DAY.multipliedBy(5)), null, null, null),                 // ahead
                new OccurrenceFacts(now.minus(DAY.multipliedBy(6)), null, now.minus(DAY.multipliedBy(7)),
                        now.minus(DAY.multipliedBy(5))));                                              // week, reviewed
        long mixed = fixtures.addClients(clinician.getId(), "Mixed", 1).get(0);
        fixtures.occurrences(mixed, CHECK_IN, cases, now);
        long quiet = fixtures.addClients(clinician.getId(), "Quiet", 1).get(0);

        Map<Long, DashboardRow> rows = asClinician.call(() -> dashboard.page(DashboardQuery.initial(), 0, 25))
                .stream().collect(Collectors.toMap(DashboardRow::clientId, Function.identity()));
        assertEquals(2, rows.size());
        DashboardRow row = rows.get(mixed);
        Instant after = Instant.now();
        assertEquals(CompletionRules.figures(cases, after, CompletionRules.WEEK), row.week());
        assertEquals(CompletionRules.figures(cases, after, CompletionRules.MONTH), row.month());
        assertEquals(new CompletionFigures(4, 3, 1), row.week(), "on time, late, overdue and the reviewed one");
        assertEquals(cases.stream().filter(o -> CompletionRules.isOverdue(o, after)).count(), row.overdue());
        assertEquals(2, row.overdue());
        assertEquals(cases.stream().filter(CompletionRules::awaitsReview).count(), row.awaitingReview());
        assertEquals(3, row.awaitingReview(), "on time, late, and the one sent early");
        assertEquals(1, row.openExercises());
        assertEquals(now.minus(HOUR).getEpochSecond(), row.lastActivity().getEpochSecond(), 1);

        DashboardRow empty = rows.get(quiet);
        assertEquals(CompletionFigures.NONE, empty.week());
        assertFalse(empty.week().ratePercent().isPresent(), "nothing due is no rate, not 0 %");
        assertNull(empty.lastActivity());

        CaseloadSummary summary = asClinician.call(() -> dashboard.summary());
        assertEquals(new CaseloadSummary(2, 0, 1, 3, 1), summary, "75 % is not keeping up; the quiet one is inactive");
    }

    @Test
    void filtersSearchAndOrderRunInTheDatabase() throws Exception {
        Instant now = Instant.now();
        List<Long> ids = fixtures.addClients(clinician.getId(), "Robin 100%_x", 3);
        fixtures.occurrences(ids.get(0), CHECK_IN, List.of(new OccurrenceFacts(now.minus(DAY), null, null, null),
                new OccurrenceFacts(now.minus(DAY.multipliedBy(2)), null, null, null)), now);
        fixtures.occurrences(ids.get(1), CHECK_IN, List.of(new OccurrenceFacts(now.minus(DAY), null, now.minus(HOUR), null)),
                now);
        fixtures.archive(ids.get(2));

        assertEquals(List.of(ids.get(0), ids.get(1)), clientIds(DashboardQuery.initial()), "most overdue first");
        assertEquals(List.of(ids.get(0)), clientIds(query("", DashboardFilter.OVERDUE)));
        assertEquals(List.of(ids.get(1)), clientIds(query("", DashboardFilter.AWAITING_REVIEW)));
        assertEquals(List.of(ids.get(0)), clientIds(query("", DashboardFilter.INACTIVE)), "nothing done, ever");
        assertEquals(List.of(ids.get(2)), clientIds(query("", DashboardFilter.ARCHIVED)));
        assertEquals(2, clientIds(query("100%_", DashboardFilter.ALL)).size(), "% and _ are searched as typed");
        assertEquals(0, clientIds(query("100%x", DashboardFilter.ALL)).size());
        assertEquals(List.of(ids.get(1), ids.get(0)), clientIds(DashboardQuery.initial()
                .withSort(DashboardSort.WEEK_RATE, false)), "100 % before 0 %");
        assertEquals(2, asClinician.call(() -> dashboard.count(DashboardQuery.initial())));
        assertEquals(List.of(ids.get(1)), asClinician.call(() -> dashboard.page(DashboardQuery.initial(), 1, 25))
                .stream().map(DashboardRow::clientId).toList(), "the second page starts after the first row");
    }

    @Test
    void aPageCostsTheSameStatementsFor10And500Clients() throws Exception {
        Instant now = Instant.now();
        List<Long> first = fixtures.addClients(clinician.getId(), "Scale", 10);
        fixtures.dailyHomework(first, CHECK_IN, 20, 30, now);
        // The first look also finds out who the caller is, which the rest of this request remembers.
        statementsForOnePageView();
        int small = statementsForOnePageView();
        assertEquals(small, statementsForOnePageView(), "a second look costs the same");

        for (int batch = 0; batch < 7; batch++) {
            List<Long> more = fixtures.addClients(clinician.getId(), "Scale b" + batch, 70);
            fixtures.dailyHomework(more, CHECK_IN, 20, 30, now);
        }
        assertEquals(500, asClinician.call(() -> dashboard.count(DashboardQuery.initial())));
        int large = statementsForOnePageView();
        assertTrue(small > 0, "the counter saw the statements");
        assertEquals(small, large, "statements per page view must not grow with the caseload");
    }

    /**
     * The pages a clinician and a client open most, requested over HTTP as a browser would: each sends as many SQL
     * statements for a client with a year of records as for one with a few days (no query per row), and the practice
     * content they show comes from the shared cache while clinical rows never do.
     */
    @Test
    void pagesSendTheSameStatementsForAYearOfRecordsAsForAFewDays() throws Exception {
        Instant now = Instant.now();
        Account pagesClinician = testData.staff(Role.CLINICIAN);
        Account light = testData.clientOf(pagesClinician);
        Account heavy = testData.clientOf(pagesClinician);
        // The same four exercises for both (so the same number is waiting today), for three days or for a year.
        for (String slug : List.of(CHECK_IN, "emotion-log", "trigger-map", "self-care-plan")) {
            fixtures.dailyHomework(List.of(light.getId()), slug, 3, 5, now);
            fixtures.dailyHomework(List.of(heavy.getId()), slug, 365, 366, now);
        }
        fixtures.readings(light.getId(), List.of("what-is-relational-trauma"), now);
        fixtures.notes(light.getId(), 1);
        fixtures.readings(heavy.getId(), List.of("what-is-relational-trauma", "attachment-and-attachment-styles",
                "how-attachment-injuries-form", "complex-ptsd-and-relational-trauma",
                "relational-trauma-in-adult-life", "enmeshment-and-boundaries"), now);
        fixtures.notes(heavy.getId(), 52);

        counts.reset();
        Map<String, Long> lightCosts = pageCosts(pagesClinician, light, "light");
        Map<String, Long> heavyCosts = pageCosts(pagesClinician, heavy, "heavy");
        assertEquals(lightCosts, heavyCosts, "statements per page, few records (left) and a year of them (right)");
        assertTrue(lightCosts.values().stream().allMatch(n -> n > 0), "the tallies saw every page: " + lightCosts);
        Map<String, Long> over = new TreeMap<>();
        STATEMENT_CEILINGS.forEach((page, ceiling) -> {
            if (heavyCosts.get(page) > ceiling) {
                over.put(page, heavyCosts.get(page));
            }
        });
        assertTrue(over.isEmpty(), "pages sending more statements than they need " + STATEMENT_CEILINGS + ": " + over
                + " (every page: " + heavyCosts + ")");

        Cache shared = emf.getCache();
        assertTrue(shared.contains(ExerciseTemplate.class, fixtures.templateId(CHECK_IN)), "content is shared");
        assertFalse(shared.contains(Account.class, heavy.getId()), "accounts are never in the shared cache");
        assertFalse(shared.contains(ExerciseOccurrence.class, fixtures.openOccurrence(heavy.getId())),
                "clinical rows are never in the shared cache");
    }

    /**
     * An ajax request does not re-render the header, so it must not read the header's data: "Stay signed in" (the
     * session warning's button, on every signed-in page) sends no statement about homework, where the client's
     * notifications and the clinician's unreviewed badge would each read exercise occurrences.
     */
    @Test
    void anAjaxRequestLeavesTheHeadersQueriesOut() {
        Account ajaxClinician = testData.staff(Role.CLINICIAN);
        Account ajaxClient = testData.clientOf(ajaxClinician);
        fixtures.dailyHomework(List.of(ajaxClient.getId()), CHECK_IN, 3, 5, Instant.now());
        WebClient staff = new WebClient(URI.create(base.toString()));
        assertEquals(302, staff.signIn(ajaxClinician.getEmail(), TestData.PASSWORD).statusCode());
        WebClient own = new WebClient(URI.create(base.toString()));
        assertEquals(302, own.signIn(ajaxClient.getEmail(), TestData.PASSWORD).statusCode());

        counts.reset();
        Map<String, WebClient> pages = Map.of("clinician/index.xhtml", staff, "client/index.xhtml", own);
        pages.forEach((path, web) -> {
            String page = web.get(path, StatementCounts.KIND_HEADER, "page " + path).body();
            assertTrue(page.contains("sessionForm:stayButton"), path);
            Map<String, String> form = new LinkedHashMap<>(WebClient.facesFields(page));
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "sessionForm:stayButton");
            form.put("jakarta.faces.partial.execute", "sessionForm:stayButton");
            form.put("sessionForm:stayButton", "sessionForm:stayButton");
            form.put("sessionForm", "sessionForm");
            HttpResponse<String> stayed = web.postAjax(path, form, StatementCounts.KIND_HEADER, "stay " + path);
            assertEquals(200, stayed.statusCode(), path);
            assertTrue(stayed.body().contains("<partial-response"), () -> path + " answered: " + stayed.body());
        });

        Map<String, StatementCounts.Tally> tallies = counts.tallies();
        pages.keySet().forEach(path -> {
            assertTrue(tallies.get("page " + path).shapes().keySet().stream()
                    .anyMatch(sql -> sql.contains("exercise_occurrence")), path + ": the page itself shows homework");
            Set<String> sent = tallies.get("stay " + path).shapes().keySet();
            assertTrue(sent.stream().noneMatch(sql -> sql.contains("exercise_occurrence")),
                    () -> path + ": the ajax request read the header's data: " + sent);
        });
    }

    /** Statements of one request per page (the second look, once caches are warm), by page name. */
    private Map<String, Long> pageCosts(Account clinicianOfClient, Account client, String label) {
        WebClient staff = new WebClient(URI.create(base.toString()));
        assertEquals(302, staff.signIn(clinicianOfClient.getEmail(), TestData.PASSWORD).statusCode());
        WebClient own = new WebClient(URI.create(base.toString()));
        assertEquals(302, own.signIn(client.getEmail(), TestData.PASSWORD).statusCode());
        long occurrence = fixtures.openOccurrence(client.getId());
        long reading = fixtures.readingOf(client.getId());
        Map<String, String> clinicianPages = Map.of(
                "client page", "clinician/client.xhtml?id=" + client.getId(),
                "notes of client", "clinician/notes.xhtml?client=" + client.getId(),
                "dashboard", "clinician/index.xhtml");
        Map<String, String> clientPages = Map.of(
                "today", "client/index.xhtml",
                "open exercise", "client/entry.xhtml?o=" + occurrence,
                "reading list", "client/reading.xhtml",
                "open module", "client/read.xhtml?a=" + reading,
                "history", "client/history.xhtml",
                "progress", "client/progress.xhtml");
        // The homework form's autosave, as its script sends it (EntryDraftServlet).
        String entry = own.get("client/entry.xhtml?o=" + occurrence).body();
        String token = found("data-sb-draft-token=\"([^\"]+)\"", entry);
        int revision = Integer.parseInt(found("entryForm:revision\"[^>]*value=\"(\\d+)\"", entry));
        for (int look = 0; look < 2; look++) {
            String round = look == 0 ? "warm-up " : "";
            clinicianPages.forEach((page, path) -> assertEquals(200,
                    staff.get(path, StatementCounts.KIND_HEADER, round + label + " " + page).statusCode(), path));
            clientPages.forEach((page, path) -> assertEquals(200,
                    own.get(path, StatementCounts.KIND_HEADER, round + label + " " + page).statusCode(), path));
            HttpResponse<String> saved = own.postJson("client/entry-draft", "{\"occurrence\":" + occurrence
                            + ",\"revision\":" + revision + ",\"answers\":{\"note\":{\"text\":\"look " + look + "\"}}}",
                    "X-SecureBase-Draft-Token", token, StatementCounts.KIND_HEADER, round + label + " autosave entry");
            assertEquals(200, saved.statusCode(), saved.body());
            revision = Integer.parseInt(found("\"revision\":(\\d+)", saved.body()));
        }
        Map<String, StatementCounts.Tally> tallies = counts.tallies();
        Map<String, Long> costs = new TreeMap<>();
        StatementCounts.Tally saves = tallies.get(label + " autosave entry");
        assertEquals(1, saves.requests(), "autosave entry");
        costs.put("autosave entry", saves.statements());
        for (String page : union(clinicianPages.keySet(), clientPages.keySet())) {
            StatementCounts.Tally tally = tallies.get(label + " " + page);
            assertEquals(1, tally.requests(), page);
            assertTrue(tally.cpuNanos() > 0, () -> page + ": the request's CPU time is counted too");
            costs.put(page, tally.statements());
        }
        return costs;
    }

    /** The first group of a pattern found in a page or an answer. */
    private static String found(String regex, String text) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile(regex).matcher(text);
        assertTrue(found.find(), () -> "no " + regex + " in " + text);
        return found.group(1);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The statements the dashboard's three service calls send, counted by the load test's tallies on this thread. */
    private int statementsForOnePageView() throws Exception {
        DashboardQuery query = DashboardQuery.initial().withSort(DashboardSort.WEEK_RATE, true);
        String kind = "dashboard service calls " + UUID.randomUUID();
        counts.begin();
        try {
            asClinician.call(() -> {
                dashboard.summary();
                dashboard.count(query);
                List<DashboardRow> page = dashboard.page(query, 0, 25);
                assertFalse(page.isEmpty());
                return page;
            });
        } finally {
            counts.end(kind);
        }
        return Math.toIntExact(counts.tallies().get(kind).statements());
    }

    @Test
    void nobodyReachesAnotherClinicianCaseload() throws Exception {
        Instant now = Instant.now();
        long mine = fixtures.addClients(clinician.getId(), "Mine", 1).get(0);
        Account other = testData.staff(Role.CLINICIAN);
        long theirs = fixtures.addClients(other.getId(), "=HYPERLINK(\"http://x\")", 1).get(0);
        fixtures.occurrences(theirs, CHECK_IN, List.of(new OccurrenceFacts(now.minus(DAY), null, null, null)), now);

        assertEquals(List.of(mine), clientIds(DashboardQuery.initial()), "only my own clients");
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> dashboard.page(DashboardQuery.initial(), 0, 5)));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> dashboard.summary()));
        assertThrows(EJBAccessException.class, () -> asClinician.call(() -> overview.perClinician()));
        assertThrows(EJBAccessException.class, () -> dashboard.count(DashboardQuery.initial()), "signed out");

        // The other clinician downloads their own caseload; the file holds their client only, defused.
        WebClient web = new WebClient(URI.create(base.toString()));
        web.signIn(other.getEmail(), TestData.PASSWORD);
        long exportsBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'CASELOAD_EXPORTED'"
                + " AND actor_account_id = ?", other.getId());
        HttpResponse<String> csv = web.get("clinician/caseload.csv?filter=all&sort=name&order=asc");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"caseload-summary-"));
        assertEquals("no-store", csv.headers().firstValue("Cache-Control").orElse(""));
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), csv.body());
        assertTrue(lines.get(0).startsWith("\uFEFFClient,Status,Active assignments,"));
        assertTrue(lines.get(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\") 1\",invited,1,1,0,0,0,1,0,0,0,1,0,0,0,"),
                lines.get(1));
        assertFalse(csv.body().contains("Mine 1"));
        assertEquals(exportsBefore + 1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CASELOAD_EXPORTED'"
                + " AND actor_account_id = ?", other.getId()));
        assertEquals(400, web.get("clinician/caseload.csv?filter=everyone").statusCode(), "unknown filter refused");
        assertEquals(400, web.get("clinician/caseload.csv?days=0").statusCode());

        // The admin sees counts per clinician, and no client's name.
        List<ClinicianAdherence> practice = asAdmin.call(() -> overview.perClinician());
        ClinicianAdherence theirLine = practice.stream().filter(c -> c.clinicianId() == other.getId()).findFirst()
                .orElseThrow();
        assertEquals(1, theirLine.clients());
        assertEquals(new CompletionFigures(1, 0, 0), theirLine.month());
        assertEquals(1, theirLine.clientsWithOverdue());
        assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE action = 'PRACTICE_OVERVIEW_VIEWED'") > 0);
    }

    private List<Long> clientIds(DashboardQuery query) throws Exception {
        return asClinician.call(() -> dashboard.page(query, 0, 25)).stream().map(DashboardRow::clientId).toList();
    }

    private static DashboardQuery query(String search, DashboardFilter filter) {
        return new DashboardQuery(search, filter, CompletionRules.DEFAULT_INACTIVE_DAYS, DashboardSort.NAME, true);
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
