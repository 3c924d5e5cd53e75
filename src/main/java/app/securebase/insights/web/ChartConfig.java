package app.securebase.insights.web;

import static app.securebase.platform.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written with JSON-P: the page gives the text to the
 * component's {@code value}, and PrimeFaces puts it in its nonce'd widget script, so nothing inline runs outside the
 * Content-Security-Policy. Labels can come from clinicians' own exercises, so every {@code <} is escaped: no text can
 * close the script it is written into.
 *
 * <p>Animation is off: charts appear at once (kinder to anyone who prefers reduced motion, and steady for screenshots).
 */
public final class ChartConfig {

    /** One series: its legend label, its values (a {@code null} is a gap), its colour. */
    public record Series(String label, List<? extends Number> values, String color) {
    }

    private ChartConfig() {
    }

    /** Vertical bars, one group per label; {@code max} caps the value axis when not null. */
    public static String bars(List<String> labels, List<Series> series, Integer max) {
        return config("bar", labels, series, false, max, false);
    }

    /** Horizontal bars, one per label: for "most frequent" lists, whose labels are long. */
    public static String horizontalBars(List<String> labels, Series series) {
        return config("bar", labels, List.of(series), true, null, false);
    }

    /** Lines over time, gaps bridged so a week without a rating does not break a family's line. */
    public static String lines(List<String> labels, List<Series> series, Integer max) {
        return config("line", labels, series, false, max, true);
    }

    private static String config(String type, List<String> labels, List<Series> series, boolean horizontal,
            Integer max, boolean line) {
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (Number value : s.values()) {
                if (value == null) {
                    data.addNull();
                } else if (value instanceof Double || value instanceof Float) {
                    data.add(value.doubleValue());
                } else {
                    data.add(value.longValue());
                }
            }
            JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.color()).add("borderColor", s.color());
            if (!line) {
                dataset.add("maxBarThickness", 32);
            } else {
                dataset.add("spanGaps", true).add("tension", 0.2).add("pointRadius", 3).add("fill", false);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder valueAxis = JSON.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0));
        if (max != null) {
            valueAxis.add("max", max);
        }
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", series.size() > 1 || line)
                                .add("position", "bottom")))
                .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        String json = JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
        return json.replace("<", "\\u003c");
    }
}
