package app.securebase.notes;

import java.io.Serializable;

/**
 * The optional risk assessment of a note. Each yes/no question is {@code null} when not asked, so "not asked" is never
 * recorded as "denied".
 *
 * @param protectiveFactors free text, plain; may be empty
 * @param level             the overall risk level, or {@code null} when not judged
 */
public record RiskAssessment(Boolean suicidalIdeation, Boolean homicidalIdeation, Boolean plan, Boolean intent,
        String protectiveFactors, RiskLevel level) implements Serializable {

    public static final int PROTECTIVE_FACTORS_MAX = 2000;

    public RiskAssessment {
        protectiveFactors = NoteContent.plain(protectiveFactors);
    }

    /** Whether nothing at all was recorded: such an assessment is stored as none. */
    public boolean isEmpty() {
        return suicidalIdeation == null && homicidalIdeation == null && plan == null && intent == null
                && protectiveFactors.isBlank() && level == null;
    }
}
