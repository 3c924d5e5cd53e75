package app.securebase.psychoed;

import java.io.Serializable;
import java.util.List;

/**
 * What a clinician types into the module editor. Nothing here is trusted: {@link AuthoringService} checks it and
 * {@link HtmlSanitizer} cleans the body before anything is stored.
 */
public record DraftContent(String title, String summary, String contentNote, String bodyHtml, List<String> topics,
        List<String> questions, List<String> sources) implements Serializable {

    public DraftContent {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        contentNote = contentNote == null ? "" : contentNote;
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
        topics = topics == null ? List.of() : List.copyOf(topics);
        questions = oneLineEach(questions);
        sources = oneLineEach(sources);
    }

    /** Each entry on one line (they are stored one per line), blank entries dropped. */
    private static List<String> oneLineEach(List<String> entries) {
        return entries == null ? List.of() : entries.stream().filter(e -> e != null)
                .map(e -> e.replaceAll("\\s+", " ").strip()).filter(e -> !e.isEmpty()).toList();
    }
}
