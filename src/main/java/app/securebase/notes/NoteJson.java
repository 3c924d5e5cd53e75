package app.securebase.notes;

import static app.securebase.platform.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a note's sections and mental-status checklist are stored: flat JSON objects of strings, written with JSON-P. */
final class NoteJson {

    private NoteJson() {
    }

    static String writeSections(Map<String, String> sections) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        sections.forEach(o::add);
        return o.build().toString();
    }

    static Map<String, String> readSections(String json) {
        Map<String, String> sections = new LinkedHashMap<>();
        read(json).forEach((key, value) -> {
            if (value instanceof JsonString text) {
                sections.put(key, text.getString());
            }
        });
        return sections;
    }

    static String writeMentalStatus(Map<MentalStatusItem, String> status) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        status.forEach((item, choice) -> o.add(item.key(), choice));
        return o.build().toString();
    }

    static Map<MentalStatusItem, String> readMentalStatus(String json) {
        Map<MentalStatusItem, String> status = new EnumMap<>(MentalStatusItem.class);
        read(json).forEach((key, value) -> {
            MentalStatusItem item = MentalStatusItem.byKey(key);
            if (item != null && value instanceof JsonString choice) {
                status.put(item, choice.getString());
            }
        });
        return status;
    }

    private static Map<String, JsonValue> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object;
        }
    }
}
