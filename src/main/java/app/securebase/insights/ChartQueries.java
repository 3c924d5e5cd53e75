package app.securebase.insights;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseVersion;
import app.securebase.security.Account;
import jakarta.persistence.EntityManager;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The two queries behind every chart, shared by the clinician's and the client's views: one for the occurrences due in
 * the weeks shown, one for the submitted entries of the exercises the charts read ({@link ChartSources}). Both are
 * projections bounded by the date range; everything else is computed here, in Java, whatever the number of rows.
 * Callers have checked who may read the client's data and audit the read.
 */
final class ChartQueries {

    private ChartQueries() {
    }

    static ZoneId zoneOf(Account account) {
        try {
            return ZoneId.of(account.getTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }

    static ClientCharts charts(EntityManager em, Account client, Instant now) {
        ZoneId zone = zoneOf(client);
        List<LocalDate> weeks = Weeks.lastWeeks(LocalDate.ofInstant(now, zone), Weeks.CHART_WEEKS);
        Instant from = weeks.get(0).atStartOfDay(zone).toInstant();
        Instant to = weeks.get(weeks.size() - 1).plusWeeks(1).atStartOfDay(zone).toInstant();
        List<WeeklyCompletion.Facts> facts = em.createQuery("SELECT o.dueAt, o.submittedAt, o.cancelledAt"
                        + " FROM ExerciseOccurrence o WHERE o.client = :client AND o.dueAt >= :from AND o.dueAt < :to",
                        Object[].class)
                .setParameter("client", client).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(r -> new WeeklyCompletion.Facts((Instant) r[0], (Instant) r[1], (Instant) r[2])).toList();
        ChartSources.Collected collected = ChartSources.collect(entries(em, client, zone, from));
        return new ClientCharts(weeks, WeeklyCompletion.of(facts, weeks, zone, now), trend(collected, weeks),
                TopCounts.top(collected.emotions().stream().map(EmotionTrend.Sample::emotion).toList(), ClientCharts.TOP),
                TopCounts.top(collected.triggers(), ClientCharts.TOP), GroundingPairs.of(collected.grounding()));
    }

    static EmotionTrend.Trend trend(ChartSources.Collected collected, List<LocalDate> weeks) {
        List<String> families = EmotionVocabulary.builtIn().families().stream().map(EmotionVocabulary.Family::key)
                .toList();
        return EmotionTrend.of(collected.emotions(), families, weeks);
    }

    /** The client's own entries for the charts (emotions only, no clinician's figures). */
    static ChartSources.Collected ownEntries(EntityManager em, Account client, ZoneId zone, Instant from) {
        return ChartSources.collect(entries(em, client, zone, from));
    }

    /**
     * Submitted entries of the chart exercises since {@code from}, oldest first. The version comes with each row in
     * the same query (an entity in the projection), so reading its fields costs no query per row.
     */
    private static List<ChartSources.Entry> entries(EntityManager em, Account client, ZoneId zone, Instant from) {
        List<Object[]> rows = em.createQuery("SELECT o.submittedAt, t.slug, v, o.entryJson FROM ExerciseOccurrence o"
                        + " JOIN o.assignment a JOIN a.template t JOIN a.exerciseVersion v"
                        + " WHERE o.client = :client AND o.submittedAt >= :from AND t.slug IN :slugs"
                        + " ORDER BY o.submittedAt, o.id", Object[].class)
                .setParameter("client", client).setParameter("from", from)
                .setParameter("slugs", List.copyOf(ChartSources.SLUGS))
                .getResultList();
        List<ChartSources.Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            ExerciseVersion version = (ExerciseVersion) r[2];
            entries.add(new ChartSources.Entry(LocalDate.ofInstant((Instant) r[0], zone), (String) r[1],
                    version.getFields(), (String) r[3]));
        }
        return entries;
    }
}
