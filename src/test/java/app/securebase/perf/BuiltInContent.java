package app.securebase.perf;

import app.securebase.homework.BuiltInExercises;
import app.securebase.homework.ExerciseLoader;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.HomeworkJson;
import app.securebase.psychoed.ModuleLoader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in psychoeducation modules and exercises, made to exist exactly as the application makes them: by the
 * application's own start-up loaders ({@link ModuleLoader}, {@link ExerciseLoader}) running on the application's own
 * persistence unit, here outside the container with a resource-local transaction. Like at start-up, a file already
 * loaded is left alone, so running the generator on a database the application has already seeded changes nothing.
 *
 * <p>Generating these rows by hand would mean a second copy of the loaders' parsing, sanitising and versioning that
 * could drift from theirs; running the loaders cannot.
 */
final class BuiltInContent {

    /** A built-in module's current version, and how many reflection questions it asks. */
    record Module(long moduleId, String slug, long versionId, int versionNumber, int questions) {
    }

    /** A built-in exercise's current version and its fields. */
    record Exercise(long templateId, String slug, long versionId, int versionNumber, boolean clinicianPrompt,
            List<FieldDefinition> fields) {
    }

    final List<Module> modules;
    final List<Exercise> exercises;

    private BuiltInContent(List<Module> modules, List<Exercise> exercises) {
        this.modules = modules;
        this.exercises = exercises;
    }

    /** Runs the application's loaders against the target database. */
    static void load(Target target) throws ReflectiveOperationException {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.jtaDataSource", "");
        settings.put("jakarta.persistence.nonJtaDataSource", "");
        settings.put("jakarta.persistence.jdbc.url", target.url);
        settings.put("jakarta.persistence.jdbc.user", target.user);
        settings.put("jakarta.persistence.jdbc.password", target.password);
        // Without weaving EclipseLink warns that lazy to-one relations load eagerly: true, and harmless here.
        settings.put("eclipselink.logging.level", "SEVERE");
        settings.put("eclipselink.weaving", "false");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("securebase", settings);
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            ModuleLoader modules = new ModuleLoader();
            inject(modules, em);
            for (String file : ModuleLoader.index()) {
                modules.load(file, ModuleLoader.read(file));
            }
            ExerciseLoader exercises = new ExerciseLoader();
            inject(exercises, em);
            for (String file : BuiltInExercises.index()) {
                exercises.load(file, BuiltInExercises.read(file));
            }
            em.getTransaction().commit();
            em.close();
        } finally {
            factory.close();
        }
    }

    /** The loaders get their {@code EntityManager} from the container; here it is handed to them. */
    private static void inject(Object loader, EntityManager em) throws ReflectiveOperationException {
        Field field = loader.getClass().getDeclaredField("em");
        field.setAccessible(true);
        field.set(loader, em);
    }

    /** Reads the current versions of the built-in content, in library order. */
    static BuiltInContent read(Connection connection) throws SQLException {
        List<Module> modules = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT m.id, m.slug, m.current_version_id, v.version_number,"
                    + " (SELECT COUNT(*) FROM psy_module_question q WHERE q.version_id = m.current_version_id)"
                    + " FROM psy_module m JOIN psy_module_version v ON v.id = m.current_version_id WHERE m.origin = 'BUILT_IN' AND m.status = 'PUBLISHED'"
                    + " ORDER BY m.position")) {
                while (rows.next()) {
                    modules.add(new Module(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getInt(4),
                            rows.getInt(5)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT t.id, t.slug, v.id, v.version_number,"
                    + " v.clinician_prompt, v.fields_json FROM exercise_template t"
                    + " JOIN exercise_version v ON v.id = t.current_version_id"
                    + " WHERE t.origin = 'BUILT_IN' AND t.status = 'PUBLISHED' ORDER BY t.position")) {
                while (rows.next()) {
                    exercises.add(new Exercise(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getInt(4),
                            rows.getBoolean(5), HomeworkJson.readFields(rows.getString(6))));
                }
            }
        }
        connection.commit();
        return new BuiltInContent(List.copyOf(modules), List.copyOf(exercises));
    }

    /** Content given directly, for tests. */
    static BuiltInContent of(List<Module> modules, List<Exercise> exercises) {
        return new BuiltInContent(List.copyOf(modules), List.copyOf(exercises));
    }

    Exercise exercise(String slug) {
        return exercises.stream().filter(e -> e.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no built-in exercise " + slug));
    }
}
