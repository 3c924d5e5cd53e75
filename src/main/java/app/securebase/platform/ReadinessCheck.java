package app.securebase.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: migrations ran and the database answers now. Load balancers and the browser tests wait on this rather
 * than on the port, because a failed deployment leaves Payara Micro answering 404 on an open port.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean databaseAnswers = databaseAnswers();
        return HealthCheckResponse.named("securebase-database")
                .status(migration.isMigrated() && databaseAnswers)
                .withData("migrated", migration.isMigrated())
                .withData("reachable", databaseAnswers)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
