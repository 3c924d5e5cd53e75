package app.securebase.browser;

import static app.securebase.browser.PageChecks.assertFitsTheWidth;
import static app.securebase.browser.PageChecks.blockedByThePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.CaseloadPage;
import app.securebase.browser.pages.ClientHomeworkSection;
import app.securebase.browser.pages.ClinicianNavigation;
import app.securebase.browser.pages.EntryPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.NoteEditorPage;
import app.securebase.browser.pages.NoteListPage;
import app.securebase.browser.pages.SetPasswordPage;
import app.securebase.testsupport.DemoAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Dr. Rivera documents a session with a new client who sent a check-in: a DAP note with the homework review inserted
 * and then edited, signed with her password (a wrong one refused first), then amended with a signed addendum, the
 * original staying visible as signed. The client is made for this run, so no other journey sees its notes.
 */
@ExtendWith(Browser.class)
class SessionNotesBrowserIT {

    private static final String CHECK_IN = "Daily feelings check-in";
    private static final String PASSWORD = "harbour lantern willow stone";

    @Test
    void aDapNoteWithTheHomeworkReviewIsSignedAndAmended(Session browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Robin " + unique;
        String email = "robin." + unique + "@example.org";
        WebDriver rivera = signIn(browser, DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        browser.open("clinician/clients.xhtml");
        String invitation = new CaseloadPage(rivera).awaitLoaded().addClient(name, "", email);
        Session second = browser.another();
        WebDriver robin = second.driver();
        robin.get(invitation);
        new SetPasswordPage(robin).awaitForm().choose(PASSWORD).signIn(email, PASSWORD);

        // Robin has a week of check-ins and sends today's.
        ClientHomeworkSection homework = ClinicianNavigation.openExercises(rivera).assign(CHECK_IN).dueTime(23, 59)
                .chooseClient(name).assign();
        List<Long> week = homework.occurrences(homework.newestAssignment());
        long todays = week.get(6);
        String clientPage = rivera.getCurrentUrl();
        robin.get(second.base().resolve("client/entry.xhtml?o=" + todays).toString());
        EntryPage entry = new EntryPage(robin).awaitLoaded();
        entry.choose("mood", "7").toggleEmotionByKeyboard("sad.lonely").rateEmotionByKeyboard("sad.lonely", 40);
        ((JavascriptExecutor) robin).executeScript(
                "document.querySelector(\"#entryForm [data-field='need']\").scrollIntoView({block: 'center'});");
        entry.choose("need", "Rest");
        entry.awaitSaved();
        entry.submit();

        // From the client's page to their notes, and a new DAP note.
        rivera.get(clientPage);
        rivera.findElement(By.id("allNotes")).click();
        NoteListPage list = new NoteListPage(rivera).awaitLoaded();
        assertEquals(List.of(), list.noteIds());
        NoteEditorPage note = list.start("DAP (data, assessment, plan)");
        assertEquals(List.of("data", "assessment", "plan"), note.sectionKeys());
        long noteId = note.noteId();

        // The homework review, then the clinician's own words.
        note.startTime("14:00").duration(50);
        note.insertHomeworkReview("data");
        String data = note.text("data");
        assertTrue(data.startsWith("Homework since "), data);
        assertTrue(data.contains("Completed (1):") && data.contains(CHECK_IN), data);
        assertTrue(data.contains("Which feelings are here right now?: Sad – lonely: 40"), data);
        assertTrue(data.contains("Missed: none."), data);
        assertTrue(note.messages().contains("1 entries marked reviewed"), note.messages());
        note.type("data", "\nRobin says evenings are easier.");
        note.type("assessment", "Engaged; uses the check-in to notice loneliness.");
        note.type("plan", "Continue the check-in; try the grounding practice once.");
        note.awaitSaved();
        Screenshots.page(rivera, "note-draft-desktop");
        Screenshots.phone(rivera, () -> {
            assertFitsTheWidth(rivera);
            Screenshots.page(rivera, "note-draft-390");
        });

        // Signing: a wrong password signs nothing; the right one locks the note.
        assertTrue(note.signExpectingRefusal("not my password").contains("not your password"), note.messages());
        note = note.sign(DemoAccount.CLINICIAN.password);
        assertTrue(note.signatureText().contains("Signed by Dr. "), note.signatureText());
        assertTrue(note.signatureText().contains("UTC"), note.signatureText());
        assertTrue(note.signatureHash().matches("[0-9a-f]{64}"), note.signatureHash());
        String signedHash = note.signatureHash();
        assertTrue(note.signedText("data").endsWith("Robin says evenings are easier."), note.signedText("data"));
        assertEquals(0, rivera.findElements(By.id("noteForm")).size(), "no editing once signed");

        // An addendum, signed; the original stays as it was.
        note.addAddendum("Correction: Robin also mentioned sleeping better.", DemoAccount.CLINICIAN.password);
        List<String> addenda = note.addenda();
        assertEquals(1, addenda.size());
        assertTrue(addenda.get(0).startsWith("Correction: Robin also mentioned sleeping better."), addenda.get(0));
        assertTrue(addenda.get(0).contains("Signed by Dr. "), addenda.get(0));
        assertEquals(signedHash, note.signatureHash());
        assertTrue(note.signedText("data").contains("Homework since "));
        Screenshots.page(rivera, "note-signed-desktop");
        Screenshots.phone(rivera, () -> {
            assertFitsTheWidth(rivera);
            Screenshots.page(rivera, "note-signed-390");
        });

        // The PDF a clinic would file, downloaded with this browser's session: an attachment, never cached, with the
        // signed note, its signature hash and the addendum after it.
        HttpResponse<byte[]> pdf = download(rivera, rivera.findElement(By.id("downloadPdf")).getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        String text = pdfText(pdf.body());
        assertTrue(text.contains(name) && text.contains("Robin says evenings are easier."), text);
        assertTrue(text.contains(signedHash), "the signature block carries the hash");
        assertTrue(text.indexOf("Correction: Robin also mentioned sleeping better.") > text.indexOf(signedHash),
                "the addendum comes after the signed note");
        assertTrue(text.contains("Page 1 of "), text);

        // Signed, it leaves the unsigned queue.
        browser.open("clinician/notes.xhtml");
        assertFalse(new NoteListPage(rivera).awaitLoaded().noteIds().contains(noteId));
        assertEquals(List.of(), blockedByThePolicy(rivera), "the note pages ran under the CSP");
    }

    /** GETs {@code url} with the browser's cookies (its signed-in session), as the browser's own download would. */
    private static HttpResponse<byte[]> download(WebDriver driver, String url) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver signIn(Session session, String email, String password) {
        session.open("login.xhtml");
        new LoginPage(session.driver()).awaitLoaded().signIn(email, password);
        return session.driver();
    }
}
