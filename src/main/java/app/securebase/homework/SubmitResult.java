package app.securebase.homework;

import java.util.List;

/**
 * What a submit did: submitted, or refused with the problems of each field. A refused submit still saved the draft,
 * so nothing typed is lost.
 *
 * @param revision the draft's revision after this call
 */
public record SubmitResult(boolean submitted, List<AnswerProblem> problems, int revision) {
}
