package app.securebase.audit.web;

import app.securebase.audit.AuditEvent;
import app.securebase.audit.AuditFilter;
import app.securebase.audit.AuditService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the audit table one page at a time: a count and a page query per request, both in the database, however long
 * the log grows. The filter comes from the page's own form, not from table column filters, so the table's sort and
 * filter arguments are ignored: the log is always newest first.
 */
public class AuditEventLazyModel extends LazyDataModel<AuditEvent> {

    private static final long serialVersionUID = 1L;

    private final AuditService audit;
    private AuditFilter filter = AuditFilter.ALL;

    public AuditEventLazyModel(AuditService audit) {
        this.audit = audit;
    }

    public void setFilter(AuditFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, audit.count(filter));
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return audit.find(filter, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
        return String.valueOf(event.getId());
    }
}
