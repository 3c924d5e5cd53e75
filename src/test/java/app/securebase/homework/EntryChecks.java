package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.testsupport.AsClient;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.TestData;
import app.securebase.testsupport.WebClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's homework on the real WAR and database, as the real run-as accounts: a daily exercise is planned in the
 * client's own time zone; drafts are saved with revisions, so a retried save changes nothing and a second tab's stale
 * save is refused, not applied; a submit with problems keeps the draft and names each field; what a page could never
 * send (a choice never offered, an unknown emotion, too much text) is refused on the server; a sent entry is
 * read-only but takes a comment; and another client's occurrence is not found, audited, and a 404 over HTTP.
 *
 * <p>Run by {@link ExerciseBuilderIT}, on its deployment: one Payara Micro boot for both classes.
 */
abstract class EntryChecks extends HomeworkChecks {

    private static final String ZONE = "America/New_York";


    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    AsClinician asClinician;

    @Inject
    AsClient asClient;

    @Inject
    HomeworkService homework;

    @Inject
    EntryService entries;

    /** The test's own request: the address of the server it runs in, for the HTTP checks. */
    @Inject
    HttpServletRequest request;

    private Account client;

    @BeforeEach
    void entryAccounts() {
        if (testData == null) { // in ExerciseBuilderIT's test that runs as an HTTP client, outside the server
            return;
        }
        testData.runAsClinician();
        client = testData.runAsClient();
    }

    @Test
    void aDailyExerciseIsPlannedInTheClientsZoneAndShownOnToday() throws Exception {
        // A client of their own in New York (set in the table: accounts are not in a shared cache).
        Account newYorker = testData.clientOf(testData.runAsClinician());
        update("UPDATE account SET time_zone = ? WHERE id = ?", ZONE, newYorker.getId());
        ZoneId zone = ZoneId.of(ZONE);
        LocalDate today = LocalDate.now(zone);
        List<Long> ids = assignDaily("daily-check-in", newYorker, zone);
        assertEquals(7, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(List.of(today.plusDays(i).toString(),
                            LocalDateTime.ofInstant(today.plusDays(i).atTime(LocalTime.of(20, 0)).atZone(zone).toInstant(),
                                    ZoneOffset.UTC).toString()),
                    occurrenceDue(ids.get(i)), "due at 20:00 on the client's clock, stored in UTC");
        }
        assertEquals(ZONE, string("SELECT time_zone FROM exercise_assignment WHERE id = (SELECT assignment_id"
                + " FROM exercise_occurrence WHERE id = ?)", ids.get(0)));

        List<Long> mine = assignDaily("daily-check-in", client);
        TodayView view = asClient.call(() -> entries.today());
        List<Long> open = new java.util.ArrayList<>();
        view.dueToday().forEach(o -> open.add(o.getId()));
        view.overdue().forEach(o -> open.add(o.getId()));
        view.upcoming().forEach(o -> open.add(o.getId()));
        assertTrue(open.contains(mine.get(0)), "today's is on Today (or, past 20:00, still open from earlier)");
        assertTrue(open.contains(mine.get(6)), "the last one comes up within the week");
        assertTrue(open.stream().noneMatch(ids::contains), "another client's are not on my Today");
    }

    @Test
    void draftsAreSavedOnceRetriedHarmlesslyAndNeverOverwrittenByAnotherTab() throws Exception {
        long id = assignDaily("daily-check-in", client).get(0);
        EntryView opened = asClient.call(() -> entries.open(id));
        int base = opened.revision();
        assertTrue(opened.values().isEmpty());
        Map<String, AnswerValue> first = Map.of("mood", AnswerValue.text("6"),
                "note", AnswerValue.text("A slow morning."));

        int saved = asClient.call(() -> entries.saveDraft(id, base, first));
        assertEquals(base + 1, saved);
        assertEquals(saved, asClient.call(() -> entries.saveDraft(id, base, first)),
                "a retry of the same save (its answer was lost) changes nothing");
        assertEquals(saved, asClient.call(() -> entries.saveDraft(id, saved, first)), "saving the same again neither");
        assertEquals(saved, revisionOf(id));

        // A second tab opened before the first save still holds the old revision.
        Map<String, AnswerValue> otherTab = Map.of("mood", AnswerValue.text("3"));
        DraftConflictException conflict = assertThrows(DraftConflictException.class,
                () -> asClient.call(() -> entries.saveDraft(id, base, otherTab)));
        assertEquals(saved, conflict.storedRevision());
        EntryView resumed = asClient.call(() -> entries.open(id));
        assertEquals(first, resumed.values(), "the other tab's save did not overwrite anything");

        // "Keep mine": the other tab saves over it, knowingly, from the stored revision.
        int kept = asClient.call(() -> entries.saveDraft(id, conflict.storedRevision(), otherTab));
        assertEquals(saved + 1, kept);
        assertEquals(otherTab, asClient.call(() -> entries.open(id)).values());
    }

