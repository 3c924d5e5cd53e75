package app.securebase.psychoed.web;

import app.securebase.psychoed.ModuleSection;
import java.util.List;

/**
 * The section a reader page shows, from the {@code s} request parameter: kept as text so that a malformed value
 * opens the first section instead of showing a conversion error, and clamped to the module's sections.
 */
public final class ReaderPage {

    private ReaderPage() {
    }

    /** The section to show: {@code requested} if it is a number within range, else {@code fallback} within range. */
    public static int section(String requested, List<ModuleSection> sections, int fallback) {
        int index = requested != null && requested.matches("\\d{1,4}") ? Integer.parseInt(requested) : fallback;
        return Math.max(0, Math.min(index, sections.size() - 1));
    }
}
