package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.AssignPage;
import app.securebase.browser.pages.CaseloadPage;
import app.securebase.browser.pages.ClientRecordPage;
import app.securebase.browser.pages.LibraryPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.ModuleReaderPage;
import app.securebase.browser.pages.MyReadingPage;
import app.securebase.browser.pages.MyReadingPage.Group;
import app.securebase.testsupport.DemoAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The whole psychoeducation loop in two real browsers: Dr. Rivera finds "What relational trauma is" in the library
 * and assigns it to Alex with a note; Alex finds it under New, reads it to the end, answers the reflection
 * questions and marks it read; Dr. Rivera then sees it read, with Alex's answers, on Alex's page.
 */
@ExtendWith(Browser.class)
class ModuleJourneyBrowserIT {

    private static final String MODULE = "What relational trauma is";
    private static final String ALEX = "Alex Morgan";
    private static final String ALEX_EMAIL = "alex@securebase.test";

    @Test
    void aClinicianAssignsAModuleTheClientReadsAndAnswersAndTheClinicianSeesIt(Session clinicianBrowser) {
        String note = "Take your time with this one. " + UUID.randomUUID();

        WebDriver clinician = clinicianBrowser.driver();
        clinicianBrowser.open("login.xhtml");
        new LoginPage(clinician).awaitLoaded().signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        clinicianBrowser.open("clinician/library.xhtml");
        AssignPage assign = new LibraryPage(clinician).awaitLoaded().search("relational trauma").assign(MODULE);
        assertEquals(List.of(MODULE), assign.chosenModules(), "the module comes preselected");
        String done = assign.chooseClient(ALEX).note(note).assign();
        assertTrue(done.contains("1 assignment made"), done);

        Session clientBrowser = clinicianBrowser.another();
        WebDriver client = clientBrowser.driver();
        clientBrowser.open("login.xhtml");
        new LoginPage(client).awaitLoaded().signIn(ALEX_EMAIL, DemoAccount.CLIENT.password);
        clientBrowser.open("client/reading.xhtml");
        MyReadingPage reading = new MyReadingPage(client).awaitLoaded();
        long id = reading.ids(Group.NEW).stream().filter(a -> reading.itemText(a).contains(note)).findFirst()
                .orElseThrow(() -> new AssertionError("the module is not under New: " + reading.ids(Group.NEW)));
        assertTrue(reading.itemText(id).contains(MODULE));

        ModuleReaderPage reader = reading.open(id);
        while (!reader.isLastSection()) {
            reader = reader.next();
        }
        List<String> answers = new ArrayList<>();
        for (int q = 0; q < reader.questionCount(); q++) {
            String answer = "Answer " + (q + 1) + ": it grew over time, not from one event. " + UUID.randomUUID();
            reader.type(q, answer);
            reader.awaitSaved(q);
            answers.add(answer);
        }
        assertTrue(answers.size() >= 2, "the module asks its reflection questions");
        reader.finish();
        assertEquals(answers, reader.finalAnswers(), "the answers are kept, read-only");
        clientBrowser.open("client/reading.xhtml");
        assertTrue(new MyReadingPage(client).awaitLoaded().ids(Group.COMPLETED).contains(id));

        clinicianBrowser.open("clinician/clients.xhtml");
        String alexPage = new CaseloadPage(clinician).awaitLoaded().clientPageHref(ALEX);
        clinician.get(alexPage);
        ClientRecordPage record = new ClientRecordPage(clinician).awaitLoaded();
        ClientRecordPage.ReadingRow row = record.reading(MODULE);
        assertEquals("Read", row.status());
        assertTrue(row.details().contains(note), "the clinician's own note is shown");
        List<String> shown = row.answers();
        for (String answer : answers) {
            assertTrue(shown.contains(answer), "answer shown to the clinician: " + answer + " in " + shown);
        }
    }
}
