package app.securebase.homework.web;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.HomeworkService;
import app.securebase.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/exercise.xhtml?id=…}: a published exercise as the client will meet it: the instructions,
 * why it helps, and each field with what it accepts. An unknown or unpublished id is a 404, like a missing page.
 */
@Named
@ViewScoped
public class ExercisePreviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HomeworkService homework;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String id;
    private ExerciseVersion exercise;

    public void load() throws IOException {
        exercise = id == null || !id.matches("\\d{1,18}") ? null
                : homework.findPublished(Long.parseLong(id)).orElse(null);
        if (exercise == null) {
            Faces.responseSendError(404, "no exercise");
        }
    }

    /** What the field accepts, in a few words: "Scale 0–10, from Very low to Very good", "Up to 200 characters". */
    public String hint(FieldDefinition field) {
        return switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT -> Texts.get("homework.field.hint." + field.type().name(), field.maxLength());
            case NUMBER -> field.min() != null && field.max() != null
                    ? Texts.get("homework.field.hint.NUMBER.range", plain(field.min()), plain(field.max()))
                    : Texts.get("homework.field.hint.NUMBER");
            case SCALE -> Texts.get("homework.field.hint.SCALE", plain(field.min()), plain(field.max()),
                    field.minLabel(), field.maxLabel(), plain(field.step()));
            case EMOTIONS -> Texts.get("homework.field.hint.EMOTIONS", field.maxEmotions());
            default -> Texts.get("homework.field.hint." + field.type().name());
        };
    }

    public List<EmotionVocabulary.Family> getEmotionFamilies() {
        return EmotionVocabulary.builtIn().families();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    public ExerciseVersion getExercise() {
        return exercise;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
