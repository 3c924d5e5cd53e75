package app.securebase.homework;

import java.io.Serializable;
import java.util.List;

/**
 * What a clinician types into the exercise builder. Nothing here is trusted: {@link ExerciseAuthoringService} checks
 * it ({@link TemplateRules}) and the instructions are sanitised before anything is stored.
 *
 * @param instructions plain text; blank lines separate paragraphs
 */
public record TemplateContent(String title, String summary, String instructions, int estimatedMinutes,
        List<FieldDefinition> fields) implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int INSTRUCTIONS_MAX = 10_000;
    public static final int MINUTES_MAX = 120;

    public TemplateContent {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        instructions = instructions == null ? "" : instructions.strip();
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Message keys for what must change before the template can be saved (storage limits only). */
    public List<String> problemsForSaving() {
        List<String> problems = new java.util.ArrayList<>();
        if (title.length() > TITLE_MAX) {
            problems.add("homework.builder.error.titleTooLong");
        }
        if (summary.length() > SUMMARY_MAX) {
            problems.add("homework.builder.error.summaryTooLong");
        }
        if (instructions.length() > INSTRUCTIONS_MAX) {
            problems.add("homework.builder.error.instructionsTooLong");
        }
        if (estimatedMinutes < 1 || estimatedMinutes > MINUTES_MAX) {
            problems.add("homework.builder.error.minutes");
        }
        if (fields.size() > TemplateRules.MAX_FIELDS) {
            problems.add("homework.builder.error.tooManyFields");
        }
        return problems;
    }

    /** Message keys for what must change before the template can be published. */
    public List<String> problemsForPublishing() {
        List<String> problems = problemsForSaving();
        if (title.isEmpty()) {
            problems.add("homework.builder.error.titleRequired");
        }
        if (summary.isEmpty()) {
            problems.add("homework.builder.error.summaryRequired");
        }
        if (instructions.isEmpty()) {
            problems.add("homework.builder.error.instructionsRequired");
        }
        if (fields.isEmpty()) {
            problems.add("homework.builder.error.noFields");
        } else if (!TemplateRules.check(fields).isEmpty()) {
            problems.add("homework.builder.error.fields");
        }
        return problems;
    }
}
