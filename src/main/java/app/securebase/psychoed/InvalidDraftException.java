package app.securebase.psychoed;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A draft that cannot be saved or published as it is; nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidDraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DraftProblem> problems;

    public InvalidDraftException(List<DraftProblem> problems) {
        super("draft refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
