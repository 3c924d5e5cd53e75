package app.securebase.homework.web;

import app.securebase.homework.ExerciseAuthoringService;
import app.securebase.homework.ExerciseDraft;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /clinician/my-exercises.xhtml}: the exercises I built, drafts included (they are mine only). */
@Named
@ViewScoped
public class MyExercisesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExerciseAuthoringService authoring;

    private List<ExerciseDraft> exercises;

    @PostConstruct
    void init() {
        exercises = authoring.myTemplates();
    }

    public List<ExerciseDraft> getExercises() {
        return exercises;
    }

    public boolean unpublishedChanges(ExerciseDraft draft) {
        return ExerciseAuthoringService.hasUnpublishedChanges(draft);
    }
}
