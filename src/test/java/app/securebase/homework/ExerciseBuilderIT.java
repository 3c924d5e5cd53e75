package app.securebase.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.ModuleStatus;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.Deployments;
import app.securebase.testsupport.TestData;
import app.securebase.testsupport.WebClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exercise builder on the real WAR: a clinician's own exercise is a private draft, publishing makes an immutable
 * version the whole library offers, a library exercise can be duplicated to adapt, and another clinician's draft
 * answers as missing.
 */
@ExtendWith(ArquillianExtension.class)
class ExerciseBuilderIT extends EntryChecks {

    @Deployment
    static WebArchive deployment() {
        // The homework and entry checks run here too, on this one deployment (one Micro boot).
        return Deployments.realWarWithRunAs(ExerciseBuilderIT.class, EntryChecks.class, HomeworkChecks.class,
                HomeworkFixtures.class, TestData.class, WebClient.class, DemoAccount.class);
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    AsClinician asClinician;

    @Inject
    ExerciseAuthoringService authoring;

    @Inject
    HomeworkService homework;

    @ArquillianResource
    URL base;

    @BeforeEach
    void clinician() {
        if (testData != null) { // null in the test that runs as an HTTP client, outside the server
            testData.runAsClinician();
        }
    }

    @Test
    void aDraftIsPrivateUntilPublishedAndEachPublicationIsANewVersion() throws Exception {
        long id = asClinician.call(() -> authoring.create(content("Sleep diary", scale("rested"))));
        assertFalse(inLibrary(id), "a draft is not in the library");

        ExerciseVersion first = asClinician.call(() -> authoring.publish(id));
        assertEquals(1, first.getVersionNumber());
        assertTrue(inLibrary(id));
        assertEquals(List.of("rested"), first.getFields().stream().map(FieldDefinition::key).toList());

        asClinician.call(() -> authoring.saveDraft(id, content("Sleep diary", scale("rested"),
                FieldDefinition.of("dreams", FieldType.LONG_TEXT, "Any dreams?", false))));
        ExerciseVersion second = asClinician.call(() -> authoring.publish(id));
        assertEquals(2, second.getVersionNumber());
        assertEquals(second.getId(), asClinician.call(() -> authoring.publish(id)).getId(), "unchanged: no version");
        assertEquals("1", row("SELECT COUNT(*) FROM exercise_version WHERE id = ? AND fields_json NOT LIKE ?",
                first.getId(), "%dreams%"), "version 1 kept its one field");

        asClinician.call(() -> {
            authoring.archive(id);
            return null;
        });
        assertFalse(inLibrary(id), "archived: out of the library");
    }

    @Test
    void publishingNeedsAUsableFormAndSavingKeepsHalfDoneWork() throws Exception {
        long id = asClinician.call(() -> authoring.create(new TemplateContent("", "", "", 5, List.of())));
        HomeworkRefusedException refused = assertThrows(HomeworkRefusedException.class,
                () -> asClinician.call(() -> authoring.publish(id)));
        assertTrue(refused.messageKeys().containsAll(List.of("homework.builder.error.titleRequired",
                "homework.builder.error.noFields")), refused.messageKeys().toString());
        FieldDefinition broken = new FieldDefinition("choice", FieldType.SINGLE_CHOICE, "Pick", null, true,
                null, null, null, null, null, null, List.of(), null);
        asClinician.call(() -> authoring.saveDraft(id, content("Half done", broken)));
        assertEquals(List.of("homework.builder.error.fields"), assertThrows(HomeworkRefusedException.class,
                () -> asClinician.call(() -> authoring.publish(id))).messageKeys(), "a choice without options");
        assertEquals("Half done", asClinician.call(() -> authoring.draft(id)).getTitle(), "the draft was kept");
    }

    @Test
    void aLibraryExerciseCanBeDuplicatedAndTheCopyKeepsItsFieldKeys() throws Exception {
        ExerciseVersion emotionLog = asClinician.call(() -> homework.library()).stream()
                .filter(v -> v.getTemplate().getSlug().equals("emotion-log")).findFirst().orElseThrow();
        long copy = asClinician.call(() -> authoring.duplicate(emotionLog.getTemplate().getId()));
        assertNotEquals(emotionLog.getTemplate().getId(), copy);
        ExerciseDraft draft = asClinician.call(() -> authoring.draft(copy));
        assertEquals(emotionLog.getTitle(), draft.getTitle());
        assertEquals(emotionLog.getFields(), draft.getFields(), "same fields, same keys");
        assertFalse(draft.getInstructions().contains("<p>"), "instructions come back as plain text to edit");
        assertEquals(ModuleStatus.DRAFT, draft.getTemplate().getStatus());
    }

    @Test
    void anotherCliniciansDraftAnswersAsMissingAndIsAudited() throws Exception {
        long id = asClinician.call(() -> authoring.create(content("Mine only", scale("calm"))));
        testData.setTemplateOwner(id, testData.staff(app.securebase.security.Role.CLINICIAN));
        long before = count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND target_id = ?", id);
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> authoring.draft(id)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> authoring.publish(id)));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> authoring.saveDraft(id,
                content("Taken over", scale("calm")))));
        assertEquals(before + 3, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED'"
                + " AND target_id = ?", id));
    }

    @Test
    @RunAsClient
    void theBuilderPagesAnswerOnlyTheirOwner() {
        WebClient clinician = new WebClient(URI.create(base.toString()));
        clinician.signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        assertEquals(200, clinician.get("clinician/my-exercises.xhtml").statusCode());
        assertEquals(200, clinician.get("clinician/exercise-builder.xhtml").statusCode());
        assertEquals(404, clinician.get("clinician/exercise-builder.xhtml?id=abc").statusCode());
        assertEquals(404, clinician.get("clinician/exercise-builder.xhtml?id=987654321").statusCode());
        WebClient client = new WebClient(URI.create(base.toString()));
        client.signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password);
        assertEquals(404, client.get("clinician/exercise-builder.xhtml").statusCode());
    }

    private boolean inLibrary(long templateId) throws Exception {
        return asClinician.call(() -> homework.library()).stream()
                .anyMatch(v -> v.getTemplate().getId() == templateId);
    }

    private static TemplateContent content(String title, FieldDefinition... fields) {
        return new TemplateContent(title, "A summary.", "Do this once a day.\n\nTake your time.", 5, List.of(fields));
    }

    private static FieldDefinition scale(String key) {
        return new FieldDefinition(key, FieldType.SCALE, "How " + key + " do you feel?", null, true, null,
                BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, "Not at all", "Very", List.of(), null);
    }

    private long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(row(sql, params));
    }

    private String row(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
