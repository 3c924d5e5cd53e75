package app.securebase.tracking.web;

import app.securebase.tracking.CaseloadDashboard;
import app.securebase.tracking.CaseloadSummary;
import app.securebase.tracking.CompletionRules;
import app.securebase.tracking.DashboardFilter;
import app.securebase.tracking.DashboardQuery;
import app.securebase.tracking.DashboardRow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.component.datatable.DataTable;

/**
 * Backs the clinician's home, {@code /clinician/index.xhtml}: the caseload summary and the dashboard table. Opening
 * the page is audited once; paging, sorting and filtering run the table's two queries and nothing per row.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "dashboardForm:caseloadTable";

    @Inject
    transient CaseloadDashboard dashboard;

    private DashboardModel rows;
    private CaseloadSummary summary;

    @PostConstruct
    void init() {
        rows = new DashboardModel(new DashboardModel.Source() {
            private static final long serialVersionUID = 1L;

            @Override
            public long count(DashboardQuery query) {
                return service().count(query);
            }

            @Override
            public List<DashboardRow> page(DashboardQuery query, int first, int max) {
                return service().page(query, first, max);
            }
        });
    }

    /** On first render: the audit row and the headline figures. */
    public void load() {
        if (summary == null) {
            dashboard.opened();
            summary = dashboard.summary();
        }
    }

    /** A headline figure was clicked: the table shows those clients. */
    public void show(DashboardFilter filter) {
        rows.setFilter(filter);
        firstPage();
        if (filter == DashboardFilter.INACTIVE) {
            rows.setInactiveDays(CompletionRules.DEFAULT_INACTIVE_DAYS);
        }
    }

    public DashboardModel getRows() {
        return rows;
    }

    public CaseloadSummary getSummary() {
        return summary;
    }

    public DashboardFilter[] getFilters() {
        return DashboardFilter.values();
    }

    public int getDefaultInactiveDays() {
        return CompletionRules.DEFAULT_INACTIVE_DAYS;
    }

    public int getMaxInactiveDays() {
        return DashboardQuery.MAX_INACTIVE_DAYS;
    }

    public int getKeepingUpPercent() {
        return CompletionRules.KEEPING_UP_PERCENT;
    }

    /** The table starts again at its first page (after the search or the filter changed). */
    public void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    // The export link's parameters: the table as it stands, so the file holds what the clinician sees.

    public String getExportFilter() {
        return rows.getQuery().filter().name().toLowerCase(Locale.ROOT);
    }

    public String getExportSort() {
        return rows.getQuery().sort().name().toLowerCase(Locale.ROOT);
    }

    public String getExportOrder() {
        return rows.getQuery().ascending() ? "asc" : "desc";
    }

    private static CaseloadDashboard service() {
        return CDI.current().select(CaseloadDashboard.class).get();
    }
}
