package app.securebase.psychoed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of the reader: a {@code h2} section of a module's sanitised body. Reading a module a section at a time
 * keeps each page short on a phone, lets the reader stop and come back to the same place, and gives a clear sense of
 * how much is left.
 *
 * @param heading the section's heading as plain text, or {@code null} for text before the first heading
 * @param html    the section's sanitised HTML, without its heading
 */
public record ModuleSection(String heading, String html) {

    private static final Pattern H2 = Pattern.compile("<h2>(.*?)</h2>", Pattern.DOTALL);

    /** Splits sanitised HTML at its {@code h2} headings; an empty body is one empty section. */
    public static List<ModuleSection> split(String bodyHtml) {
        String body = bodyHtml == null ? "" : bodyHtml;
        List<ModuleSection> sections = new ArrayList<>();
        Matcher heading = H2.matcher(body);
        int start = 0;
        String title = null;
        while (heading.find()) {
            addUnlessEmpty(sections, title, body.substring(start, heading.start()));
            title = ModuleFile.plainText(heading.group(1));
            start = heading.end();
        }
        addUnlessEmpty(sections, title, body.substring(start));
        if (sections.isEmpty()) {
            sections.add(new ModuleSection(null, ""));
        }
        return List.copyOf(sections);
    }

    private static void addUnlessEmpty(List<ModuleSection> sections, String title, String html) {
        String content = html.strip();
        if (title != null || !ModuleFile.plainText(content).isEmpty()) {
            sections.add(new ModuleSection(title, content));
        }
    }
}
