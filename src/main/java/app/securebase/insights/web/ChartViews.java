package app.securebase.insights.web;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.insights.ClientCharts;
import app.securebase.insights.EmotionTrend;
import app.securebase.insights.GroundingPairs;
import app.securebase.insights.TopCounts;
import app.securebase.insights.WeeklyCompletion;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the numbers of {@link ClientCharts} into {@link ChartView}s: the Chart.js configuration and the table of the
 * same numbers, with every word from the resource bundle ({@code insights.chart.*}).
 */
public final class ChartViews {

    /** The resource bundle, as {@code Texts::get}; a parameter so the views can be built and tested without Faces. */
    @FunctionalInterface
    public interface Messages {
        String get(String key, Object... params);
    }

    /** The most grounding practices drawn: the latest ones. */
    static final int GROUNDING_MAX = 20;

    static final String DUE_COLOR = "#9aa9ae";
    static final String DONE_COLOR = "#1f5f5b";
    static final String BEFORE_COLOR = "#b35c00";
    static final String AFTER_COLOR = "#2e7d5b";
    static final String COUNT_COLOR = "#1f5f5b";

    /** One colour per emotion family of emotions.yaml; an unknown family gets the last. */
    static final Map<String, String> FAMILY_COLORS = Map.of("sad", "#3b6ea5", "mad", "#c0392b", "scared", "#7d4e9e",
            "joyful", "#b8860b", "powerful", "#d35400", "peaceful", "#2e8b57");

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final String NONE = "—";

    private final Messages msg;
    private final EmotionVocabulary vocabulary;

    public ChartViews(Messages msg, EmotionVocabulary vocabulary) {
        this.msg = msg;
        this.vocabulary = vocabulary;
    }

    public ChartView completion(List<WeeklyCompletion.Week> weeks) {
        List<String> labels = weeks.stream().map(w -> WEEK.format(w.start())).toList();
        String config = ChartConfig.bars(labels, List.of(
                new ChartConfig.Series(msg.get("insights.chart.completion.due"),
                        weeks.stream().map(WeeklyCompletion.Week::due).toList(), DUE_COLOR),
                new ChartConfig.Series(msg.get("insights.chart.completion.completed"),
                        weeks.stream().map(WeeklyCompletion.Week::completed).toList(), DONE_COLOR)), null);
        List<ChartView.Row> rows = !WeeklyCompletion.anyDue(weeks) ? List.of() : weeks.stream()
                .map(w -> new ChartView.Row(WEEK.format(w.start()), List.of(
                        String.valueOf(w.due()), String.valueOf(w.completed()),
                        w.due() == 0 ? NONE : Math.round(100.0 * w.completed() / w.due()) + "%")))
                .toList();
        return new ChartView("completionChart", msg.get("insights.chart.completion.title"),
                msg.get("insights.chart.completion.description"), config, msg.get("insights.chart.completion.empty"),
                msg.get("insights.chart.completion.caption"), msg.get("insights.chart.week"),
                List.of(msg.get("insights.chart.completion.due"), msg.get("insights.chart.completion.completed"),
                        msg.get("insights.chart.completion.rate")), rows);
    }

    public ChartView emotionTrend(EmotionTrend.Trend trend, String emptyKey) {
        List<String> labels = trend.points().stream().map(p -> WEEK.format(p.weekStart())).toList();
        List<ChartConfig.Series> series = new ArrayList<>();
        for (String family : trend.families()) {
            series.add(new ChartConfig.Series(familyLabel(family),
                    trend.points().stream().map(p -> p.averages().get(family)).toList(),
                    FAMILY_COLORS.getOrDefault(family, COUNT_COLOR)));
        }
        List<ChartView.Row> rows = trend.isEmpty() ? List.of() : trend.points().stream()
                .map(p -> new ChartView.Row(WEEK.format(p.weekStart()),
                        trend.families().stream().map(f -> p.averages().containsKey(f)
                                ? number(p.averages().get(f)) : NONE).toList()))
                .toList();
        return new ChartView("emotionTrendChart", msg.get("insights.chart.emotions.title"),
                msg.get("insights.chart.emotions.description"), ChartConfig.lines(labels, series, 100),
                msg.get(emptyKey), msg.get("insights.chart.emotions.caption"), msg.get("insights.chart.week"),
                trend.families().stream().map(this::familyLabel).toList(), rows);
    }

