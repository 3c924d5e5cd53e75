package app.securebase.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.audit.AuditVerification.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit tables over real JDBC on an in-memory H2 in MySQL mode, created by the real migration script: appends,
 * the walk in pages, concurrent appends, and the command-line check. The container-level test is AuditTrailIT.
 */
class AuditTableTest {

    private String url;
    private Connection keepAlive;

    @BeforeEach
    void createSchema() throws SQLException {
        url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER";
        keepAlive = connect();
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/db/migration/V003__audit.sql'");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        keepAlive.close();
    }

    @Test
    void appendedRowsVerifyAcrossSeveralPages() throws SQLException {
        int rows = AuditTable.VERIFY_PAGE_SIZE * 2 + 7;
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                append(connection, "row " + i);
            }
            AuditVerification result = AuditTable.verify(connection);
            assertTrue(result.intact(), result.summary());
            assertEquals(rows, result.rowsVerified());
            assertEquals(AuditTable.readHead(connection).lastHash(), result.latestHash());
        }
    }

    @Test
    void storedValuesReadBackExactlyAsHashed() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            AuditChain.Head head = AuditTable.lockHead(connection);
            AuditRecord row = AuditRecord.seal(head, Instant.parse("1999-12-31T23:59:59.999999Z"),
                    AuditActor.anonymous("Ünïcødé 😀 \u0000 name"), AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED,
                    null, null, "2001:db8::1", "quote ' backslash \\ percent % \ttab");
            AuditTable.append(connection, head, row);
            connection.commit();
            assertTrue(AuditTable.verify(connection).intact());
        }
    }

    @Test
    void aTamperedRowIsReportedByItsIdAndRestoringItMendsTheChain() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 5; i++) {
                append(connection, "row " + i);
            }
            execute(connection, "UPDATE audit_event SET detail = 'changed' WHERE id = 3");
            AuditVerification result = AuditTable.verify(connection);
            assertEquals(3L, result.firstBrokenId());
            assertEquals(Problem.ALTERED, result.problem());

            execute(connection, "UPDATE audit_event SET detail = 'row 2' WHERE id = 3");
            assertTrue(AuditTable.verify(connection).intact());

            execute(connection, "DELETE FROM audit_event WHERE id = 2");
            result = AuditTable.verify(connection);
            assertEquals(3L, result.firstBrokenId());
            assertEquals(Problem.LINK_BROKEN, result.problem());

            execute(connection, "DELETE FROM audit_event WHERE id >= 4");
            execute(connection, "DELETE FROM audit_event WHERE id = 3");
            result = AuditTable.verify(connection);
            assertEquals(2L, result.firstBrokenId(), "the end stops short of the head");
            assertEquals(Problem.END_MISMATCH, result.problem());
        }
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        int threads = 6;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    try (Connection connection = connect()) {
                        connection.setAutoCommit(false);
                        for (int i = 0; i < perThread; i++) {
                            append(connection, "thread " + thread + " row " + i);
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Connection connection = connect()) {
            AuditVerification result = AuditTable.verify(connection);
            assertTrue(result.intact(), result.summary());
            assertEquals(threads * perThread, result.rowsVerified());
        }
    }

    @Test
    void theCommandExitsZeroWhenIntactAndOneWithTheBrokenId() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < 4; i++) {
                append(connection, "row " + i);
            }
        }
        Map<String, String> properties = Map.of("db.url", url, "db.user", "sa", "db.password", "sa-password");
        Output intact = command(properties);
        assertEquals(AuditChainCommand.INTACT, intact.status, intact.err);
        assertTrue(intact.out.contains("intact: 4 rows"), intact.out);

        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            execute(connection, "UPDATE audit_event SET client_address = '203.0.113.9' WHERE id = 2");
        }
        Output broken = command(properties);
        assertEquals(AuditChainCommand.BROKEN, broken.status);
        assertTrue(broken.err.contains("BROKEN at id 2"), broken.err);

        Output unreachable = command(Map.of("db.url", "jdbc:h2:mem:nowhere;IFEXISTS=TRUE"));
        assertEquals(AuditChainCommand.FAILED, unreachable.status, unreachable.err);
    }

    @Test
    void theCommandReadsSettingsLikeMicroProfileConfig() {
        Properties defaults = new Properties();
        defaults.setProperty("db.url", "jdbc:h2:default");
        Map<String, String> env = Map.of("DB_URL", "jdbc:h2:env");
        assertEquals("jdbc:h2:default", AuditChainCommand.setting("db.url", k -> null, k -> null, defaults));
        assertEquals("jdbc:h2:env", AuditChainCommand.setting("db.url", k -> null, env::get, defaults));
        assertEquals("jdbc:h2:prop", AuditChainCommand.setting("db.url", k -> "jdbc:h2:prop", env::get, defaults));
        assertEquals("jdbc:h2:env", AuditChainCommand.setting("db.url", k -> "", env::get, defaults), "empty is unset");
    }

    private record Output(int status, String out, String err) {
    }

    private static Output command(Map<String, String> systemProperties) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditChainCommand.run(systemProperties::get, name -> null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "sa-password");
    }

    /** One append in its own transaction, as the service does it. */
    private static void append(Connection connection, String detail) throws SQLException {
        AuditChain.Head head = AuditTable.lockHead(connection);
        AuditRecord row = AuditRecord.seal(head, Instant.now(), new AuditActor(1L, "admin@securebase.test", "ADMIN"),
                AuditAction.SETTINGS_CHANGED, AuditOutcome.ALLOWED, "SETTING", null, "127.0.0.1", detail);
        AuditTable.append(connection, head, row);
        connection.commit();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
        connection.commit();
    }
}
