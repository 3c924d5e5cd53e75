package app.securebase.homework;

import app.securebase.psychoed.HtmlSanitizer;
import app.securebase.psychoed.ModuleSource;
import app.securebase.psychoed.ModuleTopics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One built-in exercise file, parsed: the YAML front matter with its list of fields, the Markdown body split into the
 * instructions and the "Why this helps" section (both rendered to sanitised HTML), and the SHA-256 of the whole file.
 * Like a module, an exercise template is versioned by that hash: a changed file becomes a new version, and an
 * assignment keeps the version it was made from. The format is described in the README of the exercises folder; a
 * file that breaks it is refused with a message naming the file.
 *
 * @param clinicianPrompt whether the clinician writes a prompt when assigning it (the journaling prompt): the page
 *                        shows the assignment's prompt above the fields
 */
public record ExerciseFile(String fileName, String slug, String title, String summary, int estimatedMinutes,
        List<String> topics, int order, int revision, List<ModuleSource> sources, boolean clinicianPrompt,
        List<FieldDefinition> fields, String instructionsHtml, String whyItHelpsHtml, String sourceHash) {

    /** Part of {@link #sourceHash()}, so that a change in parsing gives every exercise a new version. */
    static final String FORMAT = "securebase-exercise-format 1\n";
    static final String WHY_HEADING = "Why this helps";

    private static final Set<String> FRONT_KEYS = Set.of("slug", "title", "summary", "estimatedMinutes", "topics",
            "order", "revision", "sources", "clinicianPrompt", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("key", "type", "label", "help", "required", "maxLength",
            "min", "max", "step", "minLabel", "maxLabel", "options", "maxEmotions");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label", "score");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-(.+)\\.md");
    private static final Pattern WHY = Pattern.compile("<h2>" + WHY_HEADING + "</h2>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HEADING = Pattern.compile("<h[1-6]>");

    public ExerciseFile {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        fields = List.copyOf(fields);
    }

    /** The field with this key, or {@code null}. */
    public FieldDefinition field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public static ExerciseFile parse(String fileName, String text) {
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
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw invalid(fileName, "has front matter that is not valid YAML: " + e.getMessage());
        }
        if (!(loaded instanceof Map<?, ?> front)) {
            throw invalid(fileName, "front matter is not a map");
        }
        unknownKeys(fileName, "front matter", front, FRONT_KEYS);
        String slug = string(fileName, front, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw invalid(fileName, "slug '" + slug + "' is not lower-case letters, digits and hyphens");
        }
        int order = integer(fileName, front, "order");
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches() || !name.group(2).equals(slug) || Integer.parseInt(name.group(1)) != order) {
            throw invalid(fileName, "file name does not match NN-slug.md for order " + order + " and slug " + slug);
        }
        List<String> topics = new ArrayList<>();
        if (!(front.get("topics") instanceof List<?> tags) || tags.isEmpty()) {
            throw invalid(fileName, "needs at least one topic");
        }
        for (Object tag : tags) {
            if (!ModuleTopics.ALL.contains(String.valueOf(tag))) {
                throw invalid(fileName, "has topic '" + tag + "', which is not in the topic vocabulary");
            }
            topics.add(String.valueOf(tag));
        }
        Object prompt = front.get("clinicianPrompt");
        if (prompt != null && !(prompt instanceof Boolean)) {
            throw invalid(fileName, "needs true or false for 'clinicianPrompt'");
        }
        List<FieldDefinition> fields = fields(fileName, front.get("fields"));
        List<String> problems = TemplateRules.check(fields);
        if (!problems.isEmpty()) {
            throw invalid(fileName, "has fields that break the rules: " + String.join("; ", problems));
        }

        // Checked on the rendered HTML before sanitising, which would quietly drop a '#' heading or a bad link.
        String rendered = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(body));
        if (rendered.contains("<a ")) {
            throw invalid(fileName, "has a link; exercises have none (the app adds the crisis links)");
        }
        long headings = HEADING.matcher(rendered).results().count();
        if (!WHY.matcher(rendered).find()) {
            throw invalid(fileName, "needs a '## " + WHY_HEADING + "' section after the instructions");
        }
        if (headings != 1) {
            throw invalid(fileName, "may have only one heading, '## " + WHY_HEADING + "', after the instructions");
        }
        String html = HtmlSanitizer.sanitize(rendered);
        Matcher why = WHY.matcher(html);
        if (!why.find()) {
            throw invalid(fileName, "lost its '## " + WHY_HEADING + "' heading when sanitised");
        }
        String instructions = html.substring(0, why.start()).strip();
        String whyItHelps = html.substring(why.end()).strip();
        if (isBlank(instructions)) {
            throw invalid(fileName, "needs instructions before '## " + WHY_HEADING + "'");
        }
        if (isBlank(whyItHelps)) {
            throw invalid(fileName, "has an empty '## " + WHY_HEADING + "' section");
        }

        return new ExerciseFile(fileName, slug, string(fileName, front, "title"),
                string(fileName, front, "summary").strip(), integer(fileName, front, "estimatedMinutes"), topics,
                order, integer(fileName, front, "revision"), sources(fileName, front.get("sources")),
                Boolean.TRUE.equals(prompt), fields, instructions, whyItHelps, sha256(FORMAT + text));
    }

    private static List<FieldDefinition> fields(String fileName, Object value) {
        if (!(value instanceof List<?> entries) || entries.isEmpty()) {
            throw invalid(fileName, "needs a list of 'fields'");
        }
        List<FieldDefinition> fields = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> field)) {
                throw invalid(fileName, "has a field that is not a map");
            }
            String where = "field '" + field.get("key") + "'";
            unknownKeys(fileName, where, field, FIELD_KEYS);
            FieldType type = FieldType.fromFileName(String.valueOf(field.get("type")));
            if (type == null) {
                throw invalid(fileName, where + " has an unknown type '" + field.get("type") + "'");
            }
            Object required = field.get("required");
            if (required != null && !(required instanceof Boolean)) {
                throw invalid(fileName, where + " needs true or false for 'required'");
            }
            fields.add(new FieldDefinition(text(fileName, where, field.get("key")), type,
                    text(fileName, where, field.get("label")), text(fileName, where, field.get("help")),
                    Boolean.TRUE.equals(required), whole(fileName, where, "maxLength", field.get("maxLength")),
                    decimal(fileName, where, "min", field.get("min")), decimal(fileName, where, "max", field.get("max")),
                    decimal(fileName, where, "step", field.get("step")), text(fileName, where, field.get("minLabel")),
                    text(fileName, where, field.get("maxLabel")), options(fileName, where, field.get("options")),
                    whole(fileName, where, "maxEmotions", field.get("maxEmotions"))));
        }
        return fields;
    }

    private static List<ChoiceOption> options(String fileName, String where, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> entries)) {
            throw invalid(fileName, where + " needs a list of 'options'");
        }
        List<ChoiceOption> options = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> option)) {
                throw invalid(fileName, where + " has an option that is not a map of value and label");
            }
            unknownKeys(fileName, where + " option", option, OPTION_KEYS);
            options.add(new ChoiceOption(text(fileName, where, option.get("value")),
                    text(fileName, where, option.get("label")), whole(fileName, where, "score", option.get("score"))));
        }
        return options;
    }

    private static List<ModuleSource> sources(String fileName, Object value) {
        List<ModuleSource> sources = new ArrayList<>();
        if (!(value instanceof List<?> entries) || entries.isEmpty()) {
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
        return sources;
    }

    /** A YAML scalar as text; numbers and booleans are refused where text is expected, to catch slips early. */
    private static String text(String fileName, String where, Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw invalid(fileName, where + " has '" + value + "' where text is expected; quote it");
    }

    private static Integer whole(String fileName, String where, String key, Object value) {
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        throw invalid(fileName, where + " needs a whole number for '" + key + "'");
    }

    private static BigDecimal decimal(String fileName, String where, String key, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double) {
            return new BigDecimal(value.toString());
        }
        throw invalid(fileName, where + " needs a number for '" + key + "'");
    }

    private static void unknownKeys(String fileName, String where, Map<?, ?> map, Set<String> allowed) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw invalid(fileName, where + " has an unknown key '" + key + "'");
            }
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

    private static boolean isBlank(String html) {
        return TAG.matcher(html).replaceAll(" ").isBlank();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IllegalArgumentException invalid(String fileName, String problem) {
        return new IllegalArgumentException("Exercise file " + fileName + " " + problem);
    }
}
