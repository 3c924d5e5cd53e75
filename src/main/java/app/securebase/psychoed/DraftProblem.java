package app.securebase.psychoed;

import java.io.Serializable;

/**
 * One thing wrong with a draft, for the editor to show next to the field it concerns.
 *
 * @param field      the editor field: title, summary, contentNote, body, topics, questions or sources
 * @param messageKey the message in the resource bundle
 * @param limit      the limit the message names (a length or a count), or 0
 */
public record DraftProblem(String field, String messageKey, int limit) implements Serializable {
}
