package app.securebase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.securebase.browser.Browser.Session;
import app.securebase.browser.pages.DraftPreviewPage;
import app.securebase.browser.pages.LoginPage;
import app.securebase.browser.pages.ModuleEditorPage;
import app.securebase.browser.pages.MyModulesPage;
import app.securebase.testsupport.DemoAccount;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clinician writes a module in the rich-text editor, is told precisely what is missing, publishes it and reads it as
 * a client will; and a body made of XSS payloads, sent as a hand-made request would, renders in Chromium without
 * running anything.
 */
@ExtendWith(Browser.class)
class AuthoringBrowserIT {

    /** Each payload tries to set window.__xss; the plain sentences around them must survive. */
    private static final String XSS_BODY = "<p>Harmless words before.</p>"
            + "<script>window.__xss = 'script'</script>"
            + "<img src=x onerror=\"window.__xss = 'img'\">"
            + "<p><a id=\"jsLink\" href=\"javascript:window.__xss='href'\">a javascript link</a></p>"
            + "<p><a href=\"JaVaScRiPt:window.__xss='mixed'\">mixed case</a>"
            + " <a href=\"&#106;avascript:window.__xss='entity'\">entity</a></p>"
            + "<svg onload=\"window.__xss = 'svg'\"><script>window.__xss = 'svgscript'</script></svg>"
            + "<math><mtext><img src=x onerror=\"window.__xss = 'math'\"></mtext></math>"
            + "<iframe srcdoc=\"<script>parent.__xss = 'iframe'</script>\"></iframe>"
            + "<object data=\"data:text/html,<script>parent.__xss='object'</script>\"></object>"
            + "<style>body { background: url(javascript:window.__xss='style') }</style>"
            + "<p style=\"background:url(javascript:window.__xss='bg')\">styled paragraph</p>"
            + "<div style=\"width:expression(window.__xss='expression')\">expression div</div>"
            + "<form action=\"https://evil.example\"><button>go</button></form>"
            + "<input onfocus=\"window.__xss = 'focus'\" autofocus>"
            + "<details open ontoggle=\"window.__xss = 'toggle'\"><summary>s</summary></details>"
            + "<a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==\">data link</a>"
            + "<base href=\"https://evil.example/\">"
            + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"
            + "<p>Harmless words after.</p>";

