package app.securebase.psychoed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.platform.DatabaseMigration;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.DemoAccount;
import app.securebase.testsupport.WebClient;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * The psychoeducation catalogue on the real WAR: the built-in modules are loaded and published at start-up, loading
 * again changes nothing, a changed source becomes a new version beside the old one, and clinicians can search,
 * filter and preview the library while clients cannot reach it.
 *
 * <p>Run by {@link AuthoringIT}, on its deployment: one Payara Micro boot for both classes.
 */
abstract class ModuleCatalogueChecks {

    private static final Pattern MODULE_LINK = Pattern.compile("module\\.xhtml\\?id=(\\d+)");


    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    ModuleLoader loader;

    @Inject
    ModuleService modules;

    @Inject
    AsClinician asClinician;

    @ArquillianResource
    URL base;

    @Test
    void everyBuiltInModuleIsLoadedAndPublished() throws SQLException {
        List<String> files = ModuleLoader.index();
        assertEquals(13, files.size());
        for (String name : files) {
            ModuleFile file = ModuleFile.parse(name, ModuleLoader.read(name));
            List<String> row = queryRow("SELECT m.origin, m.status, v.source_hash, v.title FROM psy_module m"
                    + " JOIN psy_module_version v ON v.id = m.current_version_id WHERE m.slug = ?", file.slug());
            assertEquals(List.of("BUILT_IN", "PUBLISHED", file.sourceHash(), file.title()), row, name);
            assertEquals(List.of(String.valueOf(file.questions().size())), queryRow("SELECT COUNT(*)"
                    + " FROM psy_module m JOIN psy_module_question q ON q.version_id = m.current_version_id"
                    + " WHERE m.slug = ?", file.slug()), name + ": its reflection questions are stored in order");
        }
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() throws SQLException {
        long versionsBefore = count("SELECT COUNT(*) FROM psy_module_version");
        for (String name : ModuleLoader.index()) {
            assertEquals(ModuleLoader.Outcome.UNCHANGED, loader.load(name, ModuleLoader.read(name)), name);
        }
        assertEquals(versionsBefore, count("SELECT COUNT(*) FROM psy_module_version"));
    }

    @Test
    void aChangedSourceBecomesASecondVersionAndTheFirstStays() throws SQLException {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String fileName = "13-" + slug + ".md";
        String original = ModuleLoader.read("13-help-now.md").replace("slug: help-now", "slug: " + slug);
        String changed = original.replace("title: When you need help now", "title: Help right now")
                + "\nOne more paragraph.\n";

        assertEquals(ModuleLoader.Outcome.NEW_MODULE, loader.load(fileName, original));
        assertEquals(ModuleLoader.Outcome.NEW_VERSION, loader.load(fileName, changed));
        assertEquals(ModuleLoader.Outcome.UNCHANGED, loader.load(fileName, changed));

        String versions = "SELECT v.version_number, v.title, v.source_hash FROM psy_module_version v"
                + " JOIN psy_module m ON m.id = v.module_id WHERE m.slug = ? ORDER BY v.version_number";
        List<List<String>> rows = queryRows(versions, slug);
        assertEquals(2, rows.size());
        assertEquals(List.of("1", "When you need help now", ModuleFile.parse(fileName, original).sourceHash()), rows.get(0));
        assertEquals(List.of("2", "Help right now", ModuleFile.parse(fileName, changed).sourceHash()), rows.get(1));
        assertEquals(List.of("2", "PUBLISHED"), queryRow("SELECT v.version_number, m.status FROM psy_module m"
                + " JOIN psy_module_version v ON v.id = m.current_version_id WHERE m.slug = ?", slug));
    }

    @Test
    void theLibrarySearchesTitleSummaryAndBodyAndFiltersByTopic() throws Exception {
        String enmeshment = titleOf("06-enmeshment-and-boundaries.md");
        String helpNow = titleOf("13-help-now.md");

        LibraryPage all = asClinician.call(() -> modules.library(null, null, 0, 5));
        assertEquals(5, all.rows().size(), "paged in the database");
        assertTrue(all.total() >= 13);

        assertTrue(titles(asClinician.call(() -> modules.library("ENMESHMENT", null, 0, 50))).contains(enmeshment),
                "case-insensitive title search");
        assertTrue(titles(asClinician.call(() -> modules.library("Domestic Violence Hotline", null, 0, 50)))
                .contains(helpNow), "body text search");
        assertEquals(0, asClinician.call(() -> modules.library("no such words anywhere", null, 0, 50)).total());
        assertEquals(0, asClinician.call(() -> modules.library("%_%", null, 0, 50)).total(), "wildcards are escaped");

        LibraryPage crisis = asClinician.call(() -> modules.library(null, "crisis", 0, 50));
        assertTrue(titles(crisis).contains(helpNow));
        assertTrue(crisis.rows().stream().allMatch(v -> v.getTopics().contains("crisis")));
        assertFalse(titles(asClinician.call(() -> modules.library(null, "attachment", 0, 50))).contains(helpNow));
        assertTrue(asClinician.call(modules::topics).containsAll(List.of("attachment", "crisis", "self-care")));
    }

    @Test
    void previewFindsOnlyPublishedModulesAndNeedsTheClinicianRole() throws Exception {
        long id = Long.parseLong(queryRow("SELECT id FROM psy_module WHERE slug = ?", "help-now").get(0));
        ModuleVersion helpNow = asClinician.call(() -> modules.findPublished(id)).orElseThrow();
        assertEquals(titleOf("13-help-now.md"), helpNow.getTitle());
        assertFalse(helpNow.getSources().isEmpty());
        assertTrue(asClinician.call(() -> modules.findPublished(-1)).isEmpty());
        assertThrows(EJBAccessException.class, () -> modules.library(null, null, 0, 10));
        assertThrows(EJBAccessException.class, () -> modules.findPublished(id));
    }

    @Test
    @RunAsClient
    void aClinicianPreviewsAModuleAndAClientGetsNotFound() {
        WebClient clinician = new WebClient(URI.create(base.toString()));
        assertEquals(302, clinician.signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password).statusCode());
        HttpResponse<String> library = clinician.get("clinician/library.xhtml");
        assertEquals(200, library.statusCode());
        Matcher link = MODULE_LINK.matcher(library.body());
        assertTrue(link.find(), library.body());
        String preview = "clinician/module.xhtml?id=" + link.group(1);

        HttpResponse<String> page = clinician.get(preview);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"moduleBody\""), page.body());
        assertTrue(page.body().contains("This is education, not a substitute for care"), page.body());
        assertTrue(page.body().contains("id=\"contentNote\""), "the content note comes first");
        assertTrue(page.body().contains("Section 1 of "), page.body());
        assertFalse(page.body().contains("id=\"moduleSources\""), "sources close the module");

        HttpResponse<String> last = clinician.get(preview + "&s=99");
        assertEquals(200, last.statusCode(), "a section past the end shows the last one");
        assertTrue(last.body().contains("id=\"moduleSources\""), last.body());
        assertTrue(last.body().contains("id=\"questionList\""), "the reflection questions end the module");
        assertFalse(last.body().contains("id=\"nextSection\""), "nothing after the last section");
        assertTrue(last.body().contains("This is education, not a substitute for care"));
        assertEquals(200, clinician.get(preview + "&s=abc").statusCode(), "a malformed section opens the first");
        assertEquals(404, clinician.get("clinician/module.xhtml?id=0").statusCode());
        assertEquals(404, clinician.get("clinician/module.xhtml").statusCode());
        assertEquals(404, clinician.get("clinician/module.xhtml?id=abc").statusCode());

        WebClient client = new WebClient(URI.create(base.toString()));
        client.signIn(DemoAccount.CLIENT.email, DemoAccount.CLIENT.password);
        assertEquals(404, client.get(preview).statusCode());
        assertEquals(404, client.get("clinician/library.xhtml").statusCode());
    }

    private static String titleOf(String fileName) {
        return ModuleFile.parse(fileName, ModuleLoader.read(fileName)).title();
    }

    private static List<String> titles(LibraryPage page) {
        return page.rows().stream().map(ModuleVersion::getTitle).toList();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> queryRow(String sql, String parameter) throws SQLException {
        List<List<String>> rows = queryRows(sql, parameter);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private List<List<String>> queryRows(String sql, String parameter) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
