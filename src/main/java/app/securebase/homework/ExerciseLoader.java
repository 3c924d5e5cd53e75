package app.securebase.homework;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Loads the built-in exercises at start-up, idempotently, as {@code psychoed.ModuleLoader} does for modules: an
 * unchanged file does nothing, a changed file becomes a new version (never a rewrite), a new file a new template.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ExerciseLoader {

    private static final Logger LOG = Logger.getLogger(ExerciseLoader.class.getName());

    /** What loading one file did. */
    public enum Outcome {
        UNCHANGED,
        NEW_VERSION,
        NEW_TEMPLATE
    }

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void loadBuiltIns() {
        int changed = 0;
        for (String fileName : BuiltInExercises.index()) {
            if (load(fileName, BuiltInExercises.read(fileName)) != Outcome.UNCHANGED) {
                changed++;
            }
        }
        int c = changed;
        LOG.info(() -> "Built-in exercises loaded: " + c + " new or changed of " + BuiltInExercises.index().size());
    }

    /** Loads one file's text; public so that a test can feed it changed text. */
    public Outcome load(String fileName, String text) {
        ExerciseFile file = ExerciseFile.parse(fileName, text);
        ExerciseTemplate template = em.createNamedQuery(ExerciseTemplate.FIND_BY_SLUG, ExerciseTemplate.class)
                .setParameter("slug", file.slug()).getResultStream().findFirst().orElse(null);
        Outcome outcome;
        int number;
        if (template == null) {
            template = ExerciseTemplate.builtIn(file.slug(), file.order());
            em.persist(template);
            em.flush();
            number = 1;
            outcome = Outcome.NEW_TEMPLATE;
        } else {
            ExerciseVersion current = template.getCurrentVersion();
            if (current != null && current.getSourceHash().equals(file.sourceHash())) {
                return Outcome.UNCHANGED;
            }
            number = em.createNamedQuery(ExerciseVersion.COUNT_BY_TEMPLATE, Long.class)
                    .setParameter("template", template).getSingleResult().intValue() + 1;
            template.moveTo(file.order());
            outcome = Outcome.NEW_VERSION;
        }
        ExerciseVersion version = new ExerciseVersion(template, number, file, Instant.now());
        em.persist(version);
        em.flush();
        template.publish(version);
        LOG.info("Exercise " + file.slug() + ": version " + number + " published from " + fileName);
        return outcome;
    }
}
