package app.securebase.psychoed.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /break.xhtml?a=…&s=…}: where "Back to reading" goes. Only an assignment id and a section number, both
 * digits, are carried back into a link to the reader (which checks the assignment itself); anything else, and any
 * visitor without them, is sent to the home page, so the page never repeats an address it was given.
 */
@Named
@RequestScoped
public class BreakBacking {

    private String assignment;
    private String section;

    @PostConstruct
    void init() {
        assignment = digits("a", 18);
        section = digits("s", 4);
    }

    private static String digits(String name, int maxLength) {
        String value = Faces.getRequestParameter(name);
        return value != null && value.matches("\\d{1," + maxLength + "}") ? value : null;
    }

    public boolean isToReading() {
        return assignment != null && section != null;
    }

    public String getAssignment() {
        return assignment;
    }

    public String getSection() {
        return section;
    }
}
