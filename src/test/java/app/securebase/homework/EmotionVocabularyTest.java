package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmotionVocabularyTest {

    @Test
    void theBuiltInVocabularyHasTheSixCoreFamilies() {
        EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
        assertSame(vocabulary, EmotionVocabulary.builtIn(), "loaded once");
        assertEquals(List.of("sad", "mad", "scared", "joyful", "powerful", "peaceful"),
                vocabulary.families().stream().map(EmotionVocabulary.Family::key).toList());
        for (EmotionVocabulary.Family family : vocabulary.families()) {
            assertTrue(family.words().size() >= 6 && family.words().size() <= 10, family.key());
            for (EmotionVocabulary.Word word : family.words()) {
                assertTrue(word.key().startsWith(family.key() + "."), word.key());
                assertTrue(word.key().matches("[a-z]+\\.[a-z_]+"), word.key());
            }
        }
        assertEquals("Lonely", vocabulary.label("sad.lonely"));
        assertEquals("Sad", vocabulary.label("sad"));
        assertTrue(vocabulary.contains("peaceful.safe"));
        assertFalse(vocabulary.contains("sad.unknown"));
        assertFalse(vocabulary.contains(null));
        assertNull(vocabulary.label("lonely"));
    }

    @Test
    void keysAndLabelsAreUnique() {
        EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
        List<String> keys = vocabulary.keys();
        assertEquals(keys.size(), new HashSet<>(keys).size());
        Set<String> labels = new HashSet<>();
        for (String key : keys) {
            assertTrue(labels.add(vocabulary.label(key).toLowerCase()), "label used twice: " + key);
        }
    }

    @Test
    void refusesBrokenFiles() {
        String good = """
                families:
                  sad:
                    label: Sad
                    words: {a: A, b: B, c: C, d: D, e: E, f: F}
                """;
        assertEquals(7, EmotionVocabulary.parse("test.yaml", good).keys().size());
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> EmotionVocabulary.parse("test.yaml", good.replace(", f: F", "")));
        assertTrue(few.getMessage().contains("test.yaml") && few.getMessage().contains("6 to 10"), few.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EmotionVocabulary.parse("test.yaml", good.replace("f: F", "a: Again")));
        assertThrows(IllegalArgumentException.class,
                () -> EmotionVocabulary.parse("test.yaml", good.replace("label: Sad", "label: ''")));
        assertThrows(IllegalArgumentException.class,
                () -> EmotionVocabulary.parse("test.yaml", good.replace("f: F", "F.x: F")));
        assertThrows(IllegalArgumentException.class, () -> EmotionVocabulary.parse("test.yaml", "families: []"));
        assertThrows(IllegalArgumentException.class,
                () -> EmotionVocabulary.parse("test.yaml", "families: !!java.io.File x"));
    }
}
