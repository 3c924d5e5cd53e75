package app.securebase.perf;

import app.securebase.homework.EmotionVocabulary;
import app.securebase.security.PasswordHasher;
import com.mysql.cj.jdbc.AbandonedConnectionCleanupThread;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * Fills a database with a practice at a chosen {@link Scale}, for the performance tests of issue 8:
 * {@code ./mvnw -Pperf-data -Dscale=S1 -Djdbc.url=... -Djdbc.user=... -Djdbc.password=...} (README, "Generating a
 * practice-scale database").
 *
 * <p>Steps: migrate the schema with the application's Flyway scripts; refuse a database that holds anything but the
 * built-in content (unless {@code wipe=true}, which drops every table first); load the built-in modules and exercises
 * with the application's own loaders; then write people, reading, homework, notes and the audit trail with batched
 * JDBC inserts. The same seed and {@code now} give the same database.
 *
 * <p>Settings, each a system property (or {@code --name=value} argument): {@code scale} (S0, S1, S10; default S1),
 * {@code jdbc.url}, {@code jdbc.user}, {@code jdbc.password} (defaults: the application's {@code DB_URL},
 * {@code DB_USER}, {@code DB_PASSWORD}, else an H2 file under {@code target/perf/}), {@code wipe}, {@code seed}
 * (default 8), {@code now} (ISO instant; default the current minute).
 */
public final class Generator {

    private final Map<String, String> settings;

    private Generator(Map<String, String> settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                settings.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            }
        }
        int status = new Generator(settings).run();
        // Connector/J's clean-up thread would otherwise outlive the run (exec:java waits for it, then warns).
        AbandonedConnectionCleanupThread.checkedShutdown();
        if (status != 0) {
            System.exit(status);
        }
    }

    private String setting(String name, String env, String fallback) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        if ((value == null || value.isBlank()) && env != null) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private int run() throws Exception {
        Scale scale = Scale.of(setting("scale", null, "S1"));
        long seed = Long.parseLong(setting("seed", null, "8"));
        Instant now = Instant.parse(setting("now", null, Instant.now().truncatedTo(ChronoUnit.MINUTES).toString()));
        boolean wipe = Boolean.parseBoolean(setting("wipe", null, "false"));
        String h2 = "jdbc:h2:file:./target/perf/securebase-" + scale.name().toLowerCase()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER";
        Target target = new Target(setting("jdbc.url", "DB_URL", h2), setting("jdbc.user", "DB_USER", "securebase"),
                setting("jdbc.password", "DB_PASSWORD", "securebase"));
        long started = System.nanoTime();
        log("Generating %s (%d clinicians, %d clients, %,d occurrences, %,d submissions, %,d notes), seed %d, now %s",
                scale.name(), scale.clinicians(), scale.clients(), scale.occurrences(), scale.submissions(),
                scale.notes(), seed, now);
        log("Database: %s", target.safeUrl());

        if (wipe) {
            log("--wipe: dropping every table of this database first");
            target.wipe();
        }
        log("Schema migrated to version %s", target.migrate());
        try (Connection connection = target.connect()) {
            List<String> existing = target.existingData(connection);
            if (!existing.isEmpty()) {
                System.err.println("Refusing to generate: this database already holds data other than the built-in"
                        + " content:\n  " + String.join("\n  ", existing)
                        + "\nUse another database, or -Dwipe=true to drop every table and start again.");
                return 2;
            }
        }
        BuiltInContent.load(target);
        try (Connection connection = target.connect()) {
            BuiltInContent content = BuiltInContent.read(connection);
            log("Built-in content: %d modules, %d exercises (loaded by the application's own loaders)",
                    content.modules.size(), content.exercises.size());
            if (content.modules.isEmpty() || content.exercises.isEmpty()) {
                throw new IllegalStateException("the built-in content did not load");
            }
            String hash = new PasswordHasher(new Pbkdf2PasswordHashImpl()).hash(Practice.PASSWORD.toCharArray());
            target.beforeLoad(connection);
            AuditTrail audit = new AuditTrail();

            long t = System.nanoTime();
            Practice practice = Practice.create(scale, seed, now, nextId(connection, "account"));
            practice.write(connection, hash, audit, new Random(seed + 1));
            practice.staffRoutine(now, audit, new Random(seed + 2));
            log("Accounts: %d written (%s)", 1 + practice.clinicians.size() + practice.clients.size(), since(t));

            t = System.nanoTime();
            long[] reading = new Reading(content, now, seed).write(connection, practice,
                    nextId(connection, "module_assignment"), nextId(connection, "module_answer"), audit);
            log("Reading: %,d module assignments, %,d answers (%s)", reading[0], reading[1], since(t));

            t = System.nanoTime();
            Homework homework = new Homework(content, new AnswerWriter(EmotionVocabulary.builtIn()), now, seed,
                    nextId(connection, "exercise_assignment"), nextId(connection, "exercise_occurrence"));
            long occurrences = homework.write(connection, practice, scale, audit);
            log("Homework: %,d occurrences (%s)", occurrences, since(t));

            t = System.nanoTime();
            long[] notes = new Notes(now, seed).write(connection, practice, scale.notes(),
                    nextId(connection, "session_note"), nextId(connection, "note_addendum"), audit);
            log("Notes: %,d notes, %,d addenda (%s)", notes[0], notes[1], since(t));

            t = System.nanoTime();
            long events = audit.write(connection);
            log("Audit trail: %,d events, hash chain sealed (%s)", events, since(t));

            target.afterLoad(connection, List.of("account", "module_assignment", "module_answer",
                    "exercise_assignment", "exercise_occurrence", "session_note", "note_addendum"));
            summary(target, connection, practice, started);
        }
        return 0;
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void summary(Target target, Connection connection, Practice practice, long started)
            throws SQLException {
        List<long[]> counts = target.counts(connection);
        StringBuilder text = new StringBuilder("\nRows per table\n");
        for (int i = 0; i < Target.TABLES.size(); i++) {
            text.append(String.format("  %-22s %,12d%n", Target.TABLES.get(i), counts.get(i)[0]));
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*), SUM(CASE WHEN submitted_at IS NOT NULL"
                        + " THEN 1 ELSE 0 END), SUM(CASE WHEN reviewed_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN cancelled_at IS NOT NULL THEN 1 ELSE 0 END) FROM exercise_occurrence")) {
            rows.next();
            text.append(String.format("  (occurrences: %,d submitted, %,d reviewed, %,d cancelled)%n",
                    rows.getLong(2), rows.getLong(3), rows.getLong(4)));
        }
        connection.commit();
        long bytes = target.sizeBytes(connection);
        if (bytes >= 0) {
            text.append(String.format("Database size: %,d MB%n", bytes / (1024 * 1024)));
        }
        text.append(String.format("Sign in with password %s as %s, %s ... %s, %s ... %s%n", Practice.PASSWORD,
                practice.admin.email, practice.clinicians.get(0).email,
                practice.clinicians.get(practice.clinicians.size() - 1).email, practice.clients.get(0).email,
                practice.clients.get(practice.clients.size() - 1).email));
        text.append("Done in ").append(since(started));
        System.out.println(text);
    }

    private static String since(long nanoTime) {
        Duration d = Duration.ofNanos(System.nanoTime() - nanoTime);
        return String.format("%d.%01d s", d.toSeconds(), d.toMillisPart() / 100);
    }

    private static void log(String format, Object... args) {
        System.out.println("[perf-data] " + String.format(format, args));
    }
}
