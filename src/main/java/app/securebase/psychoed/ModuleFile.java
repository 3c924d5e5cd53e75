package app.securebase.psychoed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One module file, parsed: the YAML front matter, the Markdown body rendered to sanitised HTML, and the SHA-256 of
 * the whole file, which tells the loader whether the file changed. The format is described in the README of the
 * modules folder; a file that breaks it is refused with a message naming the file.
 */
public record ModuleFile(String fileName, String slug, String title, String summary, int readingMinutes,
        List<String> topics, String contentNote, int order, List<ModuleSource> sources, int revision,
        String bodyHtml, String bodyText, List<String> questions, String sourceHash) {

    /**
     * The version of the way files are turned into stored versions. It is part of {@link #sourceHash()}, so a change
     * in parsing (such as taking the reflection questions out of the body) gives every module a new version instead
     * of leaving older versions stored in an older shape.
     */
    static final String FORMAT = "securebase-module-format 2\n";

    /** The heading of the section whose numbered list holds the reflection questions. */
    static final String QUESTIONS_HEADING = "Check your understanding";
    static final int MAX_QUESTIONS = 5;

    private static final Pattern QUESTIONS = Pattern.compile(
            "<h2>" + QUESTIONS_HEADING + "</h2>\\s*<ol>(.*?)</ol>\\s*", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-(.+)\\.md");

    public static ModuleFile parse(String fileName, String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw invalid(fileName, "does not start with a front matter block");
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw invalid(fileName, "has no end to its front matter block");
        }
        String yaml = normalised.substring(4, end + 1);
        String body = normalised.substring(end + 5);

        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw invalid(fileName, "has front matter that is not valid YAML: " + e.getMessage());
        }
        if (!(loaded instanceof Map<?, ?> front)) {
            throw invalid(fileName, "front matter is not a map");
        }
        String slug = string(fileName, front, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw invalid(fileName, "slug '" + slug + "' is not lower-case letters, digits and hyphens");
        }
        int order = integer(fileName, front, "order");
        var name = FILE_NAME.matcher(fileName);
        if (!name.matches() || !name.group(2).equals(slug) || Integer.parseInt(name.group(1)) != order) {
            throw invalid(fileName, "file name does not match NN-slug.md for order " + order + " and slug " + slug);
        }
        List<String> topics = new ArrayList<>();
        if (!(front.get("topics") instanceof List<?> tags) || tags.isEmpty()) {
            throw invalid(fileName, "needs at least one topic");
        }
        for (Object tag : tags) {
            topics.add(String.valueOf(tag));
        }
        List<ModuleSource> sources = new ArrayList<>();
        if (!(front.get("sources") instanceof List<?> entries) || entries.isEmpty()) {
            throw invalid(fileName, "needs at least one source");
        }
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> source) || source.get("title") == null) {
                throw invalid(fileName, "has a source without a title");
            }
            Object journal = source.get("journal");
            Object container = journal != null ? journal : source.get("publisher");
            Object year = source.get("year");
            sources.add(new ModuleSource(String.valueOf(source.get("title")), optional(source.get("author")),
                    optional(container), year instanceof Integer y ? y : null, optional(source.get("url")),
                    optional(source.get("doi"))));
        }

        Node document = Parser.builder().build().parse(body);
        String html = HtmlSanitizer.sanitize(HtmlRenderer.builder().escapeHtml(true).build().render(document));
        Matcher section = QUESTIONS.matcher(html);
        if (!section.find()) {
            throw invalid(fileName, "needs a '## " + QUESTIONS_HEADING + "' section with a numbered list");
        }
        List<String> questions = new ArrayList<>();
        Matcher item = ITEM.matcher(section.group(1));
        while (item.find()) {
            questions.add(plainText(item.group(1)));
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw invalid(fileName, "needs 1 to " + MAX_QUESTIONS + " reflection questions, has " + questions.size());
        }
        // The reader shows the questions with answer boxes, so the body keeps everything else.
        html = html.substring(0, section.start()) + html.substring(section.end());
        String plain = plainText(html);

        return new ModuleFile(fileName, slug, string(fileName, front, "title"), string(fileName, front, "summary").strip(),
                integer(fileName, front, "readingMinutes"), List.copyOf(topics), string(fileName, front, "contentNote"),
                order, List.copyOf(sources), integer(fileName, front, "revision"), html, plain, List.copyOf(questions),
                sha256(FORMAT + text));
    }

    /** The words of the sanitised body, for search: what a reader sees, never markup or dropped content. */
    static String plainText(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
                        : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1)))
                        : entity.group();
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return SPACE.matcher(out).replaceAll(" ").strip();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String string(String fileName, Map<?, ?> front, String key) {
        Object value = front.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw invalid(fileName, "misses '" + key + "'");
        }
        return String.valueOf(value);
    }

    private static int integer(String fileName, Map<?, ?> front, String key) {
        if (!(front.get(key) instanceof Integer value) || value < 1) {
            throw invalid(fileName, "needs a positive whole number for '" + key + "'");
        }
        return value;
    }

    private static String optional(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static IllegalArgumentException invalid(String fileName, String problem) {
        return new IllegalArgumentException("Module file " + fileName + " " + problem);
    }
}
