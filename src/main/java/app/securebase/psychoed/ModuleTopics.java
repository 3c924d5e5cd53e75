package app.securebase.psychoed;

import java.util.List;

/** The topic tags of the library, as listed in the modules folder's README; clinicians tag their modules with them. */
public final class ModuleTopics {

    public static final List<String> ALL = List.of("relational-trauma", "attachment", "cptsd", "boundaries",
            "emotions", "relationships", "self-care", "self-compassion", "healing", "crisis");

    private ModuleTopics() {
    }
}