    @Test
    void aSubmitWithProblemsKeepsTheDraftAndNamesEachField() throws Exception {
        long id = assignDaily("emotion-log", client).get(0);
        int base = asClient.call(() -> entries.open(id)).revision();
        Map<String, AnswerValue> typed = new LinkedHashMap<>();
        typed.put("when_time", AnswerValue.text("25:99"));
        typed.put("body", AnswerValue.text("Tight chest."));
        typed.put("intensity_after", AnswerValue.text("42"));
        typed.put("emotions", AnswerValue.emotions(new EmotionRating("sad.lonely", null)));

        SubmitResult result = asClient.call(() -> entries.submit(id, base, typed));
        assertFalse(result.submitted());
        assertEquals(Map.of(
                        "when_time", "homework.answer.error.notATime",
                        "situation", "homework.answer.error.required",
                        "emotions", "homework.answer.error.intensityMissing",
                        "intensity_after", "homework.answer.error.notOnScale"),
                problems(result), "one problem per field, in a message key the page shows at that field");
        EntryView after = asClient.call(() -> entries.open(id));
        assertEquals(typed, after.values(), "everything typed is kept as the draft");
        assertEquals(result.revision(), after.revision());
        assertTrue(after.isEditable());
        assertEquals(OccurrenceStatus.DRAFT, after.occurrence().status(java.time.Instant.now()));
    }

