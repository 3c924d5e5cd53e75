package app.securebase.homework.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.securebase.homework.AnswerValue;
import app.securebase.homework.EmotionRating;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the homework form's script posts as an autosave becomes the same answers the form's own post gives, and
 * anything else is refused with a sentence saying what is wrong.
 */
class DraftRequestTest {

    private static DraftRequest read(String json) {
        return DraftRequest.read(new StringReader(json));
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage();
    }

    @Test
    void everyKindOfAnswerIsReadAsTheFormWouldKeepIt() {
        DraftRequest draft = read("""
                {"occurrence": 42, "revision": "3", "answers": {
                  "situation": {"text": "Before the call – tense"},
                  "blank": {"text": "   "},
                  "body": {"choices": ["tight-chest", "hot-face"]},
                  "none": {"choices": []},
                  "feelings": {"emotions": [{"emotion": "sad.lonely", "intensity": "40"},
                                            {"emotion": "mad", "intensity": ""},
                                            {"emotion": "fear.worried", "intensity": 70},
                                            {"emotion": "sad.empty", "intensity": "a lot"}]},
                  "calm": {"emotions": []}}}""");
        assertEquals(42, draft.occurrence());
        assertEquals(3, draft.revision(), "the revision as the hidden field holds it, as text");
        Map<String, AnswerValue> expected = new LinkedHashMap<>();
        expected.put("situation", AnswerValue.text("Before the call – tense"));
        expected.put("body", AnswerValue.choices("tight-chest", "hot-face"));
        expected.put("feelings", AnswerValue.emotions(new EmotionRating("sad.lonely", 40), new EmotionRating("mad", null),
                new EmotionRating("fear.worried", 70), new EmotionRating("sad.empty", null)));
        assertEquals(expected, draft.answers(), "blank text and empty lists are no answer; an intensity that is not"
                + " a whole number is none, as EntryField keeps it");
        assertEquals(List.of("situation", "body", "feelings"), List.copyOf(draft.answers().keySet()));
    }

    @Test
    void aBodyThatIsNotADraftIsRefusedSayingWhy() {
        assertEquals("the body is not a JSON object", refusal("[1, 2]"));
        assertEquals("the body is not a JSON object", refusal("{\"occurrence\": "));
        assertEquals("\"occurrence\" must be a whole number", refusal("{\"revision\": 1, \"answers\": {}}"));
        assertEquals("\"revision\" must be a whole number",
                refusal("{\"occurrence\": 1, \"revision\": 1.5, \"answers\": {}}"));
        assertEquals("occurrence or revision is out of range",
                refusal("{\"occurrence\": 1, \"revision\": 99999999999, \"answers\": {}}"));
        assertEquals("occurrence and revision must not be negative",
                refusal("{\"occurrence\": -4, \"revision\": 0, \"answers\": {}}"));
        assertEquals("\"answers\" must be an object", refusal("{\"occurrence\": 1, \"revision\": 0, \"answers\": []}"));
        assertEquals("the answer of \"note\" must be an object",
                refusal("{\"occurrence\": 1, \"revision\": 0, \"answers\": {\"note\": \"text\"}}"));
        assertEquals("the text of \"note\" must be a string",
                refusal("{\"occurrence\": 1, \"revision\": 0, \"answers\": {\"note\": {\"text\": 5}}}"));
        assertEquals("the choices of \"body\" must be strings",
                refusal("{\"occurrence\": 1, \"revision\": 0, \"answers\": {\"body\": {\"choices\": [1]}}}"));
        assertEquals("each emotion of \"feelings\" needs an \"emotion\"", refusal(
                "{\"occurrence\": 1, \"revision\": 0, \"answers\": {\"feelings\": {\"emotions\": [{\"intensity\": 4}]}}}"));
        assertEquals("the answer of \"note\" has no text, choices or emotions",
                refusal("{\"occurrence\": 1, \"revision\": 0, \"answers\": {\"note\": {}}}"));
        assertEquals("a field key is blank or longer than 100",
                refusal("{\"occurrence\": 1, \"revision\": 0, \"answers\": {\"" + "k".repeat(101) + "\": {\"text\": \"x\"}}}"));
    }
}
