package app.securebase.psychoed.web;

import app.securebase.psychoed.LibraryPage;
import app.securebase.psychoed.ModuleVersion;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The library as a PrimeFaces lazy model: each page view runs one page query, never loading the whole library. */
public class LibraryModel extends LazyDataModel<ModuleVersion> {

    private static final long serialVersionUID = 1L;

    /** The service call behind the list; serialisable because view-scoped beans hold the model. */
    @FunctionalInterface
    public interface Source extends java.io.Serializable {
        LibraryPage page(String search, String topic, int first, int max);
    }

    private final Source source;
    private String search;
    private String topic;
    private transient List<ModuleVersion> lastRows = List.of();

    public LibraryModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.page(search, topic, 0, 1).total();
    }

    @Override
    public List<ModuleVersion> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        LibraryPage page = source.page(search, topic, first, pageSize);
        setRowCount((int) page.total());
        lastRows = page.rows();
        return lastRows;
    }

    @Override
    public String getRowKey(ModuleVersion row) {
        return String.valueOf(row.getId());
    }

    @Override
    public ModuleVersion getRowData(String rowKey) {
        return lastRows == null ? null : lastRows.stream()
                .filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
