package app.securebase.notes;

/** Where the session took place; the label is {@code notes.setting.<NAME>}. */
public enum ServiceSetting {
    IN_PERSON, TELEHEALTH;

    public String labelKey() {
        return "notes.setting." + name();
    }
}
