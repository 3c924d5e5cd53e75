package app.securebase.homework.web;

import static app.securebase.platform.JsonProviders.JSON;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.EmotionRating;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One autosave of the homework form as the page's script posts it to {@link EntryDraftServlet}: the occurrence, the
 * revision the page last saw, and every answer as typed, keyed by field:
 *
 * <pre>{"occurrence": 42, "revision": 3, "answers": {
 *     "situation": {"text": "Before the call"}, "body": {"choices": ["tight-chest"]},
 *     "feelings": {"emotions": [{"emotion": "sad.lonely", "intensity": "40"}]}}}</pre>
 *
 * <p>The answers become the same {@link AnswerValue}s the form's own post gives ({@link EntryField#value()}): blank
 * text and empty lists are no answer, and an intensity is kept only when it is a whole number. Anything else that is
 * not of this shape is refused with a sentence saying what, which the servlet logs.
 */
record DraftRequest(long occurrence, int revision, Map<String, AnswerValue> answers) {

    /** Longer than any field key the exercise builder makes. */
    static final int KEY_MAX = 100;

    /** Reads and checks a request body; {@link IllegalArgumentException} says what is wrong with it. */
    static DraftRequest read(Reader body) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(body)) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        long occurrence;
        int revision;
        try {
            occurrence = number(json, "occurrence").longValueExact();
            revision = number(json, "revision").intValueExact();
        } catch (ArithmeticException outOfRange) {
            throw new IllegalArgumentException("occurrence or revision is out of range");
        }
        if (occurrence <= 0 || revision < 0) {
            throw new IllegalArgumentException("occurrence and revision must not be negative");
        }
        if (!(json.get("answers") instanceof JsonObject answers)) {
            throw new IllegalArgumentException("\"answers\" must be an object");
        }
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            if (key.isBlank() || key.length() > KEY_MAX) {
                throw new IllegalArgumentException("a field key is blank or longer than " + KEY_MAX);
            }
            if (!(value instanceof JsonObject answer)) {
                throw new IllegalArgumentException("the answer of \"" + key + "\" must be an object");
            }
            AnswerValue read = answer(key, answer);
            if (!read.isEmpty()) {
                values.put(key, read);
            }
        });
        return new DraftRequest(occurrence, revision, values);
    }

    private static JsonNumber number(JsonObject json, String name) {
        if (json.get(name) instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        // A revision the page read from its hidden field arrives as text.
        if (json.get(name) instanceof JsonString text && text.getString().matches("\\d{1,18}")) {
            return JSON.createValue(Long.parseLong(text.getString()));
        }
        throw new IllegalArgumentException("\"" + name + "\" must be a whole number");
    }

    private static AnswerValue answer(String key, JsonObject answer) {
        if (answer.containsKey("text")) {
            if (!(answer.get("text") instanceof JsonString text)) {
                throw new IllegalArgumentException("the text of \"" + key + "\" must be a string");
            }
            return text.getString().isBlank() ? AnswerValue.EMPTY : AnswerValue.text(text.getString());
        }
        if (answer.containsKey("choices")) {
            List<String> choices = strings(key, answer.get("choices"));
            return choices.isEmpty() ? AnswerValue.EMPTY : AnswerValue.choices(choices);
        }
        if (answer.containsKey("emotions")) {
            if (!(answer.get("emotions") instanceof JsonArray emotions)) {
                throw new IllegalArgumentException("the emotions of \"" + key + "\" must be a list");
            }
            List<EmotionRating> ratings = new ArrayList<>();
            for (JsonValue emotion : emotions) {
                if (!(emotion instanceof JsonObject rating) || !(rating.get("emotion") instanceof JsonString word)) {
                    throw new IllegalArgumentException("each emotion of \"" + key + "\" needs an \"emotion\"");
                }
                ratings.add(new EmotionRating(word.getString(), intensity(rating.get("intensity"))));
            }
            return ratings.isEmpty() ? AnswerValue.EMPTY : AnswerValue.emotions(ratings);
        }
        throw new IllegalArgumentException("the answer of \"" + key + "\" has no text, choices or emotions");
    }

    private static List<String> strings(String key, JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException("the choices of \"" + key + "\" must be a list");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new IllegalArgumentException("the choices of \"" + key + "\" must be strings");
            }
            strings.add(text.getString());
        }
        return List.copyOf(strings);
    }

    /** As the form keeps it: typed text, a whole number or nothing. */
    private static Integer intensity(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return EntryField.parseIntensity(number.toString());
        }
        return value instanceof JsonString text ? EntryField.parseIntensity(text.getString()) : null;
    }
}