    @Test
    void aClinicianWritesPublishesAndPreviewsAModule(Session browser) {
        MyModulesPage modules = signIn(browser);
        String title = "Noticing the body " + UUID.randomUUID().toString().substring(0, 8);
        ModuleEditorPage editor = modules.newModule()
                .typeTitle(title)
                .typeSummary("Small ways to notice what your body is telling you.")
                .typeContentNote("Mentions of anxiety and panic.")
                .chooseTopic("Emotions");
        editor.typeInBody("");
        editor.toolbar("header2").typeInBody("What the body says", Keys.ENTER, "Feelings often show up in the body first.",
                Keys.ENTER);
        editor.toolbar("bullet").typeInBody("a tight chest", Keys.ENTER, "clenched hands", Keys.ENTER, Keys.ENTER,
                "Noticing them is a first step.");
        Screenshots.page(browser.driver(), "authoring-editor-new");
        WebElement body = editor.bodyEditor();
        assertEquals("editForm:bodyLabel", body.getAttribute("aria-labelledby"), "the editable area has the label");
        body.sendKeys(Keys.TAB);
        assertFalse(body.equals(browser.driver().switchTo().activeElement()), "Tab leaves the editor");
        assertFalse(editor.bodyHtml().contains("\t"), "Tab typed no tab character");

        editor.save();
        assertNotNull(editor.moduleId(), "the first save opens the page of the new module: " + browser.driver().getCurrentUrl());
        assertTrue(editor.globalMessages().contains("Draft saved."), editor.globalMessages().toString());
        assertTrue(editor.status().contains("Draft"), editor.status());
        assertEquals(title, editor.value("title"));

        assertTrue(editor.confirmationText().contains("keep the version they were given"));
        editor.publish();
        assertEquals("Add at least one reflection question, one per line.", editor.messageFor("questions"));
        assertEquals("", editor.messageFor("title"));
        assertTrue(editor.globalMessages().stream().anyMatch(m -> m.contains("not published yet")),
                editor.globalMessages().toString());
        assertEquals("Small ways to notice what your body is telling you.", editor.value("summary"), "nothing lost");

        editor.typeQuestions("Where in your body do you notice stress?", "What helps it ease?");
        editor.publish();
        assertTrue(editor.globalMessages().stream().anyMatch(m -> m.startsWith("Published as version 1")),
                editor.globalMessages().toString());
        assertTrue(editor.status().contains("Version 1 published"), editor.status());
        assertEquals("", editor.messageFor("questions"));

        Screenshots.page(browser.driver(), "authoring-editor-desktop");

        DraftPreviewPage preview = editor.saveAndPreview();
        assertEquals(title, preview.moduleTitle());
        assertEquals("What the body says", browser.driver().findElement(By.id("sectionHeading")).getText());
        assertTrue(preview.bodyText().contains("Feelings often show up in the body first."), preview.bodyText());
        List<String> bullets = preview.body().findElements(By.cssSelector("ul > li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("a tight chest", "clenched hands"), bullets);
        assertTrue(preview.body().findElements(By.cssSelector("ol")).isEmpty(), "bullets are not numbered");
        assertTrue(browser.driver().findElement(By.id("questionList")).getText().contains("What helps it ease?"));
        Screenshots.page(browser.driver(), "authoring-preview-desktop");
        Screenshots.phone(browser.driver(), () -> Screenshots.page(browser.driver(), "authoring-preview-390"));

        editor = preview.backToEditing();
        Screenshots.phone(browser.driver(), () -> Screenshots.page(browser.driver(), "authoring-editor-390"));
        browser.open("clinician/modules.xhtml");
        assertEquals("Published", new MyModulesPage(browser.driver()).awaitLoaded().statusOf(title));
        assertNoCspViolations(browser.driver());
    }

    @Test
    void aLibraryModuleIsDuplicatedToAdapt(Session browser) {
        signIn(browser);
        browser.open("clinician/library.xhtml");
        WebElement first = browser.driver().findElements(By.cssSelector("[id$=':openModule']")).get(0);
        String title = first.getText();
        first.click();
        WebElement duplicate = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.id("duplicateForm:duplicateModule")));
        Screenshots.page(browser.driver(), "authoring-library-preview");
        duplicate.click();
        ModuleEditorPage editor = new ModuleEditorPage(browser.driver()).awaitLoaded();
        assertNotNull(editor.moduleId(), browser.driver().getCurrentUrl());
        assertEquals(title, editor.value("title"));
        assertTrue(editor.globalMessages().stream().anyMatch(m -> m.startsWith("A copy is now your draft")),
                editor.globalMessages().toString());
        assertTrue(editor.status().contains("Draft"), editor.status());
        assertFalse(editor.value("questions").isBlank(), "the questions were copied too");
        assertNoCspViolations(browser.driver());
    }

