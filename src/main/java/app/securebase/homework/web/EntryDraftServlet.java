package app.securebase.homework.web;

import static app.securebase.platform.JsonProviders.JSON;

import app.securebase.homework.DraftConflictException;
import app.securebase.homework.EntryService;
import app.securebase.homework.HomeworkRefusedException;
import app.securebase.platform.web.LocalTimes;
import app.securebase.practice.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /client/entry-draft}: the homework form's autosave. While the client types, the page's script posts the
 * answers here as JSON ({@link DraftRequest}) instead of sending the whole form through the Faces lifecycle, which
 * rebuilt, walked and saved the form's every field and emotion word for each save (an autosave is half of what a
 * client sends). The rules are the form's own: {@link EntryService#saveDraft} saves only the signed-in client's own,
 * still open occurrence, from the revision the page last saw, so a retry is harmless and another tab's newer draft is
 * never overwritten.
 *
 * <p>Answers: {@code 200 {"state":"saved","revision":…,"savedAt":"HH:mm"}}; {@code 409} for a conflict or a refusal
 * (sent or cancelled meanwhile, far too large), {@code 404} for an occurrence that is not the client's, {@code 400}
 * for a body that is not a draft, {@code 403} without the session's {@link DraftToken}, {@code 503} when the database
 * failed. On anything but 200 the script falls back to the form's own Faces autosave, which shows the conflict choice
 * or the refusal as before; nothing typed leaves the page until a save succeeds. Only clients reach it (web.xml guards
 * {@code /client/*}).
 */
@WebServlet("/client/entry-draft")
public class EntryDraftServlet extends HttpServlet {

    /** Far above the largest draft the service stores ({@link EntryService#ENTRY_JSON_MAX} characters). */
    static final int BODY_MAX = 2 * EntryService.ENTRY_JSON_MAX;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EntryDraftServlet.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    transient EntryService entries;

    @Inject
    transient DraftToken token;

    @Inject
    transient LocalTimes when;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!token.matches(request.getHeader(DraftToken.HEADER))) {
            LOG.warning("Draft refused: the request lacks this session's draft token");
            answer(response, HttpServletResponse.SC_FORBIDDEN, state("refused", "the page's token is missing"));
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            refuseBadRequest(response, "the body must be application/json, not " + type);
            return;
        }
        String body = body(request);
        if (body == null) {
            LOG.warning(() -> "Draft refused: the body is larger than " + BODY_MAX + " characters");
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, state("refused", "the draft is too large"));
            return;
        }
        DraftRequest draft;
        try {
            draft = DraftRequest.read(new StringReader(body));
        } catch (IllegalArgumentException bad) {
            refuseBadRequest(response, bad.getMessage());
            return;
        }
        save(draft, response);
    }

    private void save(DraftRequest draft, HttpServletResponse response) throws IOException {
        try {
            // The zone first: it looks up the signed-in account, which the save then finds remembered for this
            // request; the other way round the save's transaction has ended and the account is read a second time.
            ZoneId zone = when.zone();
            int revision = entries.saveDraft(draft.occurrence(), draft.revision(), draft.answers());
            answer(response, HttpServletResponse.SC_OK, JSON.createObjectBuilder()
                    .add("state", "saved")
                    .add("revision", revision)
                    .add("savedAt", TIME.format(Instant.now().atZone(zone)))
                    .build());
        } catch (DraftConflictException conflict) {
            answer(response, HttpServletResponse.SC_CONFLICT, JSON.createObjectBuilder()
                    .add("state", "conflict").add("revision", conflict.storedRevision()).build());
        } catch (HomeworkRefusedException refused) {
            answer(response, HttpServletResponse.SC_CONFLICT, state("refused", refused.messageKeys().get(0)));
        } catch (NotFoundException notMine) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, state("refused", "homework.entry.error.gone"));
        } catch (EJBException failed) {
            LOG.log(Level.WARNING, "Draft of occurrence " + draft.occurrence() + " not saved; the page retries", failed);
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, state("failed", "not saved, try again"));
        }
    }

    private static void refuseBadRequest(HttpServletResponse response, String why) throws IOException {
        LOG.warning(() -> "Draft refused: " + why);
        answer(response, HttpServletResponse.SC_BAD_REQUEST, state("refused", why));
    }

    /** The body, or {@code null} when it is longer than {@link #BODY_MAX}. */
    private static String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > BODY_MAX) {
            return null;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // JSON's own encoding; a servlet would read ISO-8859-1
        }
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        Reader reader = request.getReader();
        for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
            if (text.length() > BODY_MAX) {
                return null;
            }
        }
        return text.toString();
    }

    private static JsonObject state(String state, String reason) {
        return JSON.createObjectBuilder().add("state", state).add("reason", reason).build();
    }

    private static void answer(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }
}
