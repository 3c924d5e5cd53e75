package app.securebase.notes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.notes.MentalStatusItem;
import app.securebase.notes.NoteContent;
import app.securebase.notes.NoteFixtures;
import app.securebase.notes.NoteFormat;
import app.securebase.notes.NoteService;
import app.securebase.notes.RiskAssessment;
import app.securebase.notes.RiskLevel;
import app.securebase.notes.ServiceSetting;
import app.securebase.notes.ServiceType;
import app.securebase.notes.SignResult;
import app.securebase.platform.DatabaseMigration;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.Role;
import app.securebase.testsupport.AsClinician;
import app.securebase.testsupport.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Session-note exports on the real WAR and database: a signed note with its addendum rendered from the service; the
 * download endpoints over HTTP (attachments, no-store, audited with the number of notes, bad input refused with a
 * message, someone else's note or client not found); and the background export page run to its download, which only
 * the session that started it can fetch, once.
 *
 * <p>Run by {@link app.securebase.notes.SessionNotesIT}, on its deployment: one Payara Micro boot for both.
 */
public abstract class NoteExportChecks {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");
    private static final Pattern DOWNLOAD = Pattern.compile("notes-export/download\\?job=([0-9a-f-]{36})");

    @ArquillianResource
    URL base;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    TestData testData;

    @Inject
    NoteFixtures noteFixtures;

    @Inject
    AsClinician asClinician;

    @Inject
    NoteService notes;

    @Inject
    NoteExportService exports;

    @Test
    void aSignedNoteWithItsAddendumRendersFromTheService() throws Exception {
        Account me = testData.runAsClinician();
        Account client = testData.clientOf(me);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", "Η πελάτισσα ανέφερε ηρεμία. Клиентка спокойна. <b>&amp; 100% (ok) \\");
        sections.put("assessment", "Engaged.");
        sections.put("plan", "Continue.");
        Map<MentalStatusItem, String> mse = new EnumMap<>(MentalStatusItem.class);
        mse.put(MentalStatusItem.MOOD, "anxious");
        NoteContent content = new NoteContent(day, LocalTime.of(9, 30), 50, ServiceType.INDIVIDUAL,
                ServiceSetting.TELEHEALTH, NoteFormat.DAP, sections,
                new RiskAssessment(false, false, null, null, "Family", RiskLevel.LOW), mse);
        long id = asClinician.call(() -> notes.create(client.getId(), NoteContent.blank(day, NoteFormat.DAP)))
                .getId();
        asClinician.call(() -> notes.saveDraft(id, 0, content));
        SignResult.Signed signed = assertInstanceOf(SignResult.Signed.class,
                asClinician.call(() -> notes.sign(id, 1, TestData.PASSWORD.toCharArray())));
        assertInstanceOf(SignResult.Signed.class, asClinician.call(() -> notes.addAddendum(id,
                "Addendum: duration confirmed.", TestData.PASSWORD.toCharArray())));

        NoteSelection selection = asClinician.call(() -> exports.select(client.getId(), day, day));
        assertEquals(List.of(id), selection.noteIds());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asClinician.call(() -> new NoteExportWriter(ZoneOffset.UTC).write(selection, ExportFormat.PDF,
                exports.documents(selection, ExportProgress.NONE), Instant.now(), out));
        String text = pdfText(out.toByteArray());
        for (String expected : List.of("Contents", "1 session note", "Session note", client.getDisplayName(),
                "C-" + client.getId(), "Data", "Η πελάτισσα ανέφερε ηρεμία. Клиентка спокойна. <b>&amp; 100% (ok) \\",
                "Risk assessment", "Mental status", signed.sha256(), "Addendum 1", "Addendum: duration confirmed.",
                "Page 1 of 2", "Page 2 of 2")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }

        assertEquals("notes.export.error.none", assertThrows(ExportRefusedException.class, () -> asClinician.call(
                () -> exports.select(client.getId(), day.minusYears(5), day.minusYears(4)))).key());
        assertEquals("notes.export.error.order", assertThrows(ExportRefusedException.class, () -> asClinician.call(
                () -> exports.select(null, day, day.minusDays(1)))).key());
        assertEquals("notes.export.error.range", assertThrows(ExportRefusedException.class, () -> asClinician.call(
                () -> exports.select(null, null, day))).key());
        Account stranger = testData.clientOf(testData.staff(Role.CLINICIAN));
        assertThrows(NotFoundException.class, () -> asClinician.call(() -> exports.select(stranger.getId(), day, day)));
    }

    @Test
    void theDownloadsAnswerTheirClinicianOnlyAndRefuseBadInputWithAMessage() throws Exception {
        Account clinician = testData.staff(Role.CLINICIAN);
        Account client = testData.clientOf(clinician);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        long first = noteFixtures.draftOf(clinician, client, day);
        noteFixtures.draftOf(clinician, client, day.plusDays(7));
        Account colleague = testData.staff(Role.CLINICIAN);
        long theirs = noteFixtures.draftOf(colleague, testData.clientOf(colleague), day);

        Http web = new Http(URI.create(base.toString()));
        web.signIn(clinician.getEmail(), TestData.PASSWORD);
        long exportsBefore = count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_EXPORTED'"
                + " AND actor_account_id = ?", clinician.getId());

        HttpResponse<byte[]> pdf = web.get("clinician/note.pdf?id=" + first);
        assertAttachment(pdf, "application/pdf", "note_C-" + client.getId() + "_" + day + ".pdf");
        String text = pdfText(pdf.body());
        assertTrue(text.contains(client.getDisplayName()) && text.contains("Not signed")
                && text.contains("Page 1 of 1"), text);

        HttpResponse<byte[]> docx = web.get("clinician/note.docx?id=" + first);
        assertAttachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "note_C-" + client.getId() + "_" + day + ".docx");
        Map<String, String> parts = unzip(docx.body());
        assertTrue(parts.get("word/document.xml").contains(client.getDisplayName()), parts.keySet().toString());

        String range = "from=" + day + "&to=" + day.plusDays(7);
        HttpResponse<byte[]> combined = web.get("clinician/notes-export?client=" + client.getId() + "&as=pdf&"
                + range);
        assertAttachment(combined, "application/pdf", "notes_C-" + client.getId() + "_" + day + "_" + day.plusDays(7)
                + ".pdf");
        assertTrue(pdfText(combined.body()).contains("2 session notes"));
        HttpResponse<byte[]> zip = web.get("clinician/notes-export?as=zip&" + range);
        assertAttachment(zip, "application/zip", "notes_" + day + "_" + day.plusDays(7) + ".zip");
        assertEquals(2, unzip(zip.body()).size());

        assertEquals(exportsBefore + 4, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_EXPORTED'"
                + " AND actor_account_id = ?", clinician.getId()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_EXPORTED'"
                + " AND actor_account_id = ? AND detail LIKE 'zip, 2 notes, %'", clinician.getId()));

        assertRefused(web, "clinician/notes-export?as=zip&from=2001-01-01&to=2001-12-31",
                "There are no session notes of yours in that period");
        assertRefused(web, "clinician/notes-export?as=zip&from=" + day + "&to=" + day.minusDays(1),
                "The first day must be on or before the last day.");
        assertRefused(web, "clinician/notes-export?as=zip&from=&to=" + day, "Choose both a first and a last day");
        assertRefused(web, "clinician/notes-export?as=zip&from=yesterday&to=" + day, "year-month-day");
        assertRefused(web, "clinician/notes-export?as=pdf&" + range, "Choose a client, or download a ZIP.");
        assertRefused(web, "clinician/notes-export?as=docx&" + range, "Choose PDF or ZIP.");
        for (String missing : List.of("clinician/note.pdf?id=" + theirs, "clinician/note.docx?id=" + theirs,
                "clinician/note.pdf?id=abc", "clinician/note.pdf",
                "clinician/notes-export?as=pdf&client=" + colleague.getId() + "&" + range)) {
            assertEquals(404, web.get(missing).statusCode(), missing);
        }
        assertEquals(exportsBefore + 4, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_EXPORTED'"
                + " AND actor_account_id = ?", clinician.getId()), "refusals export nothing");

        // The export page: start in the background, watch it finish, download once; no other session can.
        HttpResponse<byte[]> page = web.get("clinician/notes-export.xhtml?client=" + client.getId());
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "exportForm:startExport");
        form.put("jakarta.faces.partial.execute", "exportForm");
        form.put("jakarta.faces.partial.render", "exportForm");
        form.put("exportForm:startExport", "exportForm:startExport");
        form.put("exportForm", "exportForm");
        form.put("exportForm:from", day.toString());
        form.put("exportForm:to", day.plusDays(7).toString());
        form.put("exportForm:format", "pdf");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, html));
        form.put("primefaces.nonce", find(NONCE, html));
        HttpResponse<byte[]> started = web.postAjax("clinician/notes-export.xhtml?client=" + client.getId(), form);
        assertEquals(200, started.statusCode());
        String token = null;
        for (int attempt = 0; attempt < 60 && token == null; attempt++) {
            Matcher link = DOWNLOAD.matcher(new String(web.get("clinician/notes-export.xhtml?client="
                    + client.getId()).body(), StandardCharsets.UTF_8));
            if (link.find()) {
                token = link.group(1);
            } else {
                Thread.sleep(500);
            }
        }
        assertTrue(token != null, "the export finished and offers its download");
        Http otherSession = new Http(URI.create(base.toString()));
        otherSession.signIn(clinician.getEmail(), TestData.PASSWORD);
        assertEquals(404, otherSession.get("clinician/notes-export/download?job=" + token).statusCode());
        HttpResponse<byte[]> file = web.get("clinician/notes-export/download?job=" + token);
        assertAttachment(file, "application/pdf", "notes_C-" + client.getId() + "_" + day + "_" + day.plusDays(7)
                + ".pdf");
        assertTrue(pdfText(file.body()).contains("2 session notes"));
        assertEquals(404, web.get("clinician/notes-export/download?job=" + token).statusCode(), "deleted once sent");
        assertEquals(exportsBefore + 5, count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_EXPORTED'"
                + " AND actor_account_id = ?", clinician.getId()));
    }

    private static void assertAttachment(HttpResponse<byte[]> response, String type, String fileName) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(type, response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("attachment; filename=\"" + fileName + "\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.body().length > 100, "a whole file");
    }

    private static void assertRefused(Http web, String path, String message) {
        HttpResponse<byte[]> response = web.get(path);
        assertEquals(400, response.statusCode(), path);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains(message), () -> path + " answered: " + body);
        assertTrue(response.headers().firstValue("Content-Disposition").isEmpty(), "no file");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), () -> pattern + " not in " + html);
        return matcher.group(1);
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Like testsupport's WebClient (signs in through the login form, keeps cookies), but answers in bytes. */
    static final class Http {

        private final URI base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Http(URI base) {
            this.base = base;
        }

        HttpResponse<byte[]> get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        void signIn(String email, String password) {
            String login = new String(get("login.xhtml").body(), StandardCharsets.UTF_8);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("loginForm:email", email);
            form.put("loginForm:password", password);
            form.put("loginForm:signIn", "");
            form.put("jakarta.faces.ViewState", find(VIEW_STATE, login));
            form.put("primefaces.nonce", find(NONCE, login));
            assertEquals(302, send(post("login.xhtml", form)).statusCode(), "signed in");
        }

        HttpResponse<byte[]> postAjax(String path, Map<String, String> form) {
            return send(post(path, form).header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest"));
        }

        private HttpRequest.Builder post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        private HttpResponse<byte[]> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