    @Test
    void whatNoPageCanSendIsRefusedOnTheServerAndNothingIsLost() throws Exception {
        long logId = assignDaily("emotion-log", client).get(0);
        long checkInId = assignDaily("daily-check-in", client).get(0);

        Map<String, AnswerValue> tampered = new LinkedHashMap<>();
        tampered.put("mood", AnswerValue.text("5"));
        tampered.put("need", AnswerValue.text("a-choice-never-offered"));
        tampered.put("emotions", AnswerValue.emotions(new EmotionRating("sad.not_a_word", 40),
                new EmotionRating("joyful", 140)));
        tampered.put("note", AnswerValue.text("x".repeat(201)));
        tampered.put("injected", AnswerValue.text("a field the form does not have"));
        int base = asClient.call(() -> entries.open(checkInId)).revision();
        SubmitResult result = asClient.call(() -> entries.submit(checkInId, base, tampered));
        assertFalse(result.submitted());
        List<String> keys = result.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        assertEquals(List.of(
                "emotions:homework.answer.error.unknownEmotion",
                "emotions:homework.answer.error.intensityOutOfRange",
                "need:homework.answer.error.unknownOption",
                "note:homework.answer.error.tooLong",
                "injected:homework.answer.error.unknownField"), keys);
        assertEquals(tampered, asClient.call(() -> entries.open(checkInId)).values(),
                "even a refused answer stays in the draft, to be corrected");

        int logBase = asClient.call(() -> entries.open(logId)).revision();
        SubmitResult tooLong = asClient.call(() -> entries.submit(logId, logBase, Map.of(
                "situation", AnswerValue.text("y".repeat(2001)),
                "emotions", AnswerValue.emotions(new EmotionRating("mad.frustrated", 70)))));
        assertEquals(List.of("situation:homework.answer.error.tooLong"),
                tooLong.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        assertEquals(List.of(2000), tooLong.problems().get(0).arguments());

        HomeworkRefusedException flood = assertThrows(HomeworkRefusedException.class, () -> asClient.call(
                () -> entries.saveDraft(logId, tooLong.revision(), Map.of("situation",
                        AnswerValue.text("z".repeat(EntryService.ENTRY_JSON_MAX + 1))))));
        assertEquals(List.of("homework.entry.error.tooLarge"), flood.messageKeys());
        assertEquals("y".repeat(2001), asClient.call(() -> entries.open(logId)).values().get("situation").text(),
                "a refused save leaves the last draft as it was");
    }

    @Test
    void aSentEntryIsReadOnlyAndTakesAComment() throws Exception {
        long id = assignDaily("daily-check-in", client).get(0);
        int base = asClient.call(() -> entries.open(id)).revision();
        Map<String, AnswerValue> entry = Map.of("mood", AnswerValue.text("7"),
                "emotions", AnswerValue.emotions(new EmotionRating("peaceful.calm", 60), new EmotionRating("sad", 20)),
                "need", AnswerValue.text("rest"));
        HomeworkRefusedException early = assertThrows(HomeworkRefusedException.class,
                () -> asClient.call(() -> {
                    entries.comment(id, "Too early");
                    return null;
                }));
        assertEquals(List.of("homework.entry.error.notSubmitted"), early.messageKeys());

        SubmitResult result = asClient.call(() -> entries.submit(id, base, entry));
        assertTrue(result.submitted(), () -> result.problems().toString());
        EntryView sent = asClient.call(() -> entries.open(id));
        assertTrue(sent.isSubmitted());
        assertFalse(sent.isEditable());
        assertEquals(entry, sent.values());

        HomeworkRefusedException refused = assertThrows(HomeworkRefusedException.class,
                () -> asClient.call(() -> entries.saveDraft(id, result.revision(), Map.of("mood", AnswerValue.text("1")))));
        assertEquals(List.of("homework.entry.error.submitted"), refused.messageKeys());
        assertThrows(HomeworkRefusedException.class,
                () -> asClient.call(() -> entries.submit(id, result.revision(), entry)));
        assertEquals(entry, asClient.call(() -> entries.open(id)).values(), "the sent entry never changes");

        asClient.call(() -> {
            entries.comment(id, "  I noticed later that the evening was calmer.  ");
            return null;
        });
        assertEquals("I noticed later that the evening was calmer.",
                asClient.call(() -> entries.open(id)).occurrence().getClientComment());
        assertThrows(HomeworkRefusedException.class, () -> asClient.call(() -> {
            entries.comment(id, "c".repeat(ExerciseOccurrence.COMMENT_MAX + 1));
            return null;
        }));
        assertTrue(asClient.call(() -> entries.history(0, 50)).stream().anyMatch(o -> o.getId() == id),
                "and it is in the history");
    }

    @Test
    void anotherClientsOccurrenceIsNotFoundAndAudited() throws Exception {
        Account other = testData.clientOf(testData.runAsClinician());
        long theirs = assignDaily("daily-check-in", other).get(0);
        long deniedBefore = deniedAttempts(theirs);
        for (Callable<?> attempt : List.<Callable<?>>of(
                () -> entries.open(theirs),
                () -> entries.saveDraft(theirs, 0, Map.of("mood", AnswerValue.text("5"))),
                () -> entries.submit(theirs, 0, Map.of()),
                () -> {
                    entries.comment(theirs, "hello");
                    return null;
                })) {
            assertThrows(NotFoundException.class, () -> asClient.call(attempt));
        }
        assertEquals(deniedBefore + 4, deniedAttempts(theirs));
        assertEquals(0, revisionOf(theirs), "nothing of theirs changed");
        assertThrows(NotFoundException.class, () -> asClient.call(() -> entries.open(Long.MAX_VALUE)));
    }

    @Test
    void overHttpSomeoneElsesOrAMalformedIdIsA404ForClientsAndClinicians() throws Exception {
        Account other = testData.clientOf(testData.runAsClinician());
        long mine = assignDaily("daily-check-in", other).get(0);
        long theirs = assignDaily("daily-check-in", client).get(0);

        WebClient web = new WebClient(baseUri());
        assertEquals(302, web.signIn(other.getEmail(), TestData.PASSWORD).statusCode());
        var own = web.get("client/entry.xhtml?o=" + mine);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Daily feelings check-in"), own.body());
        long deniedBefore = deniedAttempts(theirs);
        assertEquals(404, web.get("client/entry.xhtml?o=" + theirs).statusCode());
        assertEquals(deniedBefore + 1, deniedAttempts(theirs));
        for (String query : List.of("abc", "", "-1", "1e3", "99999999999999999999", String.valueOf(Long.MAX_VALUE))) {
            assertEquals(404, web.get("client/entry.xhtml?o=" + query).statusCode(), query);
        }
        assertEquals(404, web.get("client/entry.xhtml").statusCode(), "no id at all");
        assertEquals(200, web.get("client/history.xhtml").statusCode());
        assertEquals(200, web.get("client/index.xhtml").statusCode());

        WebClient clinician = new WebClient(baseUri());
        assertEquals(302, clinician.signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password).statusCode());
        assertEquals(404, clinician.get("client/entry.xhtml?o=" + mine).statusCode());
        assertEquals(404, clinician.get("client/history.xhtml").statusCode());
    }

