package app.securebase.practice.web;

import app.securebase.practice.AccountPage;
import app.securebase.practice.AccountRow;
import app.securebase.security.AccountStatus;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over an account list paged in the database: each page view runs the service's page
 * query, never loading the whole list. The search text and status filter come from the page's own inputs.
 */
public class AccountRowModel extends LazyDataModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    /** The service call behind the list; serialisable because view-scoped beans hold the model. */
    @FunctionalInterface
    public interface Source extends java.io.Serializable {
        AccountPage<AccountRow> page(String search, AccountStatus status, int first, int max);
    }

    private final Source source;
    private String search;
    private AccountStatus status;
    private transient List<AccountRow> lastRows = List.of();

    public AccountRowModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(search, status, 0, 1).total();
    }

    @Override
    public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AccountPage<AccountRow> page = source.page(search, status, first, pageSize);
        setRowCount((int) page.total());
        lastRows = page.rows();
        return lastRows;
    }

    @Override
    public String getRowKey(AccountRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public AccountRow getRowData(String rowKey) {
        return lastRows == null ? null : lastRows.stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }
}
