package app.securebase.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.DraftConflictException;
import app.securebase.insights.ChartSources;
import app.securebase.insights.InsightsFixtures;
import app.securebase.insights.InsightsService;
import app.securebase.notes.export.NoteExportChecks;
import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.Role;
import app.securebase.testsupport.AsAdmin;
import app.securebase.testsupport.AsClient;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.Deployments;
import app.securebase.testsupport.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Session notes on the real WAR and database: drafts saved with revisions (a stale save is a conflict, never an
 * overwrite), signing with the password (a wrong one refused and audited), the lock held by the service, addenda, the
 * homework review inserted and marked reviewed, the lists paged and filtered in the database, and nobody but the
 * note's clinician reaching a note.
 *
 * <p>The export checks ({@link NoteExportChecks}) run here too, on this one deployment (one Payara Micro boot).
 */
@ExtendWith(ArquillianExtension.class)
class SessionNotesIT extends NoteExportChecks {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAs(SessionNotesIT.class, NoteExportChecks.class, TestData.class,
                InsightsFixtures.class, NoteFixtures.class);
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    InsightsFixtures homeworkFixtures;

    @Inject
    NoteFixtures noteFixtures;

    @Inject
    AsClinician asClinician;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsClient asClient;

    @Inject
    NoteService notes;

    @Inject
    InsightsService insights;

