package app.securebase.notes;

import java.util.List;

/**
 * The brief mental-status checklist: each item and the choices it offers, in order. The item's label is
 * {@code notes.mse.<key>}, a choice's {@code notes.mse.<key>.<choice>}. Stored by key and choice, so a label can be
 * reworded without touching signed notes' hashes.
 */
public enum MentalStatusItem {

    APPEARANCE("appearance", "appropriate", "disheveled", "unusual"),
    BEHAVIOUR("behaviour", "calm", "restless", "agitated", "withdrawn"),
    SPEECH("speech", "normal", "pressured", "slow", "soft"),
    MOOD("mood", "euthymic", "depressed", "anxious", "irritable", "elevated"),
    AFFECT("affect", "congruent", "flat", "blunted", "labile", "constricted"),
    THOUGHT_PROCESS("thoughtProcess", "logical", "tangential", "circumstantial", "disorganised"),
    ORIENTATION("orientation", "oriented", "partly", "disoriented"),
    INSIGHT("insight", "good", "fair", "poor");

    private final String key;
    private final List<String> choices;

    MentalStatusItem(String key, String... choices) {
        this.key = key;
        this.choices = List.of(choices);
    }

    public String key() {
        return key;
    }

    public List<String> choices() {
        return choices;
    }

    public String labelKey() {
        return "notes.mse." + key;
    }

    public String choiceKey(String choice) {
        return "notes.mse." + key + "." + choice;
    }

    public static MentalStatusItem byKey(String key) {
        for (MentalStatusItem item : values()) {
            if (item.key.equals(key)) {
                return item;
            }
        }
        return null;
    }
}
