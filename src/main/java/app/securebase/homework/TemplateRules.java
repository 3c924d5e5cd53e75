package app.securebase.homework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the field list of an exercise template must satisfy as a whole: each field valid on its own
 * ({@link FieldDefinition#validate()}), keys unique, and between 1 and {@value #MAX_FIELDS} fields.
 */
public final class TemplateRules {

    public static final int MAX_FIELDS = 40;

    private TemplateRules() {
    }

    /** The problems in plain English; empty when the fields make a usable template. */
    public static List<String> check(List<FieldDefinition> fields) {
        List<String> problems = new ArrayList<>();
        if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
            problems.add("needs 1 to " + MAX_FIELDS + " fields, has " + fields.size());
        }
        Set<String> keys = new HashSet<>();
        for (FieldDefinition field : fields) {
            problems.addAll(field.validate());
            if (field.key() != null && !keys.add(field.key())) {
                problems.add("field '" + field.key() + "': the key is used twice");
            }
        }
        return problems;
    }
}