    private static NoteContent dap(LocalDate day, LocalTime start, String data) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", data);
        sections.put("assessment", "Engaged; mood improving.");
        sections.put("plan", "Continue the check-in.");
        Map<MentalStatusItem, String> mse = new EnumMap<>(MentalStatusItem.class);
        mse.put(MentalStatusItem.MOOD, "anxious");
        mse.put(MentalStatusItem.ORIENTATION, "oriented");
        return new NoteContent(day, start, 50, ServiceType.INDIVIDUAL, ServiceSetting.TELEHEALTH, NoteFormat.DAP,
                sections, new RiskAssessment(false, false, null, null, "Sister, work", RiskLevel.LOW), mse);
    }

    @Test
    void aDraftSavesByRevisionThenIsSignedLockedAndAmended() throws Exception {
        Account me = testData.runAsClinician();
        Account client = testData.clientOf(me);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SessionNote created = asClinician.call(() -> notes.create(client.getId(), NoteContent.blank(today, NoteFormat.DAP)));
        long id = created.getId();
        assertEquals(0, created.getRevision());
        assertFalse(created.isSigned());

        // Revisions: a save from the stored revision moves it on; a retry is harmless; a stale save is a conflict.
        NoteContent first = dap(today, null, "Client reports a calmer week.");
        assertEquals(1, asClinician.call(() -> notes.saveDraft(id, 0, first)));
        assertEquals(1, asClinician.call(() -> notes.saveDraft(id, 0, first)), "a retry of the same save");
        assertEquals(1, asClinician.call(() -> notes.saveDraft(id, 1, first)), "nothing changed");
        DraftConflictException conflict = assertThrows(DraftConflictException.class, () -> asClinician.call(
                () -> notes.saveDraft(id, 0, dap(today, null, "Another tab's words"))));
        assertEquals(1, conflict.storedRevision());
        assertEquals("Client reports a calmer week.", asClinician.call(() -> notes.open(id)).content().sections()
                .get("data"), "the other tab did not overwrite");
        NoteContent complete = dap(today, LocalTime.of(14, 0), "Client reports a calmer week.\nÉmilie – 日本語 <b>");
        assertEquals(2, asClinician.call(() -> notes.saveDraft(id, 1, complete)));
        assertEquals(complete, asClinician.call(() -> notes.open(id)).content(), "stored as posted");

        // Signing: incomplete refused; stale refused; wrong password refused and audited; then signed.
        long incomplete = asClinician.call(() -> notes.create(client.getId(), NoteContent.blank(today, NoteFormat.SOAP)))
                .getId();
        NoteRefusedException notReady = assertThrows(NoteRefusedException.class, () -> asClinician.call(
                () -> notes.sign(incomplete, 0, TestData.PASSWORD.toCharArray())));
        assertTrue(notReady.messageKeys().containsAll(List.of("notes.error.startTime", "notes.error.duration",
                "notes.error.empty")), notReady.messageKeys().toString());
        assertThrows(DraftConflictException.class, () -> asClinician.call(
                () -> notes.sign(id, 1, TestData.PASSWORD.toCharArray())));
        long deniedBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_SIGNED' AND outcome = 'DENIED'"
                + " AND target_id = ?", id);
        assertInstanceOf(SignResult.WrongPassword.class, asClinician.call(
                () -> notes.sign(id, 2, "not my password".toCharArray())));
        assertEquals(deniedBefore + 1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_SIGNED'"
                + " AND outcome = 'DENIED' AND target_id = ? AND detail = 'wrong password'", id));
        assertFalse(asClinician.call(() -> notes.open(id)).isSigned());
        SignResult.Signed signed = assertInstanceOf(SignResult.Signed.class, asClinician.call(
                () -> notes.sign(id, 2, TestData.PASSWORD.toCharArray())));
        assertTrue(signed.sha256().matches("[0-9a-f]{64}"));
        SessionNote locked = asClinician.call(() -> notes.open(id));
        assertTrue(locked.isSigned());
        assertEquals(me.getId(), locked.getSignedBy().getId());
        assertEquals(signed.sha256(), locked.getContentSha256());
        assertEquals(signed.signedAt(), locked.getSignedAt());
        assertEquals(NoteCanonical.sha256(NoteCanonical.note(id, client.getId(), me.getId(), complete,
                locked.getSignedAt())), locked.getContentSha256(), "the hash of the canonical text of what was saved");
        assertTrue(locked.verify());
        assertEquals(signed.sha256(), text("SELECT content_sha256 FROM session_note WHERE id = ?", id));

        // Locked in the service: no save, no second signature, no homework review.
        NoteRefusedException refused = assertThrows(NoteRefusedException.class, () -> asClinician.call(
                () -> notes.saveDraft(id, 3, dap(today, LocalTime.of(14, 0), "Rewritten"))));
        assertEquals(List.of("notes.error.signed"), refused.messageKeys());
        assertThrows(NoteRefusedException.class, () -> asClinician.call(
                () -> notes.sign(id, 3, TestData.PASSWORD.toCharArray())));
        assertThrows(NoteRefusedException.class, () -> asClinician.call(
                () -> notes.insertHomeworkReview(id, 3, complete, false, ZoneOffset.UTC)));
        assertEquals(complete, asClinician.call(() -> notes.open(id)).content());

        // Addenda: only on a signed note, only with the password, each signed and verifiable.
        assertThrows(NoteRefusedException.class, () -> asClinician.call(
                () -> notes.addAddendum(incomplete, "Too early", TestData.PASSWORD.toCharArray())));
        assertInstanceOf(SignResult.WrongPassword.class, asClinician.call(
                () -> notes.addAddendum(id, "Correction", "wrong".toCharArray())));
        SignResult.Signed amended = assertInstanceOf(SignResult.Signed.class, asClinician.call(
                () -> notes.addAddendum(id, "Correction: the session was 45 minutes.", TestData.PASSWORD.toCharArray())));
        SessionNote withAddendum = asClinician.call(() -> notes.open(id));
        assertEquals(1, withAddendum.getAddenda().size());
        NoteAddendum addendum = withAddendum.getAddenda().get(0);
        assertEquals("Correction: the session was 45 minutes.", addendum.getBody());
        assertEquals(amended.sha256(), addendum.getContentSha256());
        assertTrue(addendum.verify());
        assertTrue(withAddendum.verify(), "the original stays as signed");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_ADDENDUM_SIGNED'"
                + " AND outcome = 'ALLOWED' AND target_id = ?", id));

        // The document the exports render.
        NoteDocument document = asClinician.call(() -> notes.document(id));
        assertEquals("C-" + client.getId(), document.clientIdentifier());
        assertEquals(client.getDisplayName(), document.clientName());
        assertEquals(List.of("Data", "Assessment", "Plan"),
                document.sections().stream().map(NoteDocument.Section::heading).toList());
        assertEquals("Client reports a calmer week.\nÉmilie – 日本語 <b>", document.sections().get(0).text());
        assertEquals("Individual therapy · Telehealth", document.serviceLabel());
        assertEquals(signed.sha256(), document.signature().sha256());
        assertEquals(1, document.addenda().size());
        assertTrue(document.risk().lines().contains(new NoteDocument.Line("Suicidal ideation", "Denied")));
        assertTrue(document.risk().lines().contains(new NoteDocument.Line("Overall risk level", "Low")));
        assertTrue(document.mentalStatus().contains(new NoteDocument.Line("Mood", "Anxious")));
        assertNull(asClinician.call(() -> notes.document(incomplete)).signature());

        // Every read and change audited.
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_CREATED' AND target_id = ?", id));
        assertEquals(2, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_SAVED' AND target_id = ?", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_SIGNED' AND outcome = 'ALLOWED'"
                + " AND target_id = ?", id));
        assertEquals(7, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_VIEWED' AND target_id = ?"
                + " AND target_type = 'SESSION_NOTE'", id));

        // Changed behind the application's back: the signature no longer verifies.
        noteFixtures.tamper(id, "{\"data\":\"Rewritten\",\"assessment\":\"\",\"plan\":\"\"}");
        assertFalse(asClinician.call(() -> notes.open(id)).verify());
    }

    @Test
    void theHomeworkReviewFillsTheFirstSectionAndMarksEntriesReviewed() throws Exception {
        Account me = testData.runAsClinician();
        Account client = testData.clientOf(me);
        long clientId = client.getId();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Long> checkIns = homeworkFixtures.occurrences(client, ChartSources.DAILY_CHECK_IN,
                List.of(now.minus(DAY.multipliedBy(2)), now.minus(DAY.multipliedBy(20))));
        homeworkFixtures.submit(checkIns.get(0), now.minus(DAY.multipliedBy(2)).minus(HOUR),
                "{\"mood\":{\"text\":\"6\"},\"emotions\":{\"emotions\":[{\"emotion\":\"sad.lonely\",\"intensity\":40}]}}");
        homeworkFixtures.submit(checkIns.get(1), now.minus(DAY.multipliedBy(20)),
                "{\"mood\":{\"text\":\"2\"}}");
        homeworkFixtures.occurrences(client, ChartSources.EMOTION_LOG, List.of(now.minus(DAY)));
        homeworkFixtures.reflection(client, "I saw my own family in it.", now.minus(DAY));

        assertEquals(today.minusDays(7), asClinician.call(() -> insights.defaultSince(clientId, today)));
        long previous = asClinician.call(() -> notes.create(clientId, NoteContent.blank(today.minusDays(10),
                NoteFormat.DAP))).getId();
        assertEquals(today.minusDays(10), asClinician.call(() -> insights.defaultSince(clientId, today)),
                "since last session starts at the last session note");
        assertEquals(today.minusDays(17), asClinician.call(() -> notes.reviewStart(notes.open(previous))),
                "no note before it: a week before its session");

        SessionNote note = asClinician.call(() -> notes.create(clientId, NoteContent.blank(today, NoteFormat.SOAP)));
        long id = note.getId();
        NoteContent typed = note.content().withSection("subjective", "Opening words.");
        NoteService.ReviewInserted review = asClinician.call(
                () -> notes.insertHomeworkReview(id, 0, typed, false, ZoneOffset.UTC));
        String subjective = review.content().sections().get("subjective");
        assertTrue(subjective.startsWith("Opening words.\n\nHomework since "), subjective);
        assertTrue(subjective.contains("Completed (1):"), subjective);
        assertTrue(subjective.contains("Daily feelings check-in"), subjective);
        assertTrue(subjective.contains("Sad – lonely: 40"), subjective);
        assertTrue(subjective.contains("Missed (1):") && subjective.contains("Emotion log"), subjective);
        assertFalse(subjective.contains("own family"), "reflections only when asked for");
        assertFalse(subjective.contains("2 / 10"), "before the previous session");
        assertEquals("", review.content().sections().get("objective"));
        assertEquals(1, review.revision());
        assertEquals(1, review.markedReviewed());
        assertEquals(review.content(), asClinician.call(() -> notes.open(id)).content(), "saved as a draft");
        assertNotNull(text("SELECT reviewed_at FROM exercise_occurrence WHERE id = ?",
                checkIns.get(0)));
        assertNull(text("SELECT reviewed_at FROM exercise_occurrence WHERE id = ?",
                checkIns.get(1)));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_REVIEWED' AND target_id = ?",
                checkIns.get(0)));

        // Again with the written answers: the reflection comes in; nothing left to mark.
        NoteService.ReviewInserted again = asClinician.call(() -> notes.insertHomeworkReview(id, 1,
                review.content().withSection("subjective", ""), true, ZoneOffset.UTC));
        assertTrue(again.content().sections().get("subjective").startsWith("Homework since "));
        assertTrue(again.content().sections().get("subjective").contains("I saw my own family in it."));
        assertEquals(0, again.markedReviewed());
        assertThrows(DraftConflictException.class, () -> asClinician.call(
                () -> notes.insertHomeworkReview(id, 1, typed, false, ZoneOffset.UTC)), "stale: nothing overwritten");
    }

    @Test
    void listsPageFilterAndSearchInTheDatabase() throws Exception {
        Account me = testData.runAsClinician();
        Account client = testData.clientOf(me);
        long clientId = client.getId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long unsignedBefore = asClinician.call(() -> notes.countUnsigned());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int k = i;
            String data = "Session " + k + (k % 5 == 0 ? ": practised Grounding 100% of days" : ": talked");
            ids.add(asClinician.call(() -> notes.create(clientId, dap(today.minusDays(k), LocalTime.of(9, 0), data)))
                    .getId());
        }
        assertEquals(25, asClinician.call(() -> notes.countNotesOf(clientId, NoteFilter.NONE)));
        List<SessionNote> page1 = asClinician.call(() -> notes.notesOf(clientId, NoteFilter.NONE, 0, 10));
        List<SessionNote> page3 = asClinician.call(() -> notes.notesOf(clientId, NoteFilter.NONE, 20, 10));
        assertEquals(ids.subList(0, 10), page1.stream().map(SessionNote::getId).toList(), "newest session first");
        assertEquals(ids.subList(20, 25), page3.stream().map(SessionNote::getId).toList());
        NoteFilter range = new NoteFilter(today.minusDays(9), today.minusDays(5), null);
        assertEquals(5, asClinician.call(() -> notes.countNotesOf(clientId, range)));
        assertEquals(ids.subList(5, 10), asClinician.call(() -> notes.notesOf(clientId, range, 0, 10)).stream()
                .map(SessionNote::getId).toList());
        NoteFilter search = new NoteFilter(null, null, "  GROUNDING ");
        assertEquals(5, asClinician.call(() -> notes.countNotesOf(clientId, search)));
        assertEquals(List.of(ids.get(0), ids.get(5), ids.get(10), ids.get(15), ids.get(20)), asClinician.call(
                () -> notes.notesOf(clientId, search, 0, 10)).stream().map(SessionNote::getId).toList());
        assertEquals(5, asClinician.call(() -> notes.countNotesOf(clientId, new NoteFilter(null, null, "100%"))));
        assertEquals(0, asClinician.call(() -> notes.countNotesOf(clientId, new NoteFilter(null, null, "1_0%"))),
                "wildcards are searched as typed");
        assertEquals(1, asClinician.call(() -> notes.countNotesOf(clientId,
                new NoteFilter(today.minusDays(12), today.minusDays(8), "grounding"))));
        assertEquals(4, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_VIEWED' AND target_type = 'CLIENT'"
                + " AND target_id = ? AND detail LIKE 'list:%'", clientId), "each page read audited, counts not");

        // The unsigned queue: oldest session first; signing one takes it off.
        assertEquals(unsignedBefore + 25, asClinician.call(() -> notes.countUnsigned()));
        List<Long> queue = asClinician.call(() -> notes.unsignedOf(clientId, 3)).stream().map(SessionNote::getId)
                .toList();
        assertEquals(List.of(ids.get(24), ids.get(23), ids.get(22)), queue);
        assertInstanceOf(SignResult.Signed.class, asClinician.call(
                () -> notes.sign(ids.get(24), 0, TestData.PASSWORD.toCharArray())));
        assertEquals(unsignedBefore + 24, asClinician.call(() -> notes.countUnsigned()));
        List<SessionNote> all = asClinician.call(() -> notes.unsigned(0, 1000));
        assertTrue(all.stream().noneMatch(n -> n.getId().equals(ids.get(24))));
        assertTrue(all.stream().map(SessionNote::getId).toList().containsAll(ids.subList(0, 24)));
        assertEquals(client.getDisplayName(), all.stream().filter(n -> n.getId().equals(ids.get(0))).findFirst()
                .orElseThrow().getClient().getDisplayName());

        // Ids for the range exports, in session order.
        assertEquals(List.of(ids.get(9), ids.get(8), ids.get(7)),
                asClinician.call(() -> notes.noteIds(clientId, today.minusDays(9), today.minusDays(7))));
        assertTrue(asClinician.call(() -> notes.myNoteIds(today.minusDays(30), today)).containsAll(ids));
        assertEquals(List.of(), asClinician.call(() -> notes.noteIds(clientId, today.plusDays(1), today.plusDays(9))));
    }

    @Test
    void onlyTheNotesClinicianReachesItAnyoneElseFindsNothing() throws Exception {
        Account me = testData.runAsClinician();
        Account mine = testData.clientOf(me);
        Account other = testData.staff(Role.CLINICIAN);
        Account theirs = testData.clientOf(other);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long theirNote = noteFixtures.draftOf(other, theirs, today);
        // A note another clinician wrote about a client now on my caseload (before a transfer) is theirs, not mine.
        long oldNote = noteFixtures.draftOf(other, mine, today.minusDays(3));
        char[] password = TestData.PASSWORD.toCharArray();
        NoteContent content = dap(today, LocalTime.NOON, "x");

        for (long noteId : List.of(theirNote, oldNote)) {
            assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.open(noteId)));
            assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.saveDraft(noteId, 0, content)));
            assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.sign(noteId, 0, password)));
            assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.addAddendum(noteId, "a", password)));
            assertThrows(NotFoundException.class, () -> asClinician.call(
                    () -> notes.insertHomeworkReview(noteId, 0, content, true, ZoneOffset.UTC)));
            assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.document(noteId)));
            assertEquals(6, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                    + " AND target_type = 'SESSION_NOTE' AND target_id = ? AND outcome = 'DENIED'", noteId));
            assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action IN ('NOTE_VIEWED', 'NOTE_SAVED',"
                    + " 'NOTE_SIGNED') AND target_id = ? AND target_type = 'SESSION_NOTE'", noteId));
        }
        assertEquals(0, asClinician.call(() -> notes.countNotesOf(mine.getId(), NoteFilter.NONE)),
                "the old clinician's note is not in my list");

        long theirId = theirs.getId();
        long deniedBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_type = 'CLIENT' AND target_id = ?", theirId);
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.create(theirId, content)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.notesOf(theirId, NoteFilter.NONE, 0, 10)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.countNotesOf(theirId, NoteFilter.NONE)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> notes.noteIds(theirId, today, today)));
        assertEquals(deniedBefore + 4, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_type = 'CLIENT' AND target_id = ?", theirId));

        // An admin manages accounts, not clinical content; a client never reaches notes.
        long myNote = asClinician.call(() -> notes.create(mine.getId(), content)).getId();
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> notes.open(myNote)));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> notes.document(myNote)));
        assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> notes.myNoteIds(today, today)));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> notes.open(myNote)));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> notes.notesOf(mine.getId(), NoteFilter.NONE, 0, 1)));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_VIEWED' AND target_id = ?"
                + " AND target_type = 'SESSION_NOTE'", myNote));
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String text(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
