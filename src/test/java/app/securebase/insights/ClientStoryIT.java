package app.securebase.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.HomeworkService;
import app.securebase.insights.web.WrittenEntry;
import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.Role;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client's story on the real WAR and database: a fresh client of the run-as clinician gets a history made to
 * measure ({@link InsightsFixtures}); the timeline pages in the database, "since last session" lists what was completed,
 * missed and written, the charts sum up the real stored entries, and every read is audited. Another clinician's client
 * is out of reach (refused and audited as denied); a client reads only their own progress.
 */
@ExtendWith(ArquillianExtension.class)
class ClientStoryIT {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAs(ClientStoryIT.class, TestData.class, InsightsFixtures.class);
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    InsightsFixtures fixtures;

    @Inject
    AsClinician asClinician;

    @Inject
    AsClient asClient;

    @Inject
    InsightsService insights;

    @Inject
    HomeworkService homework;

    @Inject
    ProgressService progress;

    private static String checkIn(String... emotions) {
        return "{\"mood\":{\"text\":\"6\"},\"emotions\":{\"emotions\":[" + String.join(",", emotions) + "]}}";
    }

    private static String rating(String emotion, int intensity) {
        return "{\"emotion\":\"" + emotion + "\",\"intensity\":" + intensity + "}";
    }

    @Test
    void theTimelinePagesTheStorySinceLastSessionAndTheChartsComeFromRealEntries() throws Exception {
        testData.runAsClinician();
        Account client = testData.clientOf(testData.runAsClinician());
        long id = client.getId();
        Instant now = Instant.now();

        // A daily check-in: ten days back (k = 1..10) and fifteen ahead.
        List<Instant> due = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            due.add(now.minus(DAY.multipliedBy(k)));
        }
        for (int k = 1; k <= 15; k++) {
            due.add(now.plus(DAY.multipliedBy(k)));
        }
        List<Long> checkIns = fixtures.occurrences(client, ChartSources.DAILY_CHECK_IN, due);
        long k1 = checkIns.get(0);
        long k2 = checkIns.get(1);
        long k3 = checkIns.get(2);
        fixtures.submit(k1, now.minus(DAY).minus(HOUR), checkIn(rating("sad.lonely", 40), rating("peaceful.calm", 60)));
        fixtures.submit(k2, now.minus(DAY.multipliedBy(2)).plus(HOUR.multipliedBy(5)), checkIn(rating("sad", 20)));
        fixtures.submit(k3, now.minus(DAY.multipliedBy(3)).minus(HOUR), checkIn(rating("sad.lonely", 60)));
        fixtures.cancel(checkIns.get(3), now.minus(DAY.multipliedBy(5)));
        fixtures.draft(checkIns.get(4), now.minus(DAY.multipliedBy(5)), checkIn(rating("sad", 10)));
        fixtures.submit(checkIns.get(8), now.minus(DAY.multipliedBy(9)).minus(HOUR), checkIn(rating("mad.annoyed", 50)));

        long emotionLog = fixtures.occurrences(client, ChartSources.EMOTION_LOG, List.of(now.minus(DAY.multipliedBy(2))))
                .get(0);
        fixtures.submit(emotionLog, now.minus(DAY.multipliedBy(2)).minus(HOUR.multipliedBy(2)),
                "{\"situation\":{\"text\":\"A call with my sister\"},\"emotions\":{\"emotions\":["
                        + rating("scared.worried", 70) + "," + rating("sad.lonely", 80) + "]}}");
        List<Long> triggers = fixtures.occurrences(client, ChartSources.TRIGGER_MAP,
                List.of(now.minus(DAY.multipliedBy(10)), now.minus(DAY.multipliedBy(11))));
        fixtures.submit(triggers.get(0), now.minus(DAY.multipliedBy(10)),
                "{\"trigger\":{\"text\":\"Raised voices\"},\"kinds\":{\"choices\":[\"words\",\"conflict\"]},\"coping\":{\"text\":\"Walk\"}}");
        fixtures.submit(triggers.get(1), now.minus(DAY.multipliedBy(11)),
                "{\"trigger\":{\"text\":\"Being talked over\"},\"kinds\":{\"choices\":[\"words\"]},\"coping\":{\"text\":\"Say so\"}}");
        List<Long> grounding = fixtures.occurrences(client, ChartSources.GROUNDING_LOG, List.of(
                now.minus(DAY.multipliedBy(12)), now.minus(DAY.multipliedBy(13)), now.minus(DAY.multipliedBy(14))));
        fixtures.submit(grounding.get(0), now.minus(DAY.multipliedBy(12)),
                "{\"distress_before\":{\"text\":\"80\"},\"distress_after\":{\"text\":\"30\"}}");
        fixtures.submit(grounding.get(1), now.minus(DAY.multipliedBy(13)),
                "{\"distress_before\":{\"text\":\"60\"},\"distress_after\":{\"text\":\"40\"}}");
        fixtures.submit(grounding.get(2), now.minus(DAY.multipliedBy(14)), "{\"distress_before\":{\"text\":\"50\"}}");
        long reading = fixtures.reflection(client, "Reading this, I saw my own family.", now.minus(DAY));
        fixtures.reflection(client, "An older thought.", now.minus(DAY.multipliedBy(10)));
        long auditBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_PROGRESS_VIEWED' AND target_id = ?", id);

