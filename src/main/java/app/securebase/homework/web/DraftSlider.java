package app.securebase.homework.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.slider.Slider;

/**
 * PrimeFaces' slider, minus its own check of the number box it is tied to. That check parses whatever the client has
 * typed with {@code Double.parseDouble} (letters end the request in an error page) and marks an out-of-range number
 * invalid, which stops the whole form's autosave: what else was typed in that request would not be saved. A draft
 * keeps anything; the exercise's own rules judge the number, with a message by the field, when the entry is sent.
 * Registered in {@code faces-config.xml} in place of PrimeFaces' slider.
 */
public class DraftSlider extends Slider {

    @Override
    public void validate(FacesContext context) {
        // The slider holds no value of its own; the number box and ExerciseRules judge what was typed.
    }
}
