package app.securebase.notes;

/** The kind of session a note documents; the label is {@code notes.service.<NAME>}. */
public enum ServiceType {
    INDIVIDUAL, COUPLE, FAMILY, GROUP;

    public String labelKey() {
        return "notes.service." + name();
    }
}
