package app.securebase.tracking;

import java.util.Objects;

/**
 * What the clinician asked the dashboard for: a name search, a filter, the inactivity threshold for
 * {@link DashboardFilter#INACTIVE}, and the order.
 */
public record DashboardQuery(String search, DashboardFilter filter, int inactiveDays, DashboardSort sort,
                             boolean ascending) {

    public static final int MAX_INACTIVE_DAYS = 3650;

    public DashboardQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        search = search == null || search.isBlank() ? null : search.strip();
        if (inactiveDays < 1 || inactiveDays > MAX_INACTIVE_DAYS) {
            throw new IllegalArgumentException("inactive days must be 1 to " + MAX_INACTIVE_DAYS + ": " + inactiveDays);
        }
    }

    /** The dashboard as it first opens: everyone not archived, most overdue first. */
    public static DashboardQuery initial() {
        return new DashboardQuery(null, DashboardFilter.ALL, CompletionRules.DEFAULT_INACTIVE_DAYS,
                DashboardSort.OVERDUE, false);
    }

    public DashboardQuery withSort(DashboardSort newSort, boolean newAscending) {
        return new DashboardQuery(search, filter, inactiveDays, newSort, newAscending);
    }
}
