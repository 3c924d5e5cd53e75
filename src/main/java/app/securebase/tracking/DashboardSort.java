package app.securebase.tracking;

import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's sortable columns, each with the SQL it sorts by (an alias of the page query's select list): the
 * column a page asks for is looked up here, so no text from a request ever reaches the SQL.
 */
public enum DashboardSort {
    NAME("name_key"),
    ACTIVE("active_total"),
    WEEK_RATE("rate7"),
    MONTH_RATE("rate30"),
    OVERDUE("overdue"),
    AWAITING_REVIEW("awaiting"),
    MODULES_READ("modules_read"),
    LAST_ACTIVITY("last_activity");

    private final String sql;

    DashboardSort(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    /** The column a page names ({@code "overdue"}, {@code "weekRate"}...), if it is one of these. */
    public static Optional<DashboardSort> byField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String wanted = field.replace("_", "").toLowerCase(Locale.ROOT);
        for (DashboardSort sort : values()) {
            if (sort.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
