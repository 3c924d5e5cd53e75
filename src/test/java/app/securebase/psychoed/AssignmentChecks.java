package app.securebase.psychoed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.Role;
import app.securebase.testsupport.AsClient;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Assigning modules on the real WAR and database, as a real clinician ({@link TestData#runAsClinician()}) and client:
 * an assignment pins the version current at the time, later publishing never changes what a client already has,
 * and every id from another caseload, or a module that is not in the library, is refused like a missing one.
 *
 * <p>Run by {@link ReadingIT}, on its deployment: one Payara Micro boot for both classes.
 */
abstract class AssignmentChecks {


    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    AsClinician asClinician;

    @Inject
    AsClient asClient;

    @Inject
    AuthoringService authoring;

    @Inject
    AssignmentService assignments;

    @Inject
    ReadingService reading;

    private Account client;

    @BeforeEach
    void assignmentAccounts() {
        testData.runAsClinician();
        client = testData.runAsClient();
    }

    @Test
    void anAssignmentKeepsTheVersionItWasMadeWithWhenTheModuleIsPublishedAgain() throws Exception {
        long moduleId = asClinician.call(() -> authoring.create(content("First wording of the body.")));
        ModuleVersion first = asClinician.call(() -> authoring.publish(moduleId));
        Account secondClient = testData.clientOf(testData.runAsClinician());

        AssignmentResult result = asClinician.call(() -> assignments.assign(List.of(moduleId),
                List.of(client.getId()), "Read this before Tuesday", null));
        assertEquals(new AssignmentResult(1, 0), result);
        long assignmentId = assignmentOf(client, moduleId);

        asClinician.call(() -> authoring.saveDraft(moduleId, content("Second wording, after the client got it.")));
        ModuleVersion second = asClinician.call(() -> authoring.publish(moduleId));
        assertNotEquals(first.getId(), second.getId());
        asClinician.call(() -> assignments.assign(List.of(moduleId), List.of(secondClient.getId()), null, null));

        Reading mine = asClient.call(() -> reading.open(assignmentId, 0));
        assertEquals(first.getId(), mine.module().getId());
        assertTrue(mine.module().getBodyHtml().contains("First wording"), mine.module().getBodyHtml());
        assertEquals(List.of(String.valueOf(first.getId()), "Read this before Tuesday"),
                row("SELECT version_id, note FROM module_assignment WHERE id = ?", assignmentId));
        assertEquals(String.valueOf(second.getId()), row("SELECT version_id FROM module_assignment"
                + " WHERE client_id = ? AND module_id = ?", secondClient.getId(), moduleId).get(0));
    }

    @Test
    void aModuleStillWaitingToBeReadIsNotAssignedTwice() throws Exception {
        long moduleId = publishedModule();
        assertEquals(new AssignmentResult(1, 0), asClinician.call(() -> assignments.assign(List.of(moduleId),
                List.of(client.getId()), null, LocalDate.now().plusDays(7))));
        assertEquals(new AssignmentResult(0, 1), asClinician.call(() -> assignments.assign(List.of(moduleId),
                List.of(client.getId()), null, null)));

        long assignmentId = assignmentOf(client, moduleId);
        asClient.call(() -> {
            reading.markRead(assignmentId);
            return null;
        });
        assertEquals(new AssignmentResult(1, 0), asClinician.call(() -> assignments.assign(List.of(moduleId),
                List.of(client.getId()), null, null)), "read once, it can be given again");
    }

    @Test
    void theClinicianSeesStatusAndAnswersAndTheViewIsAudited() throws Exception {
        long moduleId = publishedModule();
        asClinician.call(() -> assignments.assign(List.of(moduleId), List.of(client.getId()), null, null));
        long assignmentId = assignmentOf(client, moduleId);

        ClientReading before = readingFor(assignmentId);
        assertEquals(ReadingStatus.ASSIGNED, before.assignment().getStatus());

        asClient.call(() -> reading.open(assignmentId, 0));
        asClient.call(() -> reading.saveAnswer(assignmentId, 1, "It repeats patterns I learned early."));
        asClient.call(() -> {
            reading.markRead(assignmentId);
            return null;
        });

        long auditsBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_READING_VIEWED'"
                + " AND target_id = ?", client.getId());
        ClientReading after = readingFor(assignmentId);
        assertEquals(ReadingStatus.READ, after.assignment().getStatus());
        assertEquals(List.of("", "It repeats patterns I learned early."),
                after.answers().stream().map(ClientReading.QuestionAnswer::answer).toList());
        assertEquals(auditsBefore + 1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_READING_VIEWED'"
                + " AND target_id = ?", client.getId()));
        assertThrows(AssignmentRefusedException.class, () -> asClinician.call(() -> {
            assignments.withdraw(assignmentId);
            return null;
        }), "a read module stays on the record");
    }

    @Test
    void anotherClinicianOrADraftOrAnUnknownModuleIsRefusedAsMissing() throws Exception {
        long moduleId = publishedModule();
        Account otherClinician = testData.staff(Role.CLINICIAN);
        Account theirClient = testData.clientOf(otherClinician);
        long deniedBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_id = ?", theirClient.getId());

        assertThrows(NotFoundException.class, () -> asClinician.call(() -> assignments.assign(List.of(moduleId),
                List.of(client.getId(), theirClient.getId()), null, null)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> assignments.readingOf(theirClient.getId())));
        assertEquals(deniedBefore + 2, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_id = ?", theirClient.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM module_assignment WHERE module_id = ?", moduleId),
                "nothing was assigned, not even to my own client");

        long draftId = asClinician.call(() -> authoring.create(content("Never published.")));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> assignments.assign(List.of(draftId),
                List.of(client.getId()), null, null)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> assignments.assign(List.of(-5L),
                List.of(client.getId()), null, null)));
        assertThrows(EJBAccessException.class, () -> assignments.assign(List.of(moduleId),
                List.of(client.getId()), null, null), "only clinicians assign");
        assertThrows(EJBAccessException.class, () -> asClient.call(() -> assignments.readingOf(client.getId())));
    }

    @Test
    void badRequestsAreRefusedWithAReasonTheFormCanShow() throws Exception {
        long moduleId = publishedModule();
        assertEquals("psychoed.assign.error.noModule", refusal(() -> assignments.assign(List.of(),
                List.of(client.getId()), null, null)));
        assertEquals("psychoed.assign.error.noClient", refusal(() -> assignments.assign(List.of(moduleId),
                Set.of(), null, null)));
        assertEquals("psychoed.assign.error.dueInPast", refusal(() -> assignments.assign(List.of(moduleId),
                List.of(client.getId()), null, LocalDate.now().minusDays(2))));
        assertEquals("psychoed.assign.error.noteTooLong", refusal(() -> assignments.assign(List.of(moduleId),
                List.of(client.getId()), "x".repeat(1001), null)));
    }

    @Test
    void aWithdrawnModuleLeavesTheClientsListAndCannotBeOpened() throws Exception {
        long moduleId = publishedModule();
        asClinician.call(() -> assignments.assign(List.of(moduleId), List.of(client.getId()), null, null));
        long assignmentId = assignmentOf(client, moduleId);
        asClinician.call(() -> {
            assignments.withdraw(assignmentId);
            return null;
        });
        assertTrue(asClient.call(() -> reading.myReading()).stream().noneMatch(a -> a.getId() == assignmentId));
        assertThrows(NotFoundException.class, () -> asClient.call(() -> reading.open(assignmentId, 0)));
        assertEquals(ReadingStatus.WITHDRAWN, readingFor(assignmentId).assignment().getStatus());
    }

    private long publishedModule() throws Exception {
        long moduleId = asClinician.call(() -> authoring.create(content("A body worth reading.")));
        asClinician.call(() -> authoring.publish(moduleId));
        return moduleId;
    }

    private ClientReading readingFor(long assignmentId) throws Exception {
        return asClinician.call(() -> assignments.readingOf(client.getId())).stream()
                .filter(r -> r.assignment().getId() == assignmentId).findFirst().orElseThrow();
    }

    private String refusal(java.util.concurrent.Callable<?> work) {
        return assertThrows(AssignmentRefusedException.class, () -> asClinician.call(work)).messageKey();
    }

    private static DraftContent content(String body) {
        return new DraftContent("Pinning test module", "A short summary.", "Gentle note: pause at any time.",
                "<h2>Part one</h2><p>" + body + "</p>", List.of("healing"),
                List.of("What stayed with you?", "What would you tell a friend?"), List.of("Own notes"));
    }

    private long assignmentOf(Account owner, long moduleId) throws SQLException {
        return Long.parseLong(row("SELECT MAX(id) FROM module_assignment WHERE client_id = ? AND module_id = ?",
                owner.getId(), moduleId).get(0));
    }

    private long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(row(sql, params).get(0));
    }

    private List<String> row(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                int columns = rs.getMetaData().getColumnCount();
                java.util.ArrayList<String> values = new java.util.ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(rs.getString(c));
                }
                return values;
            }
        }
    }
}
