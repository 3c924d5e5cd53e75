package app.securebase.homework.web;

import app.securebase.homework.HomeworkService;
import app.securebase.platform.web.PartialResponses;
import app.securebase.platform.web.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The number on the clinician's navigation: entries my clients submitted that I have not marked reviewed. Counted
 * once per request, in the database.
 */
@Named("unreviewed")
@RequestScoped
public class UnreviewedBadge {

    /** The client id of the badge's wrapper in templates/clinician.xhtml, which ajax requests update. */
    static final String WRAPPER_ID = "navBadge";

    private static final Logger LOG = Logger.getLogger(UnreviewedBadge.class.getName());

    @Inject
    HomeworkService homework;

    private Long count;

    public long getCount() {
        if (count == null) {
            try {
                count = homework.unreviewedCount();
            } catch (EJBAccessException notYet) {
                // The first page after sign-in, when the container resumes the page asked for before it, can reach
                // the template before the EJB container sees the caller's role: no number beats no page.
                LOG.fine(() -> "unreviewed count not available on this request: " + notYet.getMessage());
                count = 0L;
            }
        }
        return count;
    }

    /**
     * Whether the badge shows: not on an ajax request that does not update it ({@value #WRAPPER_ID}), where counting
     * would only answer Faces' visit of the navigation.
     */
    public boolean isShown() {
        return !PartialResponses.leavesOut(WRAPPER_ID) && getCount() > 0;
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
