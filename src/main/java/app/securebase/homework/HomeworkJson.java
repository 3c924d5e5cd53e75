package app.securebase.homework;

import static app.securebase.platform.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How field definitions and entries are stored: compact JSON written and read with JSON-P, field by field, so that the
 * stored shape is explicit here (not left to a binding's defaults) and reading never runs anything but this code.
 *
 * <p>An entry is {@code {"key":{"text":"…"}, "key2":{"choices":["a"]}, "key3":{"emotions":[{"emotion":"sad","intensity":40}]}}};
 * reading tolerates anything malformed by turning it into values that {@link FieldAnswer} then reports, never into
 * an exception that would lose the rest of the entry.
 */
public final class HomeworkJson {

    private HomeworkJson() {
    }

    public static String writeFields(List<FieldDefinition> fields) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (FieldDefinition f : fields) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("key", f.key()).add("type", f.type().name())
                    .add("label", f.label()).add("required", f.required());
            putIfSet(o, "help", f.help());
            if (f.maxLength() != null) {
                o.add("maxLength", f.maxLength());
            }
            putIfSet(o, "min", f.min());
            putIfSet(o, "max", f.max());
            putIfSet(o, "step", f.step());
            putIfSet(o, "minLabel", f.minLabel());
            putIfSet(o, "maxLabel", f.maxLabel());
            if (f.maxEmotions() != null) {
                o.add("maxEmotions", f.maxEmotions());
            }
            if (!f.options().isEmpty()) {
                JsonArrayBuilder options = JSON.createArrayBuilder();
                for (ChoiceOption option : f.options()) {
                    JsonObjectBuilder ob = JSON.createObjectBuilder().add("value", option.value())
                            .add("label", option.label());
                    if (option.score() != null) {
                        ob.add("score", option.score());
                    }
                    options.add(ob);
                }
                o.add("options", options);
            }
            array.add(o);
        }
        return array.build().toString();
    }

    public static List<FieldDefinition> readFields(String json) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (JsonValue value : parse(json).asJsonArray()) {
            JsonObject o = value.asJsonObject();
            List<ChoiceOption> options = new ArrayList<>();
            if (o.containsKey("options")) {
                for (JsonValue option : o.getJsonArray("options")) {
                    JsonObject ob = option.asJsonObject();
                    options.add(new ChoiceOption(ob.getString("value"), ob.getString("label"),
                            ob.containsKey("score") ? ob.getInt("score") : null));
                }
            }
            fields.add(new FieldDefinition(o.getString("key"), FieldType.valueOf(o.getString("type")),
                    o.getString("label"), o.getString("help", null), o.getBoolean("required", false),
                    integer(o, "maxLength"), decimal(o, "min"), decimal(o, "max"), decimal(o, "step"),
                    o.getString("minLabel", null), o.getString("maxLabel", null), options, integer(o, "maxEmotions")));
        }
        return List.copyOf(fields);
    }

    public static String writeEntry(Map<String, AnswerValue> entry) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        entry.forEach((key, value) -> {
            if (value == null || value.isEmpty()) {
                return;
            }
            JsonObjectBuilder v = JSON.createObjectBuilder();
            if (value.text() != null) {
                v.add("text", value.text());
            }
            if (value.choices() != null) {
                JsonArrayBuilder choices = JSON.createArrayBuilder();
                value.choices().forEach(c -> {
                    if (c == null) {
                        choices.addNull();
                    } else {
                        choices.add(c);
                    }
                });
                v.add("choices", choices);
            }
            if (value.emotions() != null) {
                JsonArrayBuilder emotions = JSON.createArrayBuilder();
                for (EmotionRating rating : value.emotions()) {
                    if (rating == null) {
                        emotions.addNull();
                        continue;
                    }
                    JsonObjectBuilder r = JSON.createObjectBuilder();
                    if (rating.emotion() != null) {
                        r.add("emotion", rating.emotion());
                    }
                    if (rating.intensity() != null) {
                        r.add("intensity", rating.intensity());
                    }
                    emotions.add(r);
                }
                v.add("emotions", emotions);
            }
            object.add(key, v);
        });
        return object.build().toString();
    }

    /** An entry as stored; an empty or unreadable text is an empty entry. */
    public static Map<String, AnswerValue> readEntry(String json) {
        Map<String, AnswerValue> entry = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return entry;
        }
        JsonValue parsed;
        try {
            parsed = parse(json);
        } catch (JsonException e) {
            return entry;
        }
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            return entry;
        }
        parsed.asJsonObject().forEach((key, value) -> {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return;
            }
            JsonObject v = value.asJsonObject();
            String text = v.get("text") instanceof JsonString s ? s.getString() : null;
            List<String> choices = null;
            if (v.get("choices") instanceof JsonArray array) {
                choices = new ArrayList<>();
                for (JsonValue c : array) {
                    choices.add(c instanceof JsonString s ? s.getString() : null);
                }
            }
            List<EmotionRating> emotions = null;
            if (v.get("emotions") instanceof JsonArray array) {
                emotions = new ArrayList<>();
                for (JsonValue e : array) {
                    if (e instanceof JsonObject r) {
                        emotions.add(new EmotionRating(r.get("emotion") instanceof JsonString s ? s.getString() : null,
                                r.get("intensity") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null));
                    } else {
                        emotions.add(null);
                    }
                }
            }
            entry.put(key, new AnswerValue(text, choices, emotions));
        });
        return entry;
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static void putIfSet(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static void putIfSet(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static Integer integer(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.intValue() : null;
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
