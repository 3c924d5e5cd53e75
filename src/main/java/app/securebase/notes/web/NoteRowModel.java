package app.securebase.notes.web;

import app.securebase.notes.SessionNote;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces lazy model over a list of notes paged in the database: each page view runs one page query. */
public class NoteRowModel extends LazyDataModel<SessionNote> {

    private static final long serialVersionUID = 1L;

    /** The service calls behind the list; serialisable because view-scoped beans hold the model. */
    public interface Source extends Serializable {
        List<SessionNote> page(int first, int max);

        long count();
    }

    private final Source source;
    private transient List<SessionNote> lastRows = List.of();

    public NoteRowModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.count();
    }

    @Override
    public List<SessionNote> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        setRowCount((int) source.count());
        lastRows = source.page(first, pageSize);
        return lastRows;
    }

    @Override
    public String getRowKey(SessionNote row) {
        return String.valueOf(row.getId());
    }

    @Override
    public SessionNote getRowData(String rowKey) {
        return lastRows == null ? null : lastRows.stream()
                .filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
