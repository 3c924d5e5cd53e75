package app.securebase.notes;

/** The clinician's overall judgement of risk at the session; the label is {@code notes.risk.level.<NAME>}. */
public enum RiskLevel {
    NONE, LOW, MODERATE, HIGH;

    public String labelKey() {
        return "notes.risk.level." + name();
    }
}
