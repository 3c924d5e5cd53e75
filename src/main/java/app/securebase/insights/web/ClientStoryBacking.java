package app.securebase.insights.web;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.insights.ClientCharts;
import app.securebase.insights.InsightsService;
import app.securebase.insights.SinceLastSession;
import app.securebase.platform.web.LocalTimes;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import app.securebase.practice.web.ClientBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The story parts of {@code /clinician/client.xhtml}: "since last session" (what the client completed, missed and
 * wrote since a chosen day) and the charts of the last twelve weeks, each with a table of its numbers. Loaded after
 * {@link ClientBacking} has found the client on my caseload; the service checks the caseload again and audits every
 * read.
 */
@Named
@ViewScoped
public class ClientStoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InsightsService insights;

    @Inject
    ClientBacking clientBacking;

    @Inject
    LocalTimes when;

    private LocalDate since;
    private SinceLastSession story;
    private List<WrittenEntry> written = List.of();
    private List<ChartView> charts = List.of();

    public void load() {
        if (clientBacking.getClient() == null) {
            return;
        }
        long clientId = clientBacking.getClient().getId();
        since = insights.defaultSince(clientId, when.today());
        read();
        ClientCharts numbers = insights.charts(clientId);
        ChartViews views = new ChartViews(Texts::get, EmotionVocabulary.builtIn());
        charts = List.of(views.completion(numbers.completion()),
                views.emotionTrend(numbers.trend(), "insights.chart.emotions.empty"),
                views.topEmotions(numbers.topEmotions(), "insights.chart.topEmotions.empty"),
                views.triggers(numbers.topTriggers()),
                views.grounding(numbers.grounding()));
    }

    /** Shows the story since the day chosen; a day ahead of today reads as today. */
    public void show() {
        if (since == null) {
            since = insights.defaultSince(clientBacking.getClient().getId(), when.today());
        } else if (since.isAfter(when.today())) {
            since = when.today();
        }
        read();
    }

    private void read() {
        try {
            story = insights.since(clientBacking.getClient().getId(), since, when.zone());
            EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
            written = story.completed().stream().map(o -> WrittenEntry.of(o, vocabulary)).toList();
        } catch (NotFoundException gone) {
            story = null;
            written = List.of();
        }
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getToday() {
        return when.today().toString();
    }

    public SinceLastSession getStory() {
        return story;
    }

    public List<WrittenEntry> getWritten() {
        return written;
    }

    public List<ChartView> getCharts() {
        return charts;
    }

    public int getMaxRows() {
        return SinceLastSession.MAX_ROWS;
    }

    public ChartView chart(int index) {
        return charts.get(index);
    }
}
