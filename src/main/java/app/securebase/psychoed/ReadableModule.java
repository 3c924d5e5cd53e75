package app.securebase.psychoed;

import java.util.List;

/**
 * What the reader shows of a module: a published {@link ModuleVersion}, or a clinician's {@link ModuleDraft} in its
 * preview. One interface, so that the preview is the client's page and not a look-alike.
 */
public interface ReadableModule {

    String getTitle();

    String getSummary();

    int getReadingMinutes();

    String getContentNote();

    /** Sanitised by {@link HtmlSanitizer} before it was stored; safe to output unescaped. */
    String getBodyHtml();

    List<String> getQuestions();

    List<ModuleSource> getSources();

    /** The body cut into the pages the reader turns, one per {@code h2} section. */
    default List<ModuleSection> getSections() {
        return ModuleSection.split(getBodyHtml());
    }
}
