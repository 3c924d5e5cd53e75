package app.securebase.insights.web;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.insights.OwnProgress;
import app.securebase.insights.ProgressService;
import app.securebase.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /client/progress.xhtml}: the signed-in client's own streak, what they completed this week, and their
 * emotion trend. Encouraging on purpose: it counts what was done and never lists what was missed.
 */
@Named
@RequestScoped
public class ProgressBacking {

    @Inject
    ProgressService progress;

    private OwnProgress mine;
    private ChartView trend;
    private ChartView topEmotions;

    public void load() {
        mine = progress.mine();
        ChartViews views = new ChartViews(Texts::get, EmotionVocabulary.builtIn());
        trend = views.emotionTrend(mine.trend(), "insights.progress.emotions.empty");
        topEmotions = views.topEmotions(mine.topEmotions(), "insights.progress.topEmotions.empty");
    }

    public OwnProgress getMine() {
        return mine;
    }

    public ChartView getTrend() {
        return trend;
    }

    public ChartView getTopEmotions() {
        return topEmotions;
    }
}
