package app.securebase.homework;

/**
 * One option of a choice or checklist field.
 *
 * @param value the stable value stored with an answer ({@code [a-z0-9_-]+}); never change it once the template has
 *              been used, or old answers lose their meaning
 * @param label what the client reads
 * @param score reserved for scored questionnaires: the points the option adds to the template's total. The
 *              built-in exercises are not scored and leave it {@code null}; see {@link FieldDefinition}
 */
public record ChoiceOption(String value, String label, Integer score) {

    public static ChoiceOption of(String value, String label) {
        return new ChoiceOption(value, label, null);
    }
}
