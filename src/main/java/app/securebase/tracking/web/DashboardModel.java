package app.securebase.tracking.web;

import app.securebase.tracking.DashboardFilter;
import app.securebase.tracking.DashboardQuery;
import app.securebase.tracking.DashboardRow;
import app.securebase.tracking.DashboardSort;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The caseload dashboard's rows, paged, sorted and filtered in the database: PrimeFaces asks for the count, then for
 * one page, and each is one query. The search, filter and inactivity threshold come from the page's own inputs; the
 * sort from the table's column headers.
 */
public class DashboardModel extends LazyDataModel<DashboardRow> {

    private static final long serialVersionUID = 1L;

    /** The service behind the table; serialisable because the view-scoped page bean holds the model. */
    public interface Source extends Serializable {
        long count(DashboardQuery query);

        List<DashboardRow> page(DashboardQuery query, int first, int max);
    }

    private final Source source;
    private DashboardQuery query = DashboardQuery.initial();
    private transient List<DashboardRow> lastRows = List.of();

    public DashboardModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.count(query);
    }

    @Override
    public List<DashboardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
        sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .ifPresent(meta -> DashboardSort.byField(meta.getField()).ifPresent(sort ->
                        query = query.withSort(sort, meta.getOrder() == SortOrder.ASCENDING)));
        lastRows = source.page(query, first, pageSize);
        return lastRows;
    }

    @Override
    public String getRowKey(DashboardRow row) {
        return String.valueOf(row.clientId());
    }

    @Override
    public DashboardRow getRowData(String rowKey) {
        return lastRows == null ? null : lastRows.stream()
                .filter(row -> String.valueOf(row.clientId()).equals(rowKey)).findFirst().orElse(null);
    }

    /** The query as it stands: what the table shows and what an export writes. */
    public DashboardQuery getQuery() {
        return query;
    }

    public String getSearch() {
        return query.search();
    }

    public void setSearch(String search) {
        query = new DashboardQuery(search, query.filter(), query.inactiveDays(), query.sort(), query.ascending());
    }

    public DashboardFilter getFilter() {
        return query.filter();
    }

    public void setFilter(DashboardFilter filter) {
        query = new DashboardQuery(query.search(), filter == null ? DashboardFilter.ALL : filter,
                query.inactiveDays(), query.sort(), query.ascending());
    }

    public int getInactiveDays() {
        return query.inactiveDays();
    }

    public void setInactiveDays(int days) {
        query = new DashboardQuery(query.search(), query.filter(), days, query.sort(), query.ascending());
    }
}
