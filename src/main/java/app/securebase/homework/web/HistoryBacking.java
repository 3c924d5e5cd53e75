package app.securebase.homework.web;

import app.securebase.homework.EntryService;
import app.securebase.homework.ExerciseOccurrence;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /client/history.xhtml}: the client's submitted entries, newest first, a page at a time ("Show more"
 * asks the database for the next page, one row more than shown to know whether there is another).
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE = 20;

    @Inject
    transient EntryService entries;

    private final List<ExerciseOccurrence> shown = new ArrayList<>();
    private boolean more;

    @PostConstruct
    void init() {
        showMore();
    }

    public void showMore() {
        List<ExerciseOccurrence> next = entries.history(shown.size(), PAGE + 1);
        more = next.size() > PAGE;
        shown.addAll(more ? next.subList(0, PAGE) : next);
    }

    public List<ExerciseOccurrence> getEntries() {
        return shown;
    }

    public boolean isMore() {
        return more;
    }
}
