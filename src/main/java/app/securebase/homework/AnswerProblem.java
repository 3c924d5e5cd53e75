package app.securebase.homework;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with a submitted answer, for the page to show next to the field it concerns.
 *
 * @param field      the key of the field
 * @param messageKey the message in the resource bundle ({@code homework.answer.error.*})
 * @param arguments  the values the message names, in order ({@code {0}}, {@code {1}}, ...): limits, and the label of
 *                   an emotion; never text the client typed
 */
public record AnswerProblem(String field, String messageKey, List<Object> arguments) implements Serializable {

    public AnswerProblem {
        arguments = List.copyOf(arguments);
    }

    static AnswerProblem of(String field, String problem, Object... arguments) {
        return new AnswerProblem(field, "homework.answer.error." + problem, List.of(arguments));
    }
}
