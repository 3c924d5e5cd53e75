package app.securebase.psychoed;

import java.util.ArrayList;
import java.util.List;

/**
 * What a clinician's module must satisfy. Saving a draft only enforces the storage limits, so half-written work is
 * never lost; publishing also needs everything a client's page shows: a title, summary, content note, body, a topic
 * and one to five reflection questions.
 */
public final class DraftRules {

    private DraftRules() {
    }

    public static List<DraftProblem> forSaving(DraftContent content) {
        List<DraftProblem> problems = new ArrayList<>();
        tooLong(problems, "title", content.title().strip(), ModuleDraft.TITLE_MAX);
        tooLong(problems, "summary", content.summary().strip(), ModuleDraft.SUMMARY_MAX);
        tooLong(problems, "contentNote", content.contentNote().strip(), ModuleDraft.CONTENT_NOTE_MAX);
        tooLong(problems, "body", content.bodyHtml(), ModuleDraft.BODY_MAX);
        for (String topic : content.topics()) {
            if (!ModuleTopics.ALL.contains(topic)) {
                problems.add(new DraftProblem("topics", "psychoed.edit.error.unknownTopic", 0));
                break;
            }
        }
        if (content.questions().size() > ModuleDraft.MAX_QUESTIONS) {
            problems.add(new DraftProblem("questions", "psychoed.edit.error.tooManyQuestions",
                    ModuleDraft.MAX_QUESTIONS));
        }
        if (content.questions().stream().anyMatch(q -> q.length() > ModuleDraft.QUESTION_MAX)) {
            problems.add(new DraftProblem("questions", "psychoed.edit.error.questionTooLong", ModuleDraft.QUESTION_MAX));
        }
        if (content.sources().size() > ModuleDraft.MAX_SOURCES) {
            problems.add(new DraftProblem("sources", "psychoed.edit.error.tooManySources", ModuleDraft.MAX_SOURCES));
        }
        if (content.sources().stream().anyMatch(s -> s.length() > ModuleDraft.SOURCE_MAX)) {
            problems.add(new DraftProblem("sources", "psychoed.edit.error.sourceTooLong", ModuleDraft.SOURCE_MAX));
        }
        return problems;
    }

    /** Checked on the stored draft, whose body is already sanitised: a body of only markup counts as empty. */
    public static List<DraftProblem> forPublishing(DraftContent content) {
        List<DraftProblem> problems = new ArrayList<>(forSaving(content));
        required(problems, "title", content.title());
        required(problems, "summary", content.summary());
        required(problems, "contentNote", content.contentNote());
        required(problems, "body", ModuleFile.plainText(HtmlSanitizer.sanitize(content.bodyHtml())));
        if (content.topics().isEmpty()) {
            problems.add(new DraftProblem("topics", "psychoed.edit.error.topicRequired", 0));
        }
        if (content.questions().isEmpty()) {
            problems.add(new DraftProblem("questions", "psychoed.edit.error.questionRequired", 0));
        }
        return problems;
    }

    private static void required(List<DraftProblem> problems, String field, String value) {
        if (value.isBlank()) {
            problems.add(new DraftProblem(field, "psychoed.edit.error." + field + "Required", 0));
        }
    }

    private static void tooLong(List<DraftProblem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(new DraftProblem(field, "psychoed.edit.error.tooLong", max));
        }
    }
}