    public ChartView topEmotions(List<TopCounts.Count> counts, String emptyKey) {
        List<String> labels = counts.stream().map(c -> emotionLabel(c.key())).toList();
        return frequency("topEmotionsChart", "insights.chart.topEmotions", labels, counts, emptyKey,
                msg.get("insights.chart.topEmotions.emotion"));
    }

    public ChartView triggers(List<TopCounts.Count> counts) {
        List<String> labels = counts.stream().map(TopCounts.Count::key).toList();
        return frequency("triggersChart", "insights.chart.triggers", labels, counts, "insights.chart.triggers.empty",
                msg.get("insights.chart.triggers.kind"));
    }

    public ChartView grounding(GroundingPairs.Summary summary) {
        List<GroundingPairs.Pair> shown = summary.pairs().subList(Math.max(0, summary.pairs().size() - GROUNDING_MAX),
                summary.pairs().size());
        List<String> labels = shown.stream().map(p -> DAY.format(p.day())).toList();
        String config = ChartConfig.bars(labels, List.of(
                new ChartConfig.Series(msg.get("insights.chart.grounding.before"),
                        shown.stream().map(GroundingPairs.Pair::before).toList(), BEFORE_COLOR),
                new ChartConfig.Series(msg.get("insights.chart.grounding.after"),
                        shown.stream().map(GroundingPairs.Pair::after).toList(), AFTER_COLOR)), 100);
        List<ChartView.Row> rows = shown.stream().map(p -> new ChartView.Row(DAY.format(p.day()), List.of(
                String.valueOf(p.before()), String.valueOf(p.after()), signed(-p.drop())))).toList();
        String description = summary.isEmpty() ? msg.get("insights.chart.grounding.description")
                : msg.get("insights.chart.grounding.average", summary.pairs().size(), number(summary.averageBefore()),
                        number(summary.averageAfter()));
        return new ChartView("groundingChart", msg.get("insights.chart.grounding.title"), description, config,
                msg.get("insights.chart.grounding.empty"), msg.get("insights.chart.grounding.caption"),
                msg.get("insights.chart.grounding.practice"), List.of(msg.get("insights.chart.grounding.before"),
                        msg.get("insights.chart.grounding.after"), msg.get("insights.chart.grounding.change")), rows);
    }

    private ChartView frequency(String id, String prefix, List<String> labels, List<TopCounts.Count> counts,
            String emptyKey, String rowHeading) {
        String config = ChartConfig.horizontalBars(labels, new ChartConfig.Series(msg.get(prefix + ".count"),
                counts.stream().map(TopCounts.Count::count).toList(), COUNT_COLOR));
        List<ChartView.Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            rows.add(new ChartView.Row(labels.get(i), List.of(String.valueOf(counts.get(i).count()))));
        }
        return new ChartView(id, msg.get(prefix + ".title"), msg.get(prefix + ".description"), config,
                msg.get(emptyKey), msg.get(prefix + ".caption"), rowHeading, List.of(msg.get(prefix + ".count")),
                List.copyOf(rows));
    }

    /** "Lonely (sad)" for a word, "Sad" for a family's own key; an unknown key as stored. */
    String emotionLabel(String key) {
        String label = vocabulary.label(key);
        if (label == null) {
            return key;
        }
        int dot = key.indexOf('.');
        if (dot < 0) {
            return label;
        }
        String family = vocabulary.label(key.substring(0, dot));
        return family == null ? label : label + " (" + family.toLowerCase(Locale.ROOT) + ")";
    }

    private String familyLabel(String family) {
        String label = vocabulary.label(family);
        return label == null ? family : label;
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }
}
