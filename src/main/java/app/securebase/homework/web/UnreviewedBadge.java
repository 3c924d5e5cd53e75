package app.securebase.homework.web;

import app.securebase.homework.HomeworkService;
import app.securebase.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The number on the clinician's navigation: entries my clients submitted that I have not marked reviewed. Counted
 * once per request, in the database.
 */
@Named("unreviewed")
@RequestScoped
public class UnreviewedBadge {

    @Inject
    HomeworkService homework;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = homework.unreviewedCount();
        }
        return count;
    }

    /**
     * Counts again on next use: an ajax request may have read the number (visiting the navigation) before its action
     * reviewed an entry.
     */
    public void refresh() {
        count = null;
    }

    /** What a screen reader says for the number: "3 submissions to review". */
    public String getLabel() {
        return Texts.get("nav.clinician.unreviewed", getCount());
    }
}
