package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.ModuleStatus;
import app.securebase.security.Account;
import app.securebase.security.Role;
import app.securebase.testsupport.AsClient;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Homework as the clinician handles it, on the real WAR and database, as a real clinician
 * ({@link TestData#runAsClinician()}) and client: the built-in exercises, assigning with a schedule planned in the
 * client's time zone, the refusals the form shows, cancelling and ending that never touch a submission, review, and
 * another clinician's client or occurrence answering as missing and audited as denied.
 *
 * <p>Run by {@link ExerciseBuilderIT}, on its deployment: one Payara Micro boot for both classes.
 */
abstract class HomeworkChecks {

    private static final String CHECK_IN = "daily-check-in";
    private static final String JOURNALING = "journaling-prompt";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");


    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory emf;

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

    @Inject
    ExerciseLoader loader;

    @Inject
    HomeworkFixtures fixtures;

    private Account client;

    @BeforeEach
    void homeworkAccounts() {
        if (testData == null) { // in ExerciseBuilderIT's test that runs as an HTTP client, outside the server
            return;
        }
        testData.runAsClinician();
        client = testData.runAsClient();
    }

    @Test
    void theTenBuiltInExercisesArePublishedAndLoadingThemAgainChangesNothing() throws Exception {
        List<String> slugs = BuiltInExercises.all().stream().map(ExerciseFile::slug).toList();
        assertEquals(10, slugs.size());
        List<ExerciseVersion> library = asClinician.call(() -> homework.library());
        List<String> published = library.stream().map(v -> v.getTemplate().getSlug()).toList();
        assertTrue(published.containsAll(slugs), published.toString());
        for (ExerciseVersion version : library.stream().filter(v -> slugs.contains(v.getTemplate().getSlug())).toList()) {
            assertEquals(ModuleStatus.PUBLISHED, version.getTemplate().getStatus());
            assertFalse(version.getFields().isEmpty(), version.getTitle());
            assertFalse(version.getInstructionsHtml().isBlank());
            assertFalse(version.getWhyHtml().isBlank());
            assertEquals(JOURNALING.equals(version.getTemplate().getSlug()), version.isClinicianPrompt());
        }
        for (String fileName : BuiltInExercises.index()) {
            assertEquals(ExerciseLoader.Outcome.UNCHANGED, loader.load(fileName, BuiltInExercises.read(fileName)),
                    fileName);
        }
        assertEquals(library.size(), asClinician.call(() -> homework.library()).size());
    }

    @Test
    void aChangedFileMakesVersionTwoAndAnAssignmentKeepsVersionOne() throws Exception {
        String slug = "it-exercise-" + UUID.randomUUID().toString().substring(0, 8);
        String fileName = "99-" + slug + ".md";
        String text = BuiltInExercises.read("02-daily-check-in.md")
                .replace("slug: daily-check-in", "slug: " + slug)
                .replace("title: Daily feelings check-in", "title: Test exercise " + slug)
                .replace("order: 2", "order: 99");
        try {
            assertEquals(ExerciseLoader.Outcome.NEW_TEMPLATE, loader.load(fileName, text));
            assertEquals(ExerciseLoader.Outcome.UNCHANGED, loader.load(fileName, text));
            long templateId = templateId(slug);
            ExerciseVersion first = asClinician.call(() -> homework.findPublished(templateId)).orElseThrow();
            assertEquals(1, first.getVersionNumber());
            asClinician.call(() -> homework.assign(templateId, List.of(client.getId()), null, null,
                    Schedule.once(LocalDate.now(), LocalDate.now().plusDays(3), LocalTime.of(18, 0))));
            long assignmentId = latestAssignment(client);

            String changed = text.replace("Take a moment to stop", "Take a short moment to stop");
            assertEquals(ExerciseLoader.Outcome.NEW_VERSION, loader.load(fileName, changed));
            ExerciseVersion second = asClinician.call(() -> homework.findPublished(templateId)).orElseThrow();
            assertEquals(2, second.getVersionNumber());
            assertTrue(second.getInstructionsHtml().contains("Take a short moment"));

            assertEquals(String.valueOf(first.getId()),
                    row("SELECT version_id FROM exercise_assignment WHERE id = ?", assignmentId).get(0));
            ExerciseOccurrence occurrence = occurrencesOf(client, assignmentId).get(0);
            ExerciseVersion pinned = asClinician.call(() -> homework.view(occurrence.getId()))
                    .getAssignment().getExerciseVersion();
            assertEquals(first.getId(), pinned.getId());
            assertFalse(pinned.getInstructionsHtml().contains("Take a short moment"));
        } finally {
            // Keeps this run's test exercise out of the library other tests and the demo see. Plain SQL goes behind
            // JPA's back, so the shared cache of practice content must forget the template.
            update("UPDATE exercise_template SET status = 'ARCHIVED' WHERE slug = ?", slug);
            emf.getCache().evict(ExerciseTemplate.class);
        }
    }

    @Test
    void aDailyScheduleOfSevenComesDueAtTheSameLocalTimeAcrossADaylightSavingChange() throws Exception {
        Account newYorker = testData.clientOf(testData.runAsClinician());
        update("UPDATE account SET time_zone = 'America/New_York' WHERE id = ?", newYorker.getId());
        Instant change = NEW_YORK.getRules().nextTransition(Instant.now().plus(Duration.ofDays(4))).getInstant();
        LocalDate start = change.atZone(NEW_YORK).toLocalDate().minusDays(3);
        long templateId = templateId(CHECK_IN);

        int planned = asClinician.call(() -> homework.assign(templateId, List.of(newYorker.getId()), "Evenings",
                null, Schedule.daily(start, LocalTime.of(20, 0), 7, null)));
        assertEquals(7, planned);
        long assignmentId = latestAssignment(newYorker);
        assertEquals("America/New_York", row("SELECT time_zone FROM exercise_assignment WHERE id = ?",
                assignmentId).get(0));

        List<ExerciseOccurrence> occurrences = new ArrayList<>(occurrencesOf(newYorker, assignmentId));
        assertEquals(7, occurrences.size());
        occurrences.sort((a, b) -> a.getDueAt().compareTo(b.getDueAt()));
        List<Duration> gaps = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ZonedDateTime due = occurrences.get(i).getDueAt().atZone(NEW_YORK);
            assertEquals(start.plusDays(i), due.toLocalDate());
            assertEquals(LocalTime.of(20, 0), due.toLocalTime(), "20:00 on the client's clock, day " + i);
            assertEquals(start.plusDays(i), occurrences.get(i).getDueDay());
            if (i > 0) {
                gaps.add(Duration.between(occurrences.get(i - 1).getDueAt(), occurrences.get(i).getDueAt()));
            }
        }
        assertTrue(gaps.contains(Duration.ofHours(23)) || gaps.contains(Duration.ofHours(25)),
                "one day of the week is an hour shorter or longer: " + gaps);
        assertEquals(OccurrenceStatus.UPCOMING, occurrences.get(0).status(Instant.now()));
    }

    @Test
    void aWeeklyScheduleComesDueOnTheChosenDaysOnly() throws Exception {
        long templateId = templateId(CHECK_IN);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate until = start.plusDays(20);
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        long expected = start.datesUntil(until.plusDays(1)).filter(d -> days.contains(d.getDayOfWeek())).count();

        assertEquals(expected, asClinician.call(() -> homework.assign(templateId, List.of(client.getId()), null, null,
                Schedule.weekly(start, days, LocalTime.of(9, 30), null, until))).longValue());
        List<ExerciseOccurrence> byDate = occurrencesOf(client, latestAssignment(client));
        assertEquals(expected, byDate.size());
        assertTrue(byDate.stream().allMatch(o -> days.contains(o.getDueDay().getDayOfWeek())));
        assertTrue(byDate.stream().noneMatch(o -> o.getDueDay().isAfter(until) || o.getDueDay().isBefore(start)));

        assertEquals(3, asClinician.call(() -> homework.assign(templateId, List.of(client.getId()), null, null,
                Schedule.weekly(start, Set.of(DayOfWeek.TUESDAY), LocalTime.of(9, 30), 3, null))).intValue());
        assertTrue(occurrencesOf(client, latestAssignment(client)).stream()
                .allMatch(o -> o.getDueDay().getDayOfWeek() == DayOfWeek.TUESDAY));
    }

    @Test
    void badRequestsAreRefusedWithEveryReasonTheFormCanShow() throws Exception {
        long checkIn = templateId(CHECK_IN);
        long journaling = templateId(JOURNALING);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long before = count("SELECT COUNT(*) FROM exercise_assignment WHERE client_id = ?", client.getId());

        assertEquals(List.of("homework.schedule.error.end", "homework.assign.error.noClient"),
                refusal(() -> homework.assign(checkIn, List.of(), null, null,
                        Schedule.daily(today, LocalTime.of(20, 0), null, null))));
        assertEquals(List.of("homework.assign.error.promptRequired"), refusal(() -> homework.assign(journaling,
                List.of(client.getId()), null, "  ", Schedule.once(today, today.plusDays(2), LocalTime.NOON))));
        assertEquals(List.of("homework.assign.error.startInPast"), refusal(() -> homework.assign(checkIn,
                List.of(client.getId()), null, null, Schedule.daily(today.minusDays(5), LocalTime.NOON, 3, null))));
        assertEquals(List.of("homework.schedule.error.weekdays"), refusal(() -> homework.assign(checkIn,
                List.of(client.getId()), null, null, Schedule.weekly(today, Set.of(), LocalTime.NOON, 3, null))));
        assertEquals(List.of("homework.schedule.error.dueBeforeStart"), refusal(() -> homework.assign(checkIn,
                List.of(client.getId()), null, null, Schedule.once(today.plusDays(3), today.plusDays(1), LocalTime.NOON))));
        assertEquals(List.of("homework.assign.error.instructionsTooLong"), refusal(() -> homework.assign(checkIn,
                List.of(client.getId()), "x".repeat(ExerciseAssignment.INSTRUCTIONS_MAX + 1), null,
                Schedule.once(today, today, LocalTime.NOON))));
        assertEquals(before, count("SELECT COUNT(*) FROM exercise_assignment WHERE client_id = ?", client.getId()),
                "nothing was assigned");

        asClinician.call(() -> homework.assign(journaling, List.of(client.getId()), null, "What did today teach you?",
                Schedule.once(today, today.plusDays(2), LocalTime.NOON)));
        assertEquals("What did today teach you?", row("SELECT prompt FROM exercise_assignment WHERE id = ?",
                latestAssignment(client)).get(0));
    }

    @Test
    void endingCancelsOnlyFutureUnsubmittedOccurrencesAndASubmissionIsNeverTouched() throws Exception {
        long templateId = templateId(CHECK_IN);
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        asClinician.call(() -> homework.assign(templateId, List.of(client.getId()), null, null,
                Schedule.daily(yesterday, LocalTime.of(0, 30), 6, null)));
        long assignmentId = latestAssignment(client);
        List<ExerciseOccurrence> occurrences = occurrencesOf(client, assignmentId);
        assertEquals(6, occurrences.size());
        ExerciseOccurrence cancelledAlone = occurrences.get(2);
        ExerciseOccurrence submitted = occurrences.get(3);
        submit(submitted.getId());
        String entry = row("SELECT entry_json, submitted_at FROM exercise_occurrence WHERE id = ?",
                submitted.getId()).toString();

        HomeworkRefusedException refused = assertThrows(HomeworkRefusedException.class,
                () -> asClinician.call(() -> {
                    homework.cancel(submitted.getId());
                    return null;
                }));
        assertEquals(List.of("homework.cancel.error.submitted"), refused.messageKeys());
        asClinician.call(() -> {
            homework.cancel(cancelledAlone.getId());
            return null;
        });

        Instant now = Instant.now();
        long stillAhead = occurrencesOf(client, assignmentId).stream().filter(o -> o.getDueAt().isAfter(now)
                && o.getSubmittedAt() == null && o.getCancelledAt() == null).count();
        assertTrue(occurrences.get(0).getDueAt().isBefore(now), "the first one is past");
        assertTrue(submitted.getDueAt().isAfter(now), "the submitted one was not due yet");
        int cancelled = asClinician.call(() -> homework.end(assignmentId));
        assertEquals(stillAhead, cancelled);

        Map<Long, ExerciseOccurrence> after = new java.util.HashMap<>();
        occurrencesOf(client, assignmentId).forEach(o -> after.put(o.getId(), o));
        assertNull(after.get(occurrences.get(0).getId()).getCancelledAt(), "a past occurrence is left as it was");
        assertEquals(OccurrenceStatus.SUBMITTED, after.get(submitted.getId()).status(Instant.now()));
        assertNull(after.get(submitted.getId()).getCancelledAt());
        assertEquals(entry, row("SELECT entry_json, submitted_at FROM exercise_occurrence WHERE id = ?",
                submitted.getId()).toString(), "the submission is untouched");
        for (int i : new int[] {2, 4, 5}) {
            ExerciseOccurrence o = after.get(occurrences.get(i).getId());
            assertEquals(OccurrenceStatus.CANCELLED, o.status(Instant.now()), "day " + i);
        }
        assertNotNull(row("SELECT ended_at FROM exercise_assignment WHERE id = ?", assignmentId).get(0));
        assertEquals(0, asClinician.call(() -> homework.end(assignmentId)).intValue(), "ending twice changes nothing");
    }

    @Test
    void aFutureOccurrenceCanBeMovedOnTheClientsClockAndAPastOrSentOneCannot() throws Exception {
        String zoneBefore = row("SELECT time_zone FROM account WHERE id = ?", client.getId()).get(0);
        update("UPDATE account SET time_zone = ? WHERE id = ?", NEW_YORK.getId(), client.getId());
        // A schedule may start yesterday on the clinician's clock. With the clinician in New York too, yesterday in
        // New York is allowed at any hour (a clinician on UTC would refuse it between midnight and 5 a.m. UTC).
        long clinicianId = testData.runAsClinician().getId();
        String clinicianZoneBefore = row("SELECT time_zone FROM account WHERE id = ?", clinicianId).get(0);
        update("UPDATE account SET time_zone = ? WHERE id = ?", NEW_YORK.getId(), clinicianId);
        try {
            long templateId = templateId(CHECK_IN);
            LocalDate yesterday = LocalDate.now(NEW_YORK).minusDays(1);
            asClinician.call(() -> homework.assign(templateId, List.of(client.getId()), null, null,
                    Schedule.daily(yesterday, LocalTime.of(0, 30), 4, null)));
            List<ExerciseOccurrence> occurrences = occurrencesOf(client, latestAssignment(client));
            ExerciseOccurrence past = occurrences.get(0);
            ExerciseOccurrence ahead = occurrences.get(3);
            LocalDate later = LocalDate.now(NEW_YORK).plusDays(10);

            ExerciseOccurrence moved = asClinician.call(() -> homework.reschedule(ahead.getId(), later, LocalTime.of(19, 45)));
            assertEquals(later.atTime(19, 45).atZone(NEW_YORK).toInstant(), moved.getDueAt(), "on the client's clock");
            assertEquals(later, moved.getDueDay());
            assertEquals(later.atStartOfDay(NEW_YORK).toInstant(), moved.getAvailableFrom());
            assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_OCCURRENCE_RESCHEDULED'"
                    + " AND target_id = ?", ahead.getId()));

            assertEquals(List.of("homework.reschedule.error.notAhead"),
                    refusal(() -> homework.reschedule(past.getId(), later, LocalTime.NOON)), "a past one stays");
            assertEquals(List.of("homework.reschedule.error.inPast"), refusal(() -> homework.reschedule(
                    occurrences.get(2).getId(), LocalDate.now(NEW_YORK).minusDays(3), LocalTime.NOON)));
            submit(occurrences.get(2).getId());
            assertEquals(List.of("homework.reschedule.error.notAhead"),
                    refusal(() -> homework.reschedule(occurrences.get(2).getId(), later, LocalTime.NOON)), "a sent one stays");
        } finally {
            update("UPDATE account SET time_zone = ? WHERE id = ?", zoneBefore, client.getId());
            update("UPDATE account SET time_zone = ? WHERE id = ?", clinicianZoneBefore, clinicianId);
        }
    }

    @Test
    void feedbackAndReviewClearTheUnreviewedCountAndEveryViewIsAudited() throws Exception {
        long templateId = templateId(CHECK_IN);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        asClinician.call(() -> homework.assign(templateId, List.of(client.getId()), null, null,
                Schedule.once(today, today.plusDays(1), LocalTime.NOON)));
        long occurrenceId = occurrencesOf(client, latestAssignment(client)).get(0).getId();

        assertEquals(List.of("homework.review.error.notSubmitted"), refusal(() -> {
            homework.feedback(occurrenceId, "Too early");
            return null;
        }));
        long unreviewed = asClinician.call(() -> homework.unreviewedCount());
        submit(occurrenceId);
        assertEquals(unreviewed + 1, asClinician.call(() -> homework.unreviewedCount()).longValue());

        assertEquals(List.of("homework.review.error.feedbackEmpty"), refusal(() -> {
            homework.feedback(occurrenceId, "   ");
            return null;
        }));
        assertEquals(List.of("homework.review.error.feedbackTooLong"), refusal(() -> {
            homework.feedback(occurrenceId, "x".repeat(ExerciseOccurrence.FEEDBACK_MAX + 1));
            return null;
        }));
        asClinician.call(() -> {
            homework.feedback(occurrenceId, "  You noticed loneliness and named it: well done.  ");
            homework.markReviewed(occurrenceId);
            return null;
        });
        assertEquals(unreviewed, asClinician.call(() -> homework.unreviewedCount()).longValue());

        long viewedBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_VIEWED'"
                + " AND target_type = 'EXERCISE_OCCURRENCE' AND target_id = ?", occurrenceId);
        ExerciseOccurrence seen = asClinician.call(() -> homework.view(occurrenceId));
        assertEquals(viewedBefore + 1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_VIEWED'"
                + " AND target_type = 'EXERCISE_OCCURRENCE' AND target_id = ?", occurrenceId));
        assertEquals("You noticed loneliness and named it: well done.", seen.getFeedback());
        assertNotNull(seen.getReviewedAt());
        assertEquals(OccurrenceStatus.REVIEWED, seen.status(Instant.now()));
        assertEquals("40", String.valueOf(HomeworkJson.readEntry(seen.getEntryJson()).get("emotions").emotions()
                .get(0).intensity()));

        long listedBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_VIEWED'"
                + " AND target_type = 'CLIENT' AND target_id = ?", client.getId());
        asClinician.call(() -> homework.occurrencesOf(client.getId(), 5));
        assertEquals(listedBefore + 1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_VIEWED'"
                + " AND target_type = 'CLIENT' AND target_id = ?", client.getId()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_REVIEWED' AND target_id = ?",
                occurrenceId));
    }

    @Test
    void anotherCliniciansClientAndOccurrenceAnswerAsMissingAndAreAuditedAsDenied() throws Exception {
        long templateId = templateId(CHECK_IN);
        Account otherClinician = testData.staff(Role.CLINICIAN);
        Account theirClient = testData.clientOf(otherClinician);
        long[] theirs = fixtures.assign(theirClient, CHECK_IN);
        long theirAssignment = theirs[0];
        long theirOccurrence = theirs[1];
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long mineBefore = count("SELECT COUNT(*) FROM exercise_assignment WHERE client_id = ?", client.getId());

        assertThrows(NotFoundException.class, () -> asClinician.call(() -> homework.assign(templateId,
                List.of(client.getId(), theirClient.getId()), null, null, Schedule.once(today, today, LocalTime.NOON))));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> homework.occurrencesOf(theirClient.getId(), 10)));
        assertEquals(2, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_type = 'CLIENT'"
                + " AND target_id = ?", theirClient.getId()));
        assertEquals(mineBefore, count("SELECT COUNT(*) FROM exercise_assignment WHERE client_id = ?", client.getId()),
                "nothing was assigned, not even to my own client");

        List<Callable<Object>> onTheirOccurrence = List.of(
                () -> homework.view(theirOccurrence),
                () -> {
                    homework.cancel(theirOccurrence);
                    return null;
                },
                () -> {
                    homework.feedback(theirOccurrence, "Not mine to write");
                    return null;
                },
                () -> {
                    homework.markReviewed(theirOccurrence);
                    return null;
                },
                () -> homework.view(Long.MAX_VALUE));
        for (Callable<Object> call : onTheirOccurrence) {
            assertThrows(NotFoundException.class, () -> asClinician.call(call));
        }
        assertEquals(4, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_type = 'EXERCISE_OCCURRENCE' AND target_id = ?", theirOccurrence));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> homework.end(theirAssignment)));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_type = 'EXERCISE_ASSIGNMENT' AND target_id = ?", theirAssignment));
        assertEquals(0, count("SELECT COUNT(*) FROM exercise_occurrence WHERE assignment_id = ?"
                + " AND cancelled_at IS NOT NULL", theirAssignment), "their homework is untouched");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'HOMEWORK_VIEWED'"
                + " AND target_type = 'EXERCISE_OCCURRENCE' AND target_id = ?", theirOccurrence));

        assertThrows(EJBAccessException.class, () -> homework.library(), "only clinicians");
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> homework.unreviewedCount()));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> homework.view(theirOccurrence)));
    }

    /** Submits the daily check-in as the client would: a mood, one emotion, a need. */
    private void submit(long occurrenceId) throws Exception {
        SubmitResult result = asClient.call(() -> entries.submit(occurrenceId, entries.open(occurrenceId).revision(),
                Map.of("mood", AnswerValue.text("7"),
                        "emotions", AnswerValue.emotions(new EmotionRating("sad.lonely", 40)),
                        "need", AnswerValue.text("rest"))));
        assertTrue(result.submitted(), result.problems().toString());
    }

    /** The assignment's occurrences, first due first. */
    private List<ExerciseOccurrence> occurrencesOf(Account owner, long assignmentId) throws Exception {
        List<ExerciseOccurrence> rows = new ArrayList<>(asClinician.call(() -> homework.occurrencesOf(owner.getId(), 2000))
                .stream().filter(o -> o.getAssignment().getId() == assignmentId).toList());
        rows.sort((a, b) -> a.getDueAt().compareTo(b.getDueAt()));
        return rows;
    }

    private long templateId(String slug) throws SQLException {
        return count("SELECT id FROM exercise_template WHERE slug = ?", slug);
    }

    private long latestAssignment(Account owner) throws SQLException {
        return count("SELECT MAX(id) FROM exercise_assignment WHERE client_id = ?", owner.getId());
    }

    private List<String> refusal(Callable<?> work) {
        return assertThrows(HomeworkRefusedException.class, () -> asClinician.call(work)).messageKeys();
    }

    private long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(row(sql, params).get(0));
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private List<String> row(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), sql);
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    values.add(rs.getString(c));
                }
                return values;
            }
        }
    }
}
