package app.securebase.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs.
 *
 * <p>The schema is owned by the Flyway scripts in {@code db/migration}; JPA never generates it. The same scripts run
 * on H2 and MySQL, so they stay within the SQL both understand. Readiness ({@link ReadinessCheck}) reports UP only
 * once this has finished.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "${MPCONFIG=db.className}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        // At least twice the request threads (pre-boot-commands.asadmin): a request may hold two connections.
        maxPoolSize = 50,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            // No statement cache: with one (fish.payara.statement-cache-type=FIXED), H2 found its pooled statements
            // already closed ("The object is already closed", 90007) and half the container tests failed. Paired
            // runs on MariaDB put its gain at about 3 %, within the noise (README, Performance).
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/securebase";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "db.className")
    String className;

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String user;

    @Inject
    @ConfigProperty(name = "db.password")
    String password;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        DatabaseSettings settings = new DatabaseSettings(className, url, user, password);
        DatabaseSettings.Kind kind = settings.kind();
        LOG.info(() -> "Database: " + kind + " at " + settings.safeUrl());
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        migrated = true;
    }

    @Lock(LockType.READ)
    public boolean isMigrated() {
        return migrated;
    }
}
