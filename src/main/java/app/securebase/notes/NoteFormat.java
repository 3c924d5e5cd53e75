package app.securebase.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The formats a session note can take, each with its sections in order. Defined once, here: the editor, the
 * signature's canonical text ({@link NoteCanonical}) and the exports all walk {@link #sections()}. A section's heading
 * is the bundle key {@code notes.section.<key>}; the format's name is {@code notes.format.<NAME>}.
 *
 * <p>The first section is always where the client's own account of the interval goes (subjective, data, behavior or
 * the free-form body): "insert homework review" writes there ({@link #reviewSection()}).
 */
public enum NoteFormat {

    SOAP("subjective", "objective", "assessment", "plan"),
    DAP("data", "assessment", "plan"),
    BIRP("behavior", "intervention", "response", "plan"),
    FREE("body");

    private final List<String> sections;

    NoteFormat(String... sections) {
        this.sections = List.of(sections);
    }

    /** The section keys, in the order the note shows them. */
    public List<String> sections() {
        return sections;
    }

    /** The section the homework review is inserted into. */
    public String reviewSection() {
        return sections.get(0);
    }

    public static String headingKey(String section) {
        return "notes.section." + section;
    }

    public String labelKey() {
        return "notes.format." + name();
    }

    /** The format's sections with their headings, in order, read from {@code texts}. */
    public Map<String, String> headings(ResourceBundle texts) {
        Map<String, String> headings = new LinkedHashMap<>();
        sections.forEach(key -> headings.put(key, texts.getString(headingKey(key))));
        return headings;
    }

    /**
     * The texts of a note written in {@code from}, carried over to this format without losing a word: a section this
     * format also has keeps its text; any other non-empty text is appended to this format's last section, under its
     * old heading, so the clinician can move it where it belongs.
     */
    public Map<String, String> carryOver(NoteFormat from, Map<String, String> texts, ResourceBundle headings) {
        Map<String, String> result = new LinkedHashMap<>();
        sections.forEach(key -> result.put(key, texts.getOrDefault(key, "")));
        String last = sections.get(sections.size() - 1);
        for (String key : from.sections()) {
            String text = texts.getOrDefault(key, "");
            if (!sections.contains(key) && !text.isBlank()) {
                String before = result.get(last);
                String moved = headings.getString(headingKey(key)) + ":\n" + text.strip();
                result.put(last, before.isBlank() ? moved : before.stripTrailing() + "\n\n" + moved);
            }
        }
        return result;
    }
}
