package app.securebase.homework.web;

import app.securebase.homework.ExerciseVersion;
import app.securebase.homework.HomeworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code /clinician/exercises.xhtml}: the published exercises, each with its preview and a way to assign it. The
 * library is a short, curated list (the built-in exercises and, later, the clinician's own), so it is read whole.
 */
@Named
@RequestScoped
public class ExerciseLibraryBacking {

    @Inject
    HomeworkService homework;

    private List<ExerciseVersion> exercises;

    public List<ExerciseVersion> getExercises() {
        if (exercises == null) {
            exercises = homework.library();
        }
        return exercises;
    }
}
