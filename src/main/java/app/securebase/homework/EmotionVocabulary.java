package app.securebase.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The emotion words clients choose from in an {@link FieldType#EMOTIONS} field: a few core families, each with
 * specific words, read once from {@code emotions.yaml}. The page shows them as one group per family (a labelled list
 * that works with a keyboard and a screen reader), not only as a wheel picture.
 *
 * <p>Keys are stable and stored with answers: a word is {@code family.word} ({@code sad.lonely}); a family's own key
 * ({@code sad}) is also a valid choice, for when no specific word fits. Words may be added; a key is never removed or
 * given another meaning.
 */
public final class EmotionVocabulary {

    static final String RESOURCE = "/app/securebase/homework/emotions.yaml";
    public static final int MIN_WORDS = 6;
    public static final int MAX_WORDS = 10;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");

    /** One word, with its full key ({@code sad.lonely}). */
    public record Word(String key, String label) {
    }

    /** One family of emotions and its words, in the order the file gives. */
    public record Family(String key, String label, List<Word> words) {
    }

    private final List<Family> families;
    private final Map<String, String> labels;

    private EmotionVocabulary(List<Family> families) {
        this.families = List.copyOf(families);
        Map<String, String> all = new LinkedHashMap<>();
        for (Family family : families) {
            all.put(family.key(), family.label());
            for (Word word : family.words()) {
                all.put(word.key(), word.label());
            }
        }
        this.labels = Collections.unmodifiableMap(all);
    }

    private static final class BuiltIn {
        static final EmotionVocabulary INSTANCE = parse(RESOURCE, read());

        private static String read() {
            try (InputStream in = EmotionVocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + RESOURCE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The built-in vocabulary, loaded on first use. */
    public static EmotionVocabulary builtIn() {
        return BuiltIn.INSTANCE;
    }

    public List<Family> families() {
        return families;
    }

    /** Every key, families and words, in file order. */
    public List<String> keys() {
        return List.copyOf(labels.keySet());
    }

    public boolean contains(String key) {
        return key != null && labels.containsKey(key);
    }

    /** The plain-language label of a key, or {@code null} for an unknown key. */
    public String label(String key) {
        return key == null ? null : labels.get(key);
    }

    /**
     * Reads a vocabulary: a map {@code families} from family key to {@code label} and {@code words} (a map from word
     * key to label). Refuses a file that breaks that shape, with a message naming the file.
     */
    public static EmotionVocabulary parse(String fileName, String yaml) {
        Object loaded;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw invalid(fileName, "is not valid YAML: " + e.getMessage());
        }
        if (!(loaded instanceof Map<?, ?> root) || !(root.get("families") instanceof Map<?, ?> entries)
                || entries.isEmpty()) {
            throw invalid(fileName, "needs a map 'families'");
        }
        List<Family> families = new ArrayList<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String family = String.valueOf(entry.getKey());
            if (!NAME.matcher(family).matches()) {
                throw invalid(fileName, "has a family key '" + family + "' that is not lower-case letters");
            }
            if (!(entry.getValue() instanceof Map<?, ?> body) || !(body.get("label") instanceof String label)
                    || label.isBlank() || !(body.get("words") instanceof Map<?, ?> words)) {
                throw invalid(fileName, "family '" + family + "' needs a label and a map of words");
            }
            if (words.size() < MIN_WORDS || words.size() > MAX_WORDS) {
                throw invalid(fileName, "family '" + family + "' needs " + MIN_WORDS + " to " + MAX_WORDS
                        + " words, has " + words.size());
            }
            List<Word> list = new ArrayList<>();
            for (Map.Entry<?, ?> word : words.entrySet()) {
                String key = String.valueOf(word.getKey());
                if (!NAME.matcher(key).matches() || !(word.getValue() instanceof String wordLabel)
                        || wordLabel.isBlank()) {
                    throw invalid(fileName, "family '" + family + "' has a word '" + key
                            + "' without a lower-case key and a label");
                }
                list.add(new Word(family + "." + key, wordLabel));
            }
            families.add(new Family(family, label, List.copyOf(list)));
        }
        return new EmotionVocabulary(families);
    }

    private static IllegalArgumentException invalid(String fileName, String problem) {
        return new IllegalArgumentException("Emotion vocabulary " + fileName + " " + problem);
    }
}
