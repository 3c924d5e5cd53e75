package app.securebase.homework.web;

import app.securebase.homework.ExerciseAuthoringService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** "Duplicate to adapt" on an exercise's preview: a new draft of mine, opened in the builder. */
@Named
@RequestScoped
public class DuplicateExerciseBacking {

    @Inject
    ExerciseAuthoringService authoring;

    public void duplicate(long templateId) throws IOException {
        long copy = authoring.duplicate(templateId);
        Faces.redirect("clinician/exercise-builder.xhtml?id=" + copy);
    }
}