        // The timeline: 31 occurrences, 20 on the first page and 11 on the second, newest due first, no overlap.
        assertEquals(31, asClinician.call(() -> homework.timelineCount(id)));
        List<ExerciseOccurrence> first = asClinician.call(() -> homework.timeline(id, 0, 20));
        List<ExerciseOccurrence> second = asClinician.call(() -> homework.timeline(id, 20, 20));
        assertEquals(20, first.size());
        assertEquals(11, second.size());
        Set<Long> seen = new HashSet<>();
        first.forEach(o -> seen.add(o.getId()));
        second.forEach(o -> assertTrue(seen.add(o.getId()), "page 2 repeats " + o.getId()));
        List<Instant> order = new ArrayList<>();
        first.forEach(o -> order.add(o.getDueAt()));
        second.forEach(o -> order.add(o.getDueAt()));
        for (int i = 1; i < order.size(); i++) {
            assertFalse(order.get(i).isAfter(order.get(i - 1)), "newest due first");
        }
        assertEquals("Daily feelings check-in", first.get(0).getAssignment().getExerciseVersion().getTitle(),
                "the version came with the page");
        List<HomeworkService.AssignmentAhead> plans = asClinician.call(() -> homework.assignmentsOf(id));
        assertEquals(4, plans.size());
        assertEquals(Map.of("Daily feelings check-in", 15L, "Emotion log", 0L, "Trigger map", 0L,
                        "Grounding practice log (5-4-3-2-1)", 0L),
                plans.stream().collect(Collectors.toMap(p -> p.assignment().getExerciseVersion().getTitle(),
                        HomeworkService.AssignmentAhead::ahead)));

        // Since last session: the default is a week back; completed, missed and written since then.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate since = asClinician.call(() -> insights.defaultSince(id, today));
        assertEquals(today.minusDays(7), since);
        SinceLastSession story = asClinician.call(() -> insights.since(id, since, ZoneOffset.UTC));
        assertEquals(List.of(k1, k2, emotionLog, k3), ids(story.completed()), "submitted since then, newest first");
        assertEquals(List.of(checkIns.get(4), checkIns.get(5), checkIns.get(6)), ids(story.missed()),
                "due since then, not submitted, not cancelled; a draft is still missed");
        assertEquals(1, story.reflections().size());
        SinceLastSession.Reflection reflection = story.reflections().get(0);
        assertEquals(reading, reflection.assignmentId());
        assertEquals("Reading this, I saw my own family.", reflection.answer());
        assertEquals(fixtures.firstQuestion(reading), reflection.question());
        assertFalse(story.truncated());
        WrittenEntry written = WrittenEntry.of(story.completed().get(2), EmotionVocabulary.builtIn());
        Map<String, List<String>> answers = written.answers().stream()
                .collect(Collectors.toMap(WrittenEntry.Answer::key, WrittenEntry.Answer::lines));
        assertEquals(List.of("Scared – worried: 70", "Sad – lonely: 80"), answers.get("emotions"),
                "read as on the review page");
        assertEquals(List.of("A call with my sister"), answers.get("situation"));
        SinceLastSession yesterday = asClinician.call(() -> insights.since(id, today.minusDays(1), ZoneOffset.UTC));
        // Which entries were sent since yesterday's start depends on the time of day the test runs at.
        Instant yesterdayStart = today.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ExerciseOccurrence> sentSinceYesterday = story.completed().stream()
                .filter(o -> !o.getSubmittedAt().isBefore(yesterdayStart)).toList();
        assertEquals(ids(sentSinceYesterday), ids(yesterday.completed()), "a later day, a shorter story");
        assertTrue(sentSinceYesterday.size() < story.completed().size());
        assertTrue(yesterday.missed().isEmpty(), "the only check-in due since yesterday was sent");

        // The charts, from the stored entries.
        ClientCharts charts = asClinician.call(() -> insights.charts(id));
        assertEquals(12, charts.weeks().size());
        assertEquals(15, charts.completion().stream().mapToInt(WeeklyCompletion.Week::due).sum(),
                "9 check-ins whose due time passed (one cancelled), and 6 other entries");
        assertEquals(10, charts.completion().stream().mapToInt(WeeklyCompletion.Week::completed).sum());
        assertEquals(new TopCounts.Count("sad.lonely", 3), charts.topEmotions().get(0));
        assertEquals(Set.of("sad.lonely", "peaceful.calm", "sad", "mad.annoyed", "scared.worried"),
                charts.topEmotions().stream().map(TopCounts.Count::key).collect(Collectors.toSet()));
        assertEquals(List.of("sad", "mad", "scared", "peaceful"), charts.trend().families());
        assertEquals(List.of(new TopCounts.Count("Words or a tone of voice", 2),
                new TopCounts.Count("Conflict or criticism", 1)), charts.topTriggers());
        assertEquals(2, charts.grounding().pairs().size(), "a log without an 'after' is no pair");
        assertEquals(70.0, charts.grounding().averageBefore());
        assertEquals(35.0, charts.grounding().averageAfter());

