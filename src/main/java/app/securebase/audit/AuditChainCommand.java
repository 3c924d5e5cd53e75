package app.securebase.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Verifies the audit chain from outside the application, straight over JDBC, with the same code the admin page uses
 * ({@link AuditTable}, {@link AuditChain}). For an operator or a scheduled job: {@code ./mvnw -q -Paudit-verify}.
 *
 * <p>It reads {@code db.url}, {@code db.user} and {@code db.password} the way the application does: a system property
 * first ({@code -Ddb.url=...}), then the environment variable ({@code DB_URL}, ...), then the application's own default
 * from {@code META-INF/microprofile-config.properties}; empty values count as unset.
 *
 * <p>Exit status: 0 when the chain is intact, 1 when it is broken (the first broken row's id is printed), 2 when the
 * check could not run at all.
 */
public final class AuditChainCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int FAILED = 2;

    private AuditChainCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System::getProperty, System::getenv, System.out, System.err));
    }

    /**
     * @param systemProperty look-up of system properties
     * @param environment    look-up of environment variables
     */
    static int run(UnaryOperator<String> systemProperty, UnaryOperator<String> environment, PrintStream out,
            PrintStream err) {
        Properties defaults = defaults();
        String url = setting("db.url", systemProperty, environment, defaults);
        String user = setting("db.user", systemProperty, environment, defaults);
        String password = setting("db.password", systemProperty, environment, defaults);
        if (url == null) {
            err.println("db.url (DB_URL) is not set.");
            return FAILED;
        }
        String safeUrl = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        try (Connection connection = DriverManager.getConnection(url, connectionProperties(url, user, password))) {
            connection.setReadOnly(true);
            AuditVerification result = AuditTable.verify(connection);
            if (result.intact()) {
                out.println("Audit chain intact: " + result.rowsVerified() + " rows verified in " + safeUrl);
                out.println("Latest hash: " + result.latestHash());
                return INTACT;
            }
            err.println("Audit chain BROKEN at id " + result.firstBrokenId() + ": " + explain(result.problem()));
            err.println(result.rowsVerified() + " rows before it verified in " + safeUrl);
            return BROKEN;
        } catch (SQLException | RuntimeException e) {
            err.println("Could not verify the audit chain in " + safeUrl + ": " + e.getMessage());
            if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
                err.println("An H2 file database can be open in one process only: stop SecureBase first.");
            }
            return FAILED;
        }
    }

    private static Properties connectionProperties(String url, String user, String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (url.startsWith("jdbc:mysql:")) {
            // Connector/J would otherwise look for OpenTelemetry, which the test classpath has, and log about it.
            properties.setProperty("openTelemetry", "DISABLED");
        }
        return properties;
    }

    private static String explain(AuditVerification.Problem problem) {
        return switch (problem) {
            case ALTERED -> "the row was changed after it was written.";
            case LINK_BROKEN -> "the row does not follow the row before it (a row was removed, inserted or moved).";
            case END_MISMATCH -> "the newest rows do not match the chain head (rows at the end were removed or rewritten).";
        };
    }

    /** MicroProfile Config's order: system property, then environment variable, then the packaged default. */
    static String setting(String key, UnaryOperator<String> systemProperty, UnaryOperator<String> environment,
            Properties defaults) {
        for (String value : new String[] {systemProperty.apply(key),
                environment.apply(key.toUpperCase(Locale.ROOT).replace('.', '_')), defaults.getProperty(key)}) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static Properties defaults() {
        Properties defaults = new Properties();
        try (InputStream in = AuditChainCommand.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) {
                defaults.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults;
    }
}
