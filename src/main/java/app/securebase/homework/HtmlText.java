package app.securebase.homework;

import java.util.regex.Pattern;

/** Sanitised HTML back to the plain text a clinician edits: paragraphs become blank-line-separated blocks. */
final class HtmlText {

    private static final Pattern BLOCK_END = Pattern.compile("</(p|h[1-6]|li|blockquote)>");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);");

    private HtmlText() {
    }

    static String toPlain(String html) {
        String text = BREAK.matcher(html == null ? "" : html).replaceAll("\n");
        text = BLOCK_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        java.util.regex.Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "amp" -> "&";
                default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                        : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1)))
                        : entity.group();
            };
            entity.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(character));
        }
        entity.appendTail(out);
        text = out.toString();
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
