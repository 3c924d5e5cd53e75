package app.securebase.homework.web;

import app.securebase.homework.AnswerProblem;
import app.securebase.homework.AnswerValue;
import app.securebase.homework.DraftConflictException;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.EntryService;
import app.securebase.homework.EntryView;
import app.securebase.homework.FieldDefinition;
import app.securebase.homework.HomeworkRefusedException;
import app.securebase.homework.SubmitResult;
import app.securebase.platform.web.LocalTimes;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /client/entry.xhtml?o=…}: one of the signed-in client's homework occurrences. While it is open the
 * form saves itself as the client types (the page's script posts the answers to {@link EntryDraftServlet}; when that
 * fails or conflicts, it falls back to {@link #autosave()} here, which shows the outcome): every save carries the
 * whole form with the revision this page last saw, so a
 * retried save is harmless and a save over another tab's newer work is refused as a conflict, never applied (the
 * client then chooses: load the other version, or keep theirs). Submitting checks every field on the server; a
 * refused submit keeps everything typed (and saved) and shows a message at each field. Once submitted the entry is
 * read-only, with the clinician's feedback and the client's follow-up comment.
 *
 * <p>The id comes from the URL and is never trusted: the service looks among the client's own occurrences only, and
 * anything else (someone else's, made up, malformed) is a 404.
 */
@Named
@ViewScoped
public class EntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Where the last save stands; the page shows it, and its script reads it from {@code data-sb-state}. */
    public enum SaveState {
        /** Nothing typed since the page was opened. */
        IDLE,
        /** The form as posted is the stored draft. */
        SAVED,
        /** Another tab or device saved a newer draft; nothing was overwritten. */
        CONFLICT,
        /** The service refused the save for a reason retrying cannot fix (submitted elsewhere, far too large). */
        REFUSED,
        /** Something went wrong on the way; the page tries again. */
        FAILED;

        public String getCss() {
            return name().toLowerCase();
        }
    }

    /** One line of the summary above the form after a refused submit. */
    public record Problem(String fieldKey, String fieldLabel, String message) implements Serializable {
    }

    @Inject
    transient EntryService entries;

    @Inject
    LocalTimes when;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String o;
    private long occurrenceId;
    /** What the page shows; never the entities (see {@link EntryFacts}). */
    private EntryFacts entry;
    private int revision;
    private boolean submitted;
    private boolean editable;
    private boolean justSubmitted;
    private List<EntryField> fields = List.of();
    private SaveState state = SaveState.IDLE;
    private String savedAt;
    private String refusal;
    private int storedRevision;
    private String storedAt;
    private final List<Problem> problems = new ArrayList<>();
    private String comment;

    public void load() throws IOException {
        if (o == null || !o.matches("\\d{1,18}")) {
            Faces.responseSendError(404, "no entry");
            return;
        }
        occurrenceId = Long.parseLong(o);
        try {
            show(entries.open(occurrenceId));
        } catch (NotFoundException notMine) {
            Faces.responseSendError(404, "no entry");
        }
    }

    private void show(EntryView view) {
        entry = EntryFacts.of(view);
        revision = view.revision();
        submitted = view.isSubmitted();
        editable = view.isEditable();
        comment = entry.getClientComment();
        EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
        List<EntryField> list = new ArrayList<>();
        for (FieldDefinition field : view.exercise().getFields()) {
            list.add(new EntryField(field, view.values().get(field.key()), vocabulary));
        }
        fields = List.copyOf(list);
        problems.clear();
        if (entry.getDraftSavedAt() != null) {
            savedAt = time(entry.getDraftSavedAt());
        }
    }

    /** Saves the form as the client types (called by each input's ajax, debounced by the page). */
    public void autosave() {
        if (editable && state != SaveState.CONFLICT) {
            save();
        }
    }

    private boolean save() {
        try {
            revision = entries.saveDraft(occurrenceId, revision, values());
            state = SaveState.SAVED;
            savedAt = time(Instant.now());
            return true;
        } catch (DraftConflictException conflict) {
            conflict(conflict);
        } catch (HomeworkRefusedException refused) {
            refused(refused.messageKeys().get(0));
        } catch (NotFoundException gone) {
            refused("homework.entry.error.gone");
        } catch (EJBException failed) {
            // A database hiccup: the page keeps the words and tries again; see entry.js.
            state = SaveState.FAILED;
        }
        return false;
    }

    private void conflict(DraftConflictException conflict) {
        state = SaveState.CONFLICT;
        storedRevision = conflict.storedRevision();
        storedAt = conflict.storedAt() == null ? null : time(conflict.storedAt());
    }

    private void refused(String key) {
        state = SaveState.REFUSED;
        refusal = Texts.get(key);
    }

    /** Throws away what this tab typed since the conflict and shows the draft saved elsewhere. */
    public void loadOther() {
        try {
            show(entries.open(occurrenceId));
            state = SaveState.SAVED;
            Texts.info("homework.entry.conflict.loaded");
        } catch (NotFoundException gone) {
            refused("homework.entry.error.gone");
        }
    }

    /** Saves what this tab holds over the version saved elsewhere, now that the client has seen the choice. */
    public void keepMine() {
        revision = storedRevision;
        if (save()) {
            Texts.info("homework.entry.conflict.kept");
        }
    }

    /**
     * Sends the entry. The service saves it as the draft first, then checks every field; with a problem it stays a
     * draft and each problem is shown at its field, with a summary at the top.
     */
    public void submit() {
        if (!editable) {
            return;
        }
        problems.clear();
        fields.forEach(EntryField::clearProblems);
        try {
            SubmitResult result = entries.submit(occurrenceId, revision, values());
            revision = result.revision();
            if (result.submitted()) {
                show(entries.open(occurrenceId));
                justSubmitted = true;
                state = SaveState.IDLE;
                return;
            }
            state = SaveState.SAVED;
            savedAt = time(Instant.now());
            for (AnswerProblem problem : result.problems()) {
                String message = Texts.get(problem.messageKey(), problem.arguments().toArray());
                EntryField field = field(problem.field());
                if (field != null) {
                    field.addProblem(message);
                }
                problems.add(new Problem(field == null ? null : field.getKey(),
                        field == null ? null : field.getLabel(), message));
            }
        } catch (DraftConflictException conflict) {
            conflict(conflict);
            Texts.error("homework.entry.conflict.notSent");
        } catch (HomeworkRefusedException refused) {
            refused(refused.messageKeys().get(0));
            Texts.error(refused.messageKeys().get(0));
        } catch (NotFoundException gone) {
            refused("homework.entry.error.gone");
            Texts.error("homework.entry.error.gone");
        } catch (EJBException failed) {
            state = SaveState.FAILED;
            Texts.error("homework.entry.error.notSent");
        }
    }

    /** Saves the client's follow-up comment on their submitted entry. */
    public void saveComment() {
        try {
            entries.comment(occurrenceId, comment);
            entry = EntryFacts.of(entries.open(occurrenceId));
            comment = entry.getClientComment();
            Texts.info("homework.entry.comment.saved");
        } catch (HomeworkRefusedException refused) {
            Texts.error("entryCommentForm:comment", refused.messageKeys().get(0));
        } catch (NotFoundException gone) {
            Texts.error("homework.entry.error.gone");
        }
    }

    private Map<String, AnswerValue> values() {
        Map<String, AnswerValue> values = new LinkedHashMap<>();
        for (EntryField field : fields) {
            AnswerValue value = field.value();
            if (!value.isEmpty()) {
                values.put(field.getKey(), value);
            }
        }
        return values;
    }

    private EntryField field(String key) {
        return fields.stream().filter(f -> f.getKey().equals(key)).findFirst().orElse(null);
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(when.zone()));
    }

    /** The answer of a field as read-only lines ("Sad – lonely: 40"). */
    public List<String> answerLines(EntryField field) {
        return AnswerText.lines(field.getDefinition(), field.value(), EmotionVocabulary.builtIn());
    }

    public boolean isAnswered(EntryField field) {
        return !field.value().isEmpty();
    }

    public String getO() {
        return o;
    }

    public void setO(String o) {
        this.o = o;
    }

    public long getOccurrenceId() {
        return occurrenceId;
    }

    /** The occurrence, its assignment and its exercise, as the page shows them; {@code null} until loaded. */
    public EntryFacts getEntry() {
        return entry;
    }

    public int getRevision() {
        return revision;
    }

    /**
     * The revision the page last saw, posted back with the form: the page's script saves drafts to
     * {@link EntryDraftServlet} as the client types, and keeps this field at the revision each save returned.
     */
    public void setRevision(int revision) {
        this.revision = revision;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isCancelled() {
        return entry != null && entry.getCancelledAt() != null && !submitted;
    }

    public boolean isJustSubmitted() {
        return justSubmitted;
    }

    /** Past its due time and not submitted: said gently, never as an alarm. */
    public boolean isPastDue() {
        return editable && entry.getDueAt().isBefore(Instant.now());
    }

    public List<EntryField> getFields() {
        return fields;
    }

    public SaveState getState() {
        return state;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getStoredAt() {
        return storedAt;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
