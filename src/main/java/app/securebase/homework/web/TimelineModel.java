package app.securebase.homework.web;

import app.securebase.homework.ExerciseOccurrence;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The client page's homework timeline as a PrimeFaces lazy model: each page view runs one count and one page query
 * (occurrences with their assignment and version fetched together), never loading the whole history.
 */
public class TimelineModel extends LazyDataModel<ClientHomeworkBacking.Row> {

    private static final long serialVersionUID = 1L;

    /** The service calls behind the timeline; serialisable because the view-scoped backing bean holds the model. */
    public interface Source extends Serializable {
        List<ExerciseOccurrence> page(int first, int max);

        long count();
    }

    private final Source source;
    private List<ClientHomeworkBacking.Row> shown = List.of();

    public TimelineModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count());
    }

    @Override
    public List<ClientHomeworkBacking.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        Instant now = Instant.now();
        shown = source.page(first, pageSize).stream().map(o -> ClientHomeworkBacking.row(o, now)).toList();
        return shown;
    }

    /** The rows of the page shown last. */
    public List<ClientHomeworkBacking.Row> shown() {
        return shown;
    }

    @Override
    public String getRowKey(ClientHomeworkBacking.Row row) {
        return String.valueOf(row.occurrence().getId());
    }

    @Override
    public ClientHomeworkBacking.Row getRowData(String rowKey) {
        return shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
