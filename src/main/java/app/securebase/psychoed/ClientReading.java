package app.securebase.psychoed;

import java.util.ArrayList;
import java.util.List;

/**
 * One assignment with the client's answers, question by question, as the clinician reviews them.
 *
 * @param answers one entry per question of the pinned version, in order; an unanswered question has an empty answer
 */
public record ClientReading(ModuleAssignment assignment, List<QuestionAnswer> answers) {

    /** A reflection question and what the client wrote. */
    public record QuestionAnswer(String question, String answer) {
    }

    static ClientReading of(ModuleAssignment assignment, List<ReflectionAnswer> saved) {
        List<String> questions = assignment.getModuleVersion().getQuestions();
        List<QuestionAnswer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int position = i;
            String answer = saved.stream().filter(a -> a.getPosition() == position).map(ReflectionAnswer::getAnswer)
                    .findFirst().orElse("");
            answers.add(new QuestionAnswer(questions.get(i), answer));
        }
        return new ClientReading(assignment, List.copyOf(answers));
    }

    public boolean isAnswered() {
        return answers.stream().anyMatch(a -> !a.answer().isBlank());
    }
}
