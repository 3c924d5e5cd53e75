package app.securebase.psychoed;

import java.util.List;

/**
 * An assignment as its client reads it: the pinned version and what they have written so far.
 *
 * @param answers one per question of the pinned version, in order; empty where nothing was written yet
 */
public record Reading(ModuleAssignment assignment, List<String> answers) {

    public ModuleVersion module() {
        return assignment.getModuleVersion();
    }

    /** Answers can change until the client marks the module read. */
    public boolean isEditable() {
        return assignment.getReadAt() == null;
    }
}