        // A client with nothing yet: empty charts, an empty story, nothing thrown.
        Account fresh = testData.clientOf(testData.runAsClinician());
        ClientCharts none = asClinician.call(() -> insights.charts(fresh.getId()));
        assertFalse(WeeklyCompletion.anyDue(none.completion()));
        assertTrue(none.trend().isEmpty() && none.topEmotions().isEmpty() && none.topTriggers().isEmpty()
                && none.grounding().isEmpty());
        assertTrue(asClinician.call(() -> insights.since(fresh.getId(), today.minusDays(7), ZoneOffset.UTC)).isEmpty());
        assertEquals(0, asClinician.call(() -> homework.timelineCount(fresh.getId())));

        // Every read was audited: two timeline reads, the assignments, two stories and the charts.
        assertEquals(auditBefore + 6, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_PROGRESS_VIEWED'"
                + " AND target_id = ? AND outcome = 'ALLOWED'", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_PROGRESS_VIEWED'"
                + " AND target_id = ? AND detail = ?", id, "since " + since));
    }

    @Test
    void anotherCliniciansClientIsOutOfReachAndAClientReadsOnlyTheirOwnProgress() throws Exception {
        testData.runAsClinician();
        Account me = testData.runAsClient();
        Account otherClinician = testData.staff(Role.CLINICIAN);
        Account theirs = testData.clientOf(otherClinician);
        Instant now = Instant.now();
        long theirEntry = fixtures.occurrences(theirs, ChartSources.DAILY_CHECK_IN, List.of(now.minus(HOUR))).get(0);
        fixtures.submit(theirEntry, now.minus(HOUR.multipliedBy(2)), checkIn(rating("joyful.happy", 90)));

        long theirId = theirs.getId();
        long deniedBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = ?",
                theirId);
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> insights.since(theirId,
                LocalDate.now().minusDays(7), ZoneOffset.UTC)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> insights.charts(theirId)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> homework.timeline(theirId, 0, 20)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> homework.timelineCount(theirId)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> homework.assignmentsOf(theirId)));
        assertEquals(deniedBefore + 5, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_type = 'CLIENT' AND target_id = ? AND outcome = 'DENIED'", theirId));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_PROGRESS_VIEWED' AND target_id = ?",
                theirId));

        // A client: their own progress, never another's, and none of the clinician's reads.
        List<Long> mine = fixtures.occurrences(me, ChartSources.DAILY_CHECK_IN,
                List.of(now.minus(HOUR), now.minus(DAY)));
        fixtures.submit(mine.get(0), now.minus(HOUR.multipliedBy(2)), checkIn(rating("peaceful.safe", 65)));
        fixtures.submit(mine.get(1), now.minus(DAY).minus(HOUR), checkIn(rating("peaceful.safe", 45)));
        long ownBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'OWN_PROGRESS_VIEWED' AND target_id = ?",
                me.getId());
        OwnProgress own = asClient.call(() -> progress.mine());
        Set<Long> thisWeek = own.thisWeek().stream().map(ExerciseOccurrence::getId).collect(Collectors.toSet());
        assertTrue(thisWeek.contains(mine.get(0)), "today's entry is this week's");
        assertFalse(thisWeek.contains(theirEntry), "another client's entry never shows");
        assertTrue(own.thisWeek().stream().allMatch(o -> o.getClient().getId().equals(me.getId())));
        assertTrue(own.streak() >= 1 && own.activeToday());
        assertTrue(own.topEmotions().stream().anyMatch(c -> c.key().equals("peaceful.safe")));
        assertTrue(own.topEmotions().stream().noneMatch(c -> c.key().equals("joyful.happy")));
        assertEquals(12, own.weeks().size());
        assertEquals(ownBefore + 1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'OWN_PROGRESS_VIEWED'"
                + " AND target_id = ?", me.getId()));

        assertThrows(EJBAccessException.class, () -> asClient.call(() -> insights.charts(me.getId())));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> insights.since(theirId, LocalDate.now(),
                ZoneOffset.UTC)));
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> homework.timeline(me.getId(), 0, 20)));
        assertThrows(EJBAccessException.class, () -> asClinician.call(() -> progress.mine()));
    }

    private static List<Long> ids(List<ExerciseOccurrence> occurrences) {
        return occurrences.stream().map(ExerciseOccurrence::getId).toList();
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
