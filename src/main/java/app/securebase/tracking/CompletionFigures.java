package app.securebase.tracking;

import java.util.OptionalInt;

/**
 * Completion over a period: how many occurrences fell due, how many of those were completed, and how many of the
 * completed ones came in late. See {@link CompletionRules} for what counts.
 */
public record CompletionFigures(long due, long completed, long late) {

    public static final CompletionFigures NONE = new CompletionFigures(0, 0, 0);

    public CompletionFigures {
        if (due < 0 || completed < 0 || late < 0 || completed > due || late > completed) {
            throw new IllegalArgumentException("inconsistent figures: due " + due + ", completed " + completed
                    + ", late " + late);
        }
    }

    /** Completed as a whole percentage of due, rounded down; empty when nothing was due (not 0 %, not 100 %). */
    public OptionalInt ratePercent() {
        return due == 0 ? OptionalInt.empty() : OptionalInt.of((int) (completed * 100 / due));
    }

    /** For pages: the rate, or -1 when nothing was due. */
    public int rateOrNone() {
        return ratePercent().orElse(-1);
    }

    public boolean anythingDue() {
        return due > 0;
    }
}
