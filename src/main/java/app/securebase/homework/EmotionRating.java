package app.securebase.homework;

/**
 * One emotion chosen in an {@link FieldType#EMOTIONS} field.
 *
 * @param emotion   a key of the {@link EmotionVocabulary}: a word such as {@code sad.lonely} or a whole family such as
 *                  {@code sad} when no word fits
 * @param intensity how strong it felt, {@value #MIN_INTENSITY} to {@value #MAX_INTENSITY}; {@code null} when the
 *                  client left it out, which {@link FieldAnswer} reports
 */
public record EmotionRating(String emotion, Integer intensity) {

    public static final int MIN_INTENSITY = 0;
    public static final int MAX_INTENSITY = 100;
}
