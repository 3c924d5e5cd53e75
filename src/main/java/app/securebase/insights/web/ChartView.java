package app.securebase.insights.web;

import java.io.Serializable;
import java.util.List;

/**
 * One chart as the page draws it ({@code WEB-INF/includes/insights-chart.xhtml}): the Chart.js configuration, and the
 * same numbers as a table for anyone who cannot see or read the chart, or an empty-state text when there is nothing
 * to show.
 *
 * @param id         the HTML id of the chart's section; the table is {@code id + "Table"}
 * @param rowHeading the heading of the table's first column, whose cells head each row
 */
public record ChartView(String id, String title, String description, String config, String emptyText,
        String caption, String rowHeading, List<String> columns, List<Row> rows) implements Serializable {

    /** One row of the table: its heading cell and its values, already formatted. */
    public record Row(String header, List<String> cells) implements Serializable {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
