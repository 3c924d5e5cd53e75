package app.securebase.testsupport;

import java.util.List;
import java.util.Set;

/**
 * Every page of SecureBase and who may open it: the one list the access-matrix test (and any test that must visit
 * every page) reads. A new page is added here, with its audience, in the change that adds the page.
 */
public final class AppPages {

    /** Who a request comes from. */
    public enum Visitor { ANONYMOUS, ADMIN, CLINICIAN, CLIENT }

    /**
     * A page and the visitors who may open it; {@code null} audience means everyone, signed in or not.
     * {@code sendsSignedInHome}: a signed-in visitor is redirected to their home instead (the login page).
     * {@code needsPasswordStep}: only reachable right after the password step of a sign-in; anyone else is sent to
     * sign-in (the code step of two-step sign-in).
     */
    public record AppPage(String path, Set<Visitor> audience, boolean sendsSignedInHome, boolean needsPasswordStep) {

        AppPage(String path, Set<Visitor> audience) {
            this(path, audience, false, false);
        }

        public boolean isPublic() {
            return audience == null;
        }

        public boolean allows(Visitor visitor) {
            return audience == null || audience.contains(visitor);
        }
    }

    /**
     * Placeholders a path may hold, filled in by the test from the demo data: a published library module, the demo
     * client Jordan (on Dr. Rivera's caseload), and Jordan's demo reading assignment.
     */
    public static final String MODULE = "{module}";
    public static final String CLIENT = "{client}";
    public static final String ASSIGNMENT = "{assignment}";
    /** A library exercise, and one of Jordan's demo homework occurrences. */
    public static final String EXERCISE = "{exercise}";
    public static final String OCCURRENCE = "{occurrence}";
    /** Dr. Rivera's signed demo note of Jordan's last session. */
    public static final String NOTE = "{note}";

    private static final Set<Visitor> SIGNED_IN = Set.of(Visitor.ADMIN, Visitor.CLINICIAN, Visitor.CLIENT);

    public static final List<AppPage> PAGES = List.of(
            new AppPage("login.xhtml", null, true, false),
            new AppPage("sign-in-code.xhtml", null, false, true),
            new AppPage("crisis.xhtml", null),
            new AppPage("set-password.xhtml", null),
            new AppPage("admin/index.xhtml", Set.of(Visitor.ADMIN)),
            new AppPage("admin/clinicians.xhtml", Set.of(Visitor.ADMIN)),
            new AppPage("admin/clients.xhtml", Set.of(Visitor.ADMIN)),
            new AppPage("admin/settings.xhtml", Set.of(Visitor.ADMIN)),
            new AppPage("admin/audit.xhtml", Set.of(Visitor.ADMIN)),
            new AppPage("clinician/index.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/clients.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/library.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/client.xhtml?id=" + CLIENT, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/module.xhtml?id=" + MODULE, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/module.xhtml?id=" + MODULE + "&s=2", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/assign.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/assign.xhtml?module=" + MODULE + "&client=" + CLIENT, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/modules.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/module-edit.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/exercises.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/exercise.xhtml?id=" + EXERCISE, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/exercise-try.xhtml?id=" + EXERCISE, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/assign-exercise.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/assign-exercise.xhtml?template=" + EXERCISE + "&client=" + CLIENT,
                    Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/entry.xhtml?o=" + OCCURRENCE, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/my-exercises.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/exercise-builder.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/notes.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/notes.xhtml?client=" + CLIENT, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/note.xhtml?id=" + NOTE, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/notes-export.xhtml", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/notes-export.xhtml?client=" + CLIENT, Set.of(Visitor.CLINICIAN)),
            new AppPage("client/index.xhtml", Set.of(Visitor.CLIENT)),
            new AppPage("client/entry.xhtml?o=" + OCCURRENCE, Set.of(Visitor.CLIENT)),
            new AppPage("client/history.xhtml", Set.of(Visitor.CLIENT)),
            new AppPage("client/progress.xhtml", Set.of(Visitor.CLIENT)),
            new AppPage("client/reading.xhtml", Set.of(Visitor.CLIENT)),
            new AppPage("client/read.xhtml?a=" + ASSIGNMENT, Set.of(Visitor.CLIENT)),
            new AppPage("client/read.xhtml?a=" + ASSIGNMENT + "&s=1", Set.of(Visitor.CLIENT)),
            new AppPage("break.xhtml", null),
            new AppPage("break.xhtml?a=" + ASSIGNMENT + "&s=1", null),
            new AppPage("account/settings.xhtml", SIGNED_IN),
            new AppPage("account/security.xhtml", SIGNED_IN));

    /** Files the application makes (not pages a browser shows): the access matrix checks them, the page walks skip them. */
    public static final List<AppPage> DOWNLOADS = List.of(
            new AppPage("clinician/caseload.csv", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/caseload.csv?filter=overdue&sort=name&order=asc", Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/note.pdf?id=" + NOTE, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/note.docx?id=" + NOTE, Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/notes-export?client=" + CLIENT + "&from=2000-01-01&to=2099-12-31&as=pdf",
                    Set.of(Visitor.CLINICIAN)),
            new AppPage("clinician/notes-export?from=2000-01-01&to=2099-12-31&as=zip", Set.of(Visitor.CLINICIAN)));

    private AppPages() {
    }
}
