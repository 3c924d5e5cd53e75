package app.securebase.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.testsupport.AsAdmin;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.Deployments;
import app.securebase.testsupport.WebClient;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail in Payara Micro on the real WAR and the configured database: recording, the hash chain catching a
 * row changed or removed through SQL, concurrency, and who may read and verify.
 *
 * <p>Every integration test of a run shares one database, so each tampering here is undone in a {@code finally}: the
 * chain is intact again when a test ends.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.realWarWithRunAs(AuditTrailIT.class, RollingBackCaller.class, WebClient.class,
                DemoAccount.class);
    }

    @Inject
    AuditService audit;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsClinician asClinician;

    @Inject
    RollingBackCaller rollingBackCaller;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @ArquillianResource
    URL base;

    @Test
    void aRowChangedThroughSqlIsReportedByItsIdUntilItIsRestored() throws Exception {
        List<Long> ids = recordMarked(3);
        long changed = ids.get(1);
        assertTrue(verify().intact(), "intact before tampering");

        String original = detailOf(changed);
        try {
            update("UPDATE audit_event SET detail = ? WHERE id = ?", "nothing happened here", changed);
            AuditVerification result = verify();
            assertFalse(result.intact());
            assertEquals(changed, result.firstBrokenId());
            assertEquals(AuditVerification.Problem.ALTERED, result.problem());
        } finally {
            update("UPDATE audit_event SET detail = ? WHERE id = ?", original, changed);
        }
        assertTrue(verify().intact(), "intact once restored");
    }

    @Test
    void aRowRemovedThroughSqlIsReportedAtTheRowAfterIt() throws Exception {
        List<Long> ids = recordMarked(3);
        Map<String, Object> removed = row(ids.get(1));
        try {
            update("DELETE FROM audit_event WHERE id = ?", ids.get(1));
            AuditVerification result = verify();
            assertEquals(ids.get(2), result.firstBrokenId());
            assertEquals(AuditVerification.Problem.LINK_BROKEN, result.problem());
        } finally {
            reinsert(removed);
        }
        assertTrue(verify().intact());
    }

    @Test
    void recordingNamesTheCallerAndTheirAddressOrInternal() throws Exception {
        String marker = marker();
        audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "CLIENT", 99L, marker + "-request");
        executor.submit(() -> audit.record(AuditAction.SETTINGS_CHANGED, AuditOutcome.ALLOWED, null, null,
                marker + "-background")).get();
        audit.recordAs(AuditActor.anonymous("  Someone@Example.ORG "), AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED,
                null, null, marker + "-attempt");

        List<Map<String, Object>> rows = rowsMarked(marker);
        assertEquals(3, rows.size());
        Map<String, Object> inRequest = rows.get(0);
        assertEquals(AuditActor.ANONYMOUS, inRequest.get("actor_name"), "tests run unauthenticated in the container");
        assertEquals("ACCESS_DENIED", inRequest.get("action"));
        assertEquals("DENIED", inRequest.get("outcome"));
        assertEquals("CLIENT", inRequest.get("target_type"));
        assertEquals(99L, ((Number) inRequest.get("target_id")).longValue());
        assertTrue(((String) inRequest.get("client_address")).matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"),
                "the test's HTTP request came from loopback: " + inRequest.get("client_address"));
        assertEquals(ClientAddress.INTERNAL, rows.get(1).get("client_address"), "no HTTP request behind it");
        assertEquals("someone@example.org", rows.get(2).get("actor_name"));
    }

    @Test
    void aDenialIsKeptWhenTheCallersTransactionRollsBack() throws Exception {
        String marker = marker();
        rollingBackCaller.denyAndRollBack(marker);
        assertEquals(1, rowsMarked(marker).size());
    }

    @Test
    void concurrentRecordingKeepsOneUnbrokenChain() throws Exception {
        String marker = marker();
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            int w = writer;
            writers.add(executor.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    audit.record(AuditAction.SETTINGS_CHANGED, AuditOutcome.ALLOWED, "SETTING", null,
                            marker + "-" + w + "-" + i);
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        assertEquals(60, rowsMarked(marker).size());
        assertTrue(verify().intact());
    }

    @Test
    void onlyAdminsMayReadOrVerifyTheTrail() throws Exception {
        assertThrows(EJBAccessException.class, () -> audit.verifyChain(), "anonymous");
        assertThrows(EJBAccessException.class, () -> asClinician.call(audit::verifyChain));
        assertThrows(EJBAccessException.class, () -> asClinician.call(() -> audit.count(AuditFilter.ALL)));
        assertThrows(EJBAccessException.class, () -> asClinician.call(() -> audit.find(AuditFilter.ALL, 0, 10)));

        long verifications = asAdmin.call(() -> audit.count(actionFilter(AuditAction.AUDIT_CHAIN_VERIFIED)));
        verify();
        assertEquals(verifications + 1, (long) asAdmin.call(() -> audit.count(actionFilter(AuditAction.AUDIT_CHAIN_VERIFIED))),
                "a verification is itself recorded");
    }

    @Test
    void theAdminFiltersArePagedInTheDatabase() throws Exception {
        String marker = marker();
        recordMarked(marker, 5);
        AuditFilter byDetailOwner = new AuditFilter("anonymous", true, "IT", null, AuditAction.SETTINGS_CHANGED,
                AuditOutcome.ALLOWED, Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60));
        long matching = asAdmin.call(() -> audit.count(byDetailOwner));
        assertTrue(matching >= 5, "matching " + matching);
        List<AuditEvent> page = asAdmin.call(() -> audit.find(byDetailOwner, 0, 2));
        assertEquals(2, page.size());
        assertTrue(page.get(0).getId() > page.get(1).getId(), "newest first");
        assertEquals(marker + "-4", page.get(0).getDetail());

        AuditFilter likeWildcards = new AuditFilter("%", false, null, null, null, null, null, null);
        assertEquals(0L, (long) asAdmin.call(() -> audit.count(likeWildcards)), "% is matched literally");
        AuditFilter contains = new AuditFilter("NONYM", false, "IT", null, null, null, null, null);
        assertTrue(asAdmin.call(() -> audit.count(contains)) >= 5, "contains ignores case");
        AuditFilter past = new AuditFilter(null, false, "IT", null, null, null, Instant.EPOCH,
                Instant.EPOCH.plusSeconds(86_400));
        assertEquals(0L, (long) asAdmin.call(() -> audit.count(past)));
        assertTrue(asAdmin.call(() -> audit.targetTypes()).contains("IT"));
    }

    @Test
    @RunAsClient
    void theAuditPageIsForAdminsAndRecordsItsOwnViewing() {
        WebClient clinician = new WebClient(URI.create(base.toString()));
        clinician.signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        assertEquals(404, clinician.get("admin/audit.xhtml").statusCode(), "looks like a missing page");

        WebClient admin = new WebClient(URI.create(base.toString()));
        HttpResponse<String> signedIn = admin.signIn(DemoAccount.ADMIN.email, DemoAccount.ADMIN.password);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        HttpResponse<String> page = admin.get("admin/audit.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"auditForm:auditTable\""), page.body());
        // The page's own opening is the newest row: the admin, by email, viewing the log.
        assertTrue(page.body().contains(DemoAccount.ADMIN.email), page.body());
        assertTrue(page.body().contains("Audit log viewed"), page.body());
    }

    private static AuditFilter actionFilter(AuditAction action) {
        return new AuditFilter(null, false, null, null, action, null, null, null);
    }

    private AuditVerification verify() throws Exception {
        return asAdmin.call(audit::verifyChain);
    }

    private static String marker() {
        return "it-" + UUID.randomUUID();
    }

    private List<Long> recordMarked(int count) throws SQLException {
        return recordMarked(marker(), count);
    }

    /** Records {@code count} events whose detail starts with {@code marker}; returns their ids in order. */
    private List<Long> recordMarked(String marker, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            audit.record(AuditAction.SETTINGS_CHANGED, AuditOutcome.ALLOWED, "IT", null, marker + "-" + i);
        }
        return rowsMarked(marker).stream().map(row -> ((Number) row.get("id")).longValue()).toList();
    }

    private List<Map<String, Object>> rowsMarked(String marker) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT * FROM audit_event WHERE detail LIKE ? ORDER BY id")) {
            query.setString(1, marker + "%");
            try (ResultSet rows = query.executeQuery()) {
                List<Map<String, Object>> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(columns(rows));
                }
                return found;
            }
        }
    }

    private Map<String, Object> row(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT * FROM audit_event WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                return columns(rows);
            }
        }
    }

    private String detailOf(long id) throws SQLException {
        return (String) row(id).get("detail");
    }

    private static Map<String, Object> columns(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            columns.put(name, name.equals("occurred_at")
                    ? rows.getObject(i, LocalDateTime.class) : rows.getObject(i));
        }
        return columns;
    }

    /** Puts a removed row back exactly as it was (the time as text, for the reason AuditTable gives). */
    private void reinsert(Map<String, Object> row) throws SQLException {
        String names = String.join(", ", row.keySet());
        String marks = String.join(", ", Collections.nCopies(row.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO audit_event (" + names + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value instanceof LocalDateTime time
                        ? DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").format(time) : value);
            }
            insert.executeUpdate();
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
