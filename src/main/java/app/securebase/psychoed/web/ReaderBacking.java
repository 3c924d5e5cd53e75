package app.securebase.psychoed.web;

import app.securebase.platform.web.LocalTimes;
import app.securebase.platform.web.Texts;
import app.securebase.practice.NotFoundException;
import app.securebase.psychoed.AssignmentRefusedException;
import app.securebase.psychoed.ModuleAssignment;
import app.securebase.psychoed.ModuleSection;
import app.securebase.psychoed.ModuleVersion;
import app.securebase.psychoed.Reading;
import app.securebase.psychoed.ReadingService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /client/read.xhtml?a=…&s=…}: one of the signed-in client's modules, a section at a time, and their
 * reflection answers on the last section, saved as they type. The assignment id comes from the URL and is never
 * trusted: the service finds it among the client's own assignments only, and anything else is a 404. Without
 * {@code s} the reader opens where the client stopped last time.
 */
@Named
@ViewScoped
public class ReaderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String ALREADY_READ = "psychoed.reader.error.alreadyRead";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    transient ReadingService reading;

    @Inject
    LocalTimes when;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String a;
    private String s;
    private long assignmentId;
    /** What the page shows of the module; never the entity (see {@link ModuleText}). */
    private ModuleText module;
    private List<ModuleSection> sections;
    private int section;
    private boolean resumed;
    private String note;
    private String noteFrom;
    private Instant readAt;
    private List<AnswerField> answers;

    public void load() throws IOException {
        if (a == null || !a.matches("\\d{1,18}")) {
            Faces.responseSendError(404, "no assignment");
            return;
        }
        assignmentId = Long.parseLong(a);
        try {
            // Where the client stopped, read before open() moves it to the section shown now.
            Optional<ModuleAssignment> listed = reading.myReading().stream()
                    .filter(candidate -> candidate.getId() == assignmentId).findFirst();
            int shown = listed.map(known -> ReaderPage.section(s, known.getModuleVersion().getSections(),
                    known.getLastSection())).orElse(0);
            show(reading.open(assignmentId, shown), shown);
            resumed = !hasSection() && section > 0;
        } catch (NotFoundException notMine) {
            Faces.responseSendError(404, "no assignment");
        }
    }

    private void show(Reading opened, int requested) {
        ModuleAssignment assignment = opened.assignment();
        ModuleVersion version = opened.module();
        module = ModuleText.of(version);
        sections = version.getSections();
        section = Math.max(0, Math.min(requested, sections.size() - 1));
        note = assignment.getNote();
        noteFrom = assignment.getAssignedBy().getDisplayName();
        readAt = assignment.getReadAt();
        List<String> questions = version.getQuestions();
        answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.add(new AnswerField(i, questions.get(i), opened.answers().get(i)));
        }
    }

    /**
     * Saves one answer as the client types; a refusal keeps the typed text on the page and says why. Saving the same
     * text again is harmless (the service changes nothing), but an empty box that never held an answer is left alone.
     */
    public void save(AnswerField field) {
        if (!isEditable() || field.isBlank()) {
            return;
        }
        try {
            Instant saved = reading.saveAnswer(assignmentId, field.position, field.getText());
            field.saved(TIME.format(saved.atZone(when.zone())));
        } catch (AssignmentRefusedException refused) {
            field.refused(refused.messageKey());
        } catch (NotFoundException gone) {
            field.refused("psychoed.read.error.gone");
        }
    }

    /**
     * Saves what was typed since the last save, then marks the module read; the answers are final from now. Marked
     * read meanwhile (in another tab), the answers kept then stay, and marking again changes nothing.
     */
    public void finish() {
        answers.forEach(this::save);
        boolean readMeanwhile = answers.stream().anyMatch(field -> ALREADY_READ.equals(field.getErrorKey()));
        if (!readMeanwhile && answers.stream().anyMatch(AnswerField::isRefused)) {
            Texts.error("psychoed.read.error.notFinished");
            return;
        }
        reading.markRead(assignmentId);
        show(reading.open(assignmentId, section), section);
    }

    public boolean isEditable() {
        return readAt == null;
    }

    public boolean isFirst() {
        return section == 0;
    }

    private boolean hasSection() {
        return s != null && s.matches("\\d{1,4}");
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public ModuleText getModule() {
        return module;
    }

    public List<ModuleSection> getSections() {
        return sections;
    }

    public int getSection() {
        return section;
    }

    /** Opened without a section: showing the one the client last had open. */
    public boolean isResumed() {
        return resumed;
    }

    public String getNote() {
        return note;
    }

    public String getNoteFrom() {
        return noteFrom;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public List<AnswerField> getAnswers() {
        return answers;
    }

    public String getA() {
        return a;
    }

    public void setA(String a) {
        this.a = a;
    }

    public String getS() {
        return s;
    }

    public void setS(String s) {
        this.s = s;
    }

    /**
     * One reflection question and the client's answer as the page holds it: what was typed, what was saved last, and
     * what the status line under it says.
     */
    public static final class AnswerField implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int position;
        private final String question;
        private String text;
        private String stored;
        private String savedAt;
        private String errorKey;

        AnswerField(int position, String question, String stored) {
            this.position = position;
            this.question = question;
            this.text = stored;
            this.stored = stored;
        }

        /** Nothing typed and nothing saved before: there is no answer to save. */
        boolean isBlank() {
            return normalized(text).isEmpty() && stored.isEmpty();
        }

        void saved(String time) {
            stored = normalized(text);
            savedAt = time;
            errorKey = null;
        }

        void refused(String key) {
            errorKey = key;
        }

        private static String normalized(String value) {
            return value == null ? "" : value;
        }

        public int getPosition() {
            return position;
        }

        public String getQuestion() {
            return question;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        /** The saved answer, for the read-only view once the module is marked read. */
        public String getStored() {
            return stored;
        }

        /** The time of the last save in this page, {@code null} before the first one. */
        public String getSavedAt() {
            return savedAt;
        }

        public String getErrorKey() {
            return errorKey;
        }

        public boolean isRefused() {
            return errorKey != null;
        }
    }
}