    /**
     * The form's script saves drafts to {@code /client/entry-draft} (EntryDraftServlet) as JSON: with the session's
     * token and the revision last seen, for the signed-in client's own open occurrence only, with the form's rules (a
     * retry is harmless, a stale revision is a conflict that changes nothing, a sent entry takes no draft).
     */
    @Test
    void overHttpTheFormsScriptSavesOnlyMyOwnOpenDraftWithTheTokenAndTheRevision() throws Exception {
        Account other = testData.clientOf(testData.runAsClinician());
        long mine = assignDaily("daily-check-in", other).get(0);
        long theirs = assignDaily("daily-check-in", client).get(0);
        WebClient web = new WebClient(baseUri());
        assertEquals(302, web.signIn(other.getEmail(), TestData.PASSWORD).statusCode());
        String page = web.get("client/entry.xhtml?o=" + mine).body();
        String token = attribute(page, "data-sb-draft-token");
        assertEquals(String.valueOf(mine), attribute(page, "data-sb-occurrence"));
        String url = "client/entry-draft";
        String header = "X-SecureBase-Draft-Token";

        String answers = "{\"mood\":{\"text\":\"6\"},\"note\":{\"text\":\"Späte Sonne – a calm evening.\"},"
                + "\"extra\":{\"text\":\"  \"}}";
        var saved = web.postJson(url, draft(mine, 0, answers), header, token);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"state\":\"saved\"") && saved.body().contains("\"revision\":1"),
                saved.body());
        assertEquals(1, revisionOf(mine));
        String stored = string("SELECT draft_json FROM exercise_occurrence WHERE id = ?", mine);
        assertTrue(stored.contains("Späte Sonne – a calm evening."), "kept as typed, in UTF-8: " + stored);
        assertFalse(stored.contains("extra"), "blank text is no answer, as in the form: " + stored);

        assertEquals(200, web.postJson(url, draft(mine, 0, answers), header, token).statusCode(),
                "a retry of a save whose answer was lost");
        assertEquals(1, revisionOf(mine));
        var stale = web.postJson(url, draft(mine, 0, "{\"note\":{\"text\":\"another tab\"}}"), header, token);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("\"state\":\"conflict\""), stale.body());
        String forged = draft(mine, 1, "{\"note\":{\"text\":\"forged\"}}");
        assertEquals(403, web.postJson(url, forged, null, null).statusCode(), "no token");
        assertEquals(403, web.postJson(url, forged, header, token + "x").statusCode(), "a wrong token");
        var malformed = web.postJson(url, draft(mine, 1, "{\"note\":\"just text\"}"), header, token);
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("must be an object"), malformed.body());
        String afterAll = string("SELECT draft_json FROM exercise_occurrence WHERE id = ?", mine);
        assertFalse(afterAll.contains("another tab") || afterAll.contains("forged"), afterAll);
        assertEquals(1, revisionOf(mine));

        long deniedBefore = deniedAttempts(theirs);
        assertEquals(404, web.postJson(url, draft(theirs, 0, answers), header, token).statusCode());
        assertEquals(deniedBefore + 1, deniedAttempts(theirs), "audited");
        assertEquals(0, revisionOf(theirs), "nothing of theirs changed");

        WebClient clinician = new WebClient(baseUri());
        assertEquals(302, clinician.signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password).statusCode());
        assertEquals(404, clinician.postJson(url, draft(mine, 1, answers), header, token).statusCode(),
                "a clinician never reaches it");

        update("UPDATE exercise_occurrence SET submitted_at = CURRENT_TIMESTAMP WHERE id = ?", mine);
        var sent = web.postJson(url, draft(mine, 1, answers), header, token);
        assertEquals(409, sent.statusCode());
        assertTrue(sent.body().contains("homework.entry.error.submitted"), sent.body());
    }

    private static String draft(long occurrence, int revision, String answers) {
        return "{\"occurrence\":" + occurrence + ",\"revision\":" + revision + ",\"answers\":" + answers + "}";
    }

    private static String attribute(String html, String name) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile(name + "=\"([^\"]+)\"").matcher(html);
        assertTrue(found.find(), "the page has no " + name);
        return found.group(1);
    }

    /** "Done when": each of the ten built-in exercises can be assigned, filled in with valid answers and sent. */
    @Test
    void everyBuiltInExerciseCanBeAssignedFilledInAndSent() throws Exception {
        List<ExerciseVersion> library = asClinician.call(() -> homework.library()).stream()
                .filter(v -> v.getTemplate().getOrigin() == app.securebase.psychoed.ModuleOrigin.BUILT_IN).toList();
        assertEquals(BuiltInExercises.index().size(), library.size(), "every built-in exercise is in the library");
        LocalDate today = LocalDate.now(ZoneId.of(client.getTimeZone()));
        for (ExerciseVersion exercise : library) {
            long templateId = exercise.getTemplate().getId();
            asClinician.call(() -> homework.assign(templateId, List.of(client.getId()), null,
                    exercise.isClinicianPrompt() ? "What felt lighter this week?" : null,
                    Schedule.once(today, today, LocalTime.of(23, 59))));
            long occurrence = Long.parseLong(string("SELECT MAX(o.id) FROM exercise_occurrence o"
                    + " JOIN exercise_assignment a ON a.id = o.assignment_id WHERE a.client_id = ? AND a.template_id = ?",
                    client.getId(), templateId));
            Map<String, AnswerValue> values = new LinkedHashMap<>();
            exercise.getFields().forEach(field -> values.put(field.key(), validAnswer(field)));
            SubmitResult result = asClient.call(() -> entries.submit(occurrence, 0, values));
            assertTrue(result.submitted(), exercise.getTitle() + ": " + result.problems());
            assertEquals(values.keySet(), asClient.call(() -> entries.open(occurrence)).values().keySet(),
                    exercise.getTitle() + ": every answer is kept");
        }
    }

    private static AnswerValue validAnswer(FieldDefinition field) {
        java.math.BigDecimal lowest = field.min() != null ? field.min()
                : field.max() != null ? field.max().min(java.math.BigDecimal.ONE) : java.math.BigDecimal.ONE;
        return switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT -> AnswerValue.text("A few honest words.");
            case NUMBER, SCALE -> AnswerValue.text(lowest.stripTrailingZeros().toPlainString());
            case DATE -> AnswerValue.text(LocalDate.now().toString());
            case TIME -> AnswerValue.text("08:30");
            case SINGLE_CHOICE -> AnswerValue.text(field.options().get(0).value());
            case MULTIPLE_CHOICE, CHECKLIST -> AnswerValue.choices(field.options().get(0).value());
            case EMOTIONS -> AnswerValue.emotions(new EmotionRating(
                    EmotionVocabulary.builtIn().families().get(0).words().get(0).key(), 40));
        };
    }

    /** Assigns a built-in exercise daily for 7 days from today (on the client's clock), at 20:00, and returns the new occurrences' ids. */
    private List<Long> assignDaily(String slug, Account to) throws Exception {
        return assignDaily(slug, to, ZoneId.of(to.getTimeZone()));
    }

    private List<Long> assignDaily(String slug, Account to, ZoneId zone) throws Exception {
        long templateId = asClinician.call(() -> homework.library()).stream()
                .filter(v -> v.getTemplate().getSlug().equals(slug)).findFirst().orElseThrow()
                .getTemplate().getId();
        LocalDate today = LocalDate.now(zone);
        int planned = asClinician.call(() -> homework.assign(templateId, List.of(to.getId()), "Gently, when you can.",
                null, Schedule.daily(today, LocalTime.of(20, 0), 7, null)));
        assertEquals(7, planned);
        List<Long> ids = new java.util.ArrayList<>();
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT id FROM exercise_occurrence WHERE assignment_id = (SELECT MAX(id) FROM exercise_assignment"
                        + " WHERE client_id = ?) ORDER BY due_at")) {
            query.setLong(1, to.getId());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        assertNotEquals(0, ids.size());
        return ids;
    }

    private List<String> occurrenceDue(long id) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT due_day, due_at FROM exercise_occurrence WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return List.of(rs.getObject(1, LocalDate.class).toString(),
                        rs.getObject(2, LocalDateTime.class).toString());
            }
        }
    }

    private String string(String sql, Object... params) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Map<String, String> problems(SubmitResult result) {
        Map<String, String> byField = new LinkedHashMap<>();
        result.problems().forEach(p -> byField.put(p.field(), p.messageKey()));
        return byField;
    }

    private int revisionOf(long occurrenceId) throws SQLException {
        return (int) count("SELECT revision FROM exercise_occurrence WHERE id = ?", occurrenceId);
    }

    private long deniedAttempts(long occurrenceId) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_type = 'EXERCISE_OCCURRENCE' AND target_id = ?", occurrenceId);
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private URI baseUri() {
        return URI.create("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/");
    }
}