    @Test
    void aRefusedModuleKeepsEverythingTypedAndSaysWhatIsWrong(Session browser) {
        ModuleEditorPage editor = signIn(browser).newModule();
        String title = "Only a title " + UUID.randomUUID().toString().substring(0, 8);
        editor.typeTitle(title).publish();
        assertNotNull(editor.moduleId(), "saved as a draft of its own: " + browser.driver().getCurrentUrl());
        assertEquals(title, editor.value("title"));
        assertEquals("Write a short summary: clients read it before they open the module.", editor.messageFor("summary"));
        assertTrue(editor.messageFor("contentNote").startsWith("Write a content note"));
        assertEquals("Write the text of the module.", editor.messageFor("body"));
        assertEquals("Choose at least one topic.", editor.messageFor("topics"));
        assertEquals("Add at least one reflection question, one per line.", editor.messageFor("questions"));

        String summary = "A summary that must survive a refused save.";
        editor.typeTitle("x".repeat(201)).typeSummary(summary).typeQuestions("One?", "Two?", "Three?", "Four?", "Five?",
                "Six?");
        editor.save();
        assertEquals("This is too long: keep it to 200 characters or fewer.", editor.messageFor("title"));
        assertEquals("Too many questions: write at most 5, one per line.", editor.messageFor("questions"));
        assertTrue(editor.globalMessages().stream().anyMatch(m -> m.startsWith("The draft was not saved: 2 fields")),
                editor.globalMessages().toString());
        assertEquals("x".repeat(201), editor.value("title"), "the long title is still there to shorten");
        assertEquals(summary, editor.value("summary"));
        assertTrue(editor.value("questions").contains("Six?"));
        assertEquals("true", browser.driver().findElement(By.id("editForm:title")).getAttribute("aria-invalid"));
    }

    @Test
    void xssPayloadsInTheBodyRunNothingInChromium(Session browser) {
        ModuleEditorPage editor = signIn(browser).newModule();
        editor.typeTitle("XSS check " + UUID.randomUUID().toString().substring(0, 8)).forceBodyHtml(XSS_BODY).save();
        String id = editor.moduleId();
        assertNotNull(id);
        assertNoScriptRan(browser.driver());

        browser.open("clinician/draft-preview.xhtml?id=" + id);
        DraftPreviewPage preview = new DraftPreviewPage(browser.driver()).awaitLoaded();
        assertNoScriptRan(browser.driver());
        String text = preview.bodyText();
        assertTrue(text.contains("Harmless words before.") && text.contains("Harmless words after."), text);
        assertTrue(text.contains("a javascript link") && text.contains("styled paragraph"), text);
        WebElement body = preview.body();
        for (String active : List.of("script", "svg", "math", "iframe", "object", "embed", "style", "form", "input",
                "button", "details", "base", "meta", "img", "[style]", "[srcdoc]", "[onerror]", "[onload]",
                "[onfocus]", "[ontoggle]", "[href^='javascript' i]", "[href^='data' i]")) {
            assertEquals(List.of(), body.findElements(By.cssSelector(active)), active + " in #moduleBody");
        }
        for (WebElement element : body.findElements(By.cssSelector("*"))) {
            String handlers = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return Array.from(arguments[0].attributes).map(a => a.name).filter(n => n.startsWith('on')).join();",
                    element);
            assertEquals("", handlers, element.getTagName());
        }
        for (WebElement link : body.findElements(By.tagName("a"))) {
            String href = link.getAttribute("href");
            assertTrue(href == null || href.matches("(https?|mailto|tel|sms):.*"), href);
        }
        List<WebElement> links = body.findElements(By.linkText("a javascript link"));
        if (!links.isEmpty()) {
            links.get(0).click();
        }
        assertNoScriptRan(browser.driver());
        assertTrue(browser.driver().getCurrentUrl().contains("draft-preview.xhtml"), browser.driver().getCurrentUrl());

        browser.open("clinician/module-edit.xhtml?id=" + id);
        new ModuleEditorPage(browser.driver()).awaitLoaded();
        assertNoScriptRan(browser.driver());
    }

    private static MyModulesPage signIn(Session browser) {
        browser.open("login.xhtml");
        new LoginPage(browser.driver()).awaitLoaded().signIn(DemoAccount.CLINICIAN.email, DemoAccount.CLINICIAN.password);
        browser.open("clinician/modules.xhtml");
        return new MyModulesPage(browser.driver()).awaitLoaded();
    }

    private static void assertNoScriptRan(WebDriver driver) {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss;"), "a payload ran");
    }

    /** Chromium reports in its console every script or handler the Content-Security-Policy blocked: none here. */
    private static void assertNoCspViolations(WebDriver driver) {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations);
    }
}
