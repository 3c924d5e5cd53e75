package app.securebase.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The database the practice is generated into: its connection settings, the schema brought up to date with the
 * application's own Flyway migrations, and the check that refuses to mix generated rows with anything else.
 */
final class Target {

    /** Tables whose rows only people (or this generator) create; any row in one means the database is in use. */
    private static final List<String> DATA_CHECKS = List.of(
            "SELECT COUNT(*) FROM account",
            "SELECT COUNT(*) FROM audit_event",
            "SELECT COUNT(*) FROM module_assignment",
            "SELECT COUNT(*) FROM exercise_assignment",
            "SELECT COUNT(*) FROM session_note",
            "SELECT COUNT(*) FROM psy_module WHERE origin <> 'BUILT_IN'",
            "SELECT COUNT(*) FROM exercise_template WHERE origin <> 'BUILT_IN'");

    /** Every table the summary counts, in the order rows are generated. */
    static final List<String> TABLES = List.of("psy_module", "psy_module_version", "exercise_template",
            "exercise_version", "account", "module_assignment", "module_answer", "exercise_assignment",
            "exercise_occurrence", "session_note", "note_addendum", "audit_event");

    final String url;
    final String user;
    final String password;

    Target(String url, String user, String password) {
        this.url = withBatchRewriting(url);
        this.user = user;
        this.password = password;
    }

    boolean isMySql() {
        return url.startsWith("jdbc:mysql:");
    }

    boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /**
     * Connector/J sends a batch as one multi-row INSERT only with {@code rewriteBatchedStatements=true}; without it
     * every row is a round trip and S10 takes an hour. MariaDB URLs are served by the MySQL driver the application
     * already depends on.
     */
    static String withBatchRewriting(String url) {
        String u = url.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + url.substring("jdbc:mariadb:".length()) : url;
        if (!u.startsWith("jdbc:mysql:") || u.toLowerCase(Locale.ROOT).contains("rewritebatchedstatements")) {
            return u;
        }
        return u + (u.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(false);
        return connection;
    }

    private FluentConfiguration flyway() {
        return Flyway.configure(getClass().getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").failOnMissingLocations(true);
    }

    /** Applies the application's migrations; returns the schema version. */
    String migrate() {
        Flyway flyway = flyway().load();
        flyway.migrate();
        return flyway.info().current().getVersion().getVersion();
    }

    /** Drops every table of the schema (Flyway clean), so that the migrations start from nothing. */
    void wipe() {
        flyway().cleanDisabled(false).load().clean();
    }

    /** What in the database is not built-in content; empty when the generator may fill it. */
    List<String> existingData(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String sql : DATA_CHECKS) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    rows.next();
                    long count = rows.getLong(1);
                    if (count > 0) {
                        found.add(count + " row(s): " + sql.substring("SELECT COUNT(*) FROM ".length()));
                    }
                }
            }
        }
        connection.commit();
        return found;
    }

    /**
     * Foreign keys hold by construction here; InnoDB checking each one again slows the load, and on H2 a child row
     * may reach the database in an earlier batch than its parent.
     */
    void beforeLoad(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (isMySql()) {
                statement.execute("SET foreign_key_checks = 0");
                statement.execute("SET unique_checks = 0");
            }
            if (isH2()) {
                // Batches of related tables are flushed in their own rhythm, so a child row can arrive first.
                statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
        }
    }

    /**
     * Puts the database back as the application expects it: checks on again (MySQL), and on H2 the identity
     * counters moved past the ids given explicitly here (H2 does not move them itself; MySQL does).
     */
    void afterLoad(Connection connection, List<String> identityTables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (isMySql()) {
                statement.execute("SET foreign_key_checks = 1");
                statement.execute("SET unique_checks = 1");
            }
            if (isH2()) {
                statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
                for (String table : identityTables) {
                    long next;
                    try (ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                        rows.next();
                        next = rows.getLong(1);
                    }
                    statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
                }
            }
        }
        connection.commit();
    }

    /** Rows per table, for the summary. */
    List<long[]> counts(Connection connection) throws SQLException {
        List<long[]> counts = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add(new long[] {rows.getLong(1)});
                }
            }
        }
        connection.commit();
        return counts;
    }

    /** The database's size in bytes (MySQL/MariaDB), or -1 where not known. */
    long sizeBytes(Connection connection) throws SQLException {
        if (!isMySql()) {
            return -1;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(SUM(data_length + index_length), 0)"
                        + " FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            rows.next();
            return rows.getLong(1);
        } finally {
            connection.commit();
        }
    }

    String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
