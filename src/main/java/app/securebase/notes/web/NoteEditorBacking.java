package app.securebase.notes.web;

import app.securebase.homework.DraftConflictException;
import app.securebase.notes.MentalStatusItem;
import app.securebase.notes.NoteAddendum;
import app.securebase.notes.NoteContent;
import app.securebase.notes.NoteDocument;
import app.securebase.notes.NoteDocuments;
import app.securebase.notes.NoteFormat;
import app.securebase.notes.NoteRefusedException;
import app.securebase.notes.NoteService;
import app.securebase.notes.RiskAssessment;
import app.securebase.notes.RiskLevel;
import app.securebase.notes.ServiceSetting;
import app.securebase.notes.ServiceType;
import app.securebase.notes.SessionNote;
import app.securebase.notes.SignResult;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /clinician/note.xhtml?id=…}: one of my session notes. A draft is a form that saves itself as I type,
 * like a client's homework entry (the whole form with the revision this page last saw; a save over another tab's newer
 * work is refused as a conflict and I choose which version to keep; {@code entry.js} does the browser's part). From the
 * draft I insert the homework review and sign with my password. A signed note is read-only, with its signature,
 * its addenda and a form to sign a new addendum.
 *
 * <p>The id comes from the URL and is never trusted: the service looks among my own notes only, and anything else
 * (another clinician's note, a made-up or malformed id) is a 404.
 */
@Named
@ViewScoped
public class NoteEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss 'UTC'", Locale.ENGLISH);

    /** Where the last save stands; the page shows it and entry.js reads it from {@code data-sb-state}. */
    public enum SaveState {
        IDLE, SAVED, CONFLICT, REFUSED, FAILED;

        public String getCss() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One section of the form: its key, heading and the text typed. */
    public static final class SectionField implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String heading;
        private String text;

        SectionField(String key, String heading, String text) {
            this.key = key;
            this.heading = heading;
            this.text = text;
        }

        public String getKey() {
            return key;
        }

        public String getHeading() {
            return heading;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** One mental-status item and the choice made ("" for none). */
    public static final class StatusField implements Serializable {

        private static final long serialVersionUID = 1L;

        private final MentalStatusItem item;
        private String choice;

        StatusField(MentalStatusItem item, String choice) {
            this.item = item;
            this.choice = choice == null ? "" : choice;
        }

        public MentalStatusItem getItem() {
            return item;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }
    }

    @Inject
    transient NoteService notes;

    @Inject
    LocalTimes when;

    /** Kept as text so that a malformed id reaches {@link #load()} and is a 404, not a conversion message. */
    private String id;
    private long noteId;
    private SessionNote note;
    private int revision;
    private boolean signed;

    private LocalDate sessionDate;
    private LocalTime startTime;
    private Integer durationMinutes;
    private ServiceType service;
    private ServiceSetting setting;
    private NoteFormat format;
    private List<SectionField> sections = List.of();
    private boolean riskRecorded;
    private String suicidal = "";
    private String homicidal = "";
    private String plan = "";
    private String intent = "";
    private String protectiveFactors;
    private RiskLevel riskLevel;
    private List<StatusField> mentalStatus = List.of();

    private boolean includeWrittenAnswers;
    private String password;
    private String addendumText;
    private String addendumPassword;

    private SaveState state = SaveState.IDLE;
    private String savedAt;
    private String refusal;
    private int storedRevision;
    private String storedAt;

    public void load() throws IOException {
        if (id == null || !id.matches("\\d{1,18}")) {
            Faces.responseSendError(404, "no note");
            return;
        }
        noteId = Long.parseLong(id);
        try {
            show(notes.open(noteId));
        } catch (NotFoundException notMine) {
            Faces.responseSendError(404, "no note");
        }
    }

    private void show(SessionNote loaded) {
        note = loaded;
        revision = loaded.getRevision();
        signed = loaded.isSigned();
        NoteContent content = loaded.content();
        sessionDate = content.sessionDate();
        startTime = content.startTime();
        durationMinutes = content.durationMinutes();
        service = content.service();
        setting = content.setting();
        format = content.format();
        sections = sectionFields(format, content.sections());
        RiskAssessment risk = content.risk();
        riskRecorded = risk != null;
        suicidal = answer(risk == null ? null : risk.suicidalIdeation());
        homicidal = answer(risk == null ? null : risk.homicidalIdeation());
        plan = answer(risk == null ? null : risk.plan());
        intent = answer(risk == null ? null : risk.intent());
        protectiveFactors = risk == null ? "" : risk.protectiveFactors();
        riskLevel = risk == null ? null : risk.level();
        List<StatusField> status = new ArrayList<>();
        for (MentalStatusItem item : MentalStatusItem.values()) {
            status.add(new StatusField(item, content.mentalStatus().get(item)));
        }
        mentalStatus = List.copyOf(status);
        if (loaded.getDraftSavedAt() != null) {
            savedAt = time(loaded.getDraftSavedAt());
        }
    }

    private static List<SectionField> sectionFields(NoteFormat format, Map<String, String> texts) {
        ResourceBundle bundle = texts();
        List<SectionField> fields = new ArrayList<>();
        format.headings(bundle).forEach((key, heading) -> fields.add(new SectionField(key, heading,
                texts.getOrDefault(key, ""))));
        return List.copyOf(fields);
    }

    /** What the form holds now, as the service takes it. */
    NoteContent content() {
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach(s -> texts.put(s.getKey(), s.getText()));
        RiskAssessment risk = riskRecorded ? new RiskAssessment(yesNo(suicidal), yesNo(homicidal), yesNo(plan),
                yesNo(intent), protectiveFactors, riskLevel) : null;
        Map<MentalStatusItem, String> status = new EnumMap<>(MentalStatusItem.class);
        mentalStatus.forEach(f -> status.put(f.getItem(), f.getChoice()));
        return new NoteContent(sessionDate, startTime, durationMinutes, service, setting, format, texts, risk, status);
    }

    /** Saves the form as I type (each input's ajax, debounced by the page). */
    public void autosave() {
        if (!signed && state != SaveState.CONFLICT) {
            save();
        }
    }

    private boolean save() {
        try {
            revision = notes.saveDraft(noteId, revision, content());
            state = SaveState.SAVED;
            savedAt = time(Instant.now());
            return true;
        } catch (DraftConflictException conflict) {
            conflict(conflict);
        } catch (NoteRefusedException refused) {
            state = SaveState.REFUSED;
            refusal = Texts.get(refused.messageKeys().get(0));
        } catch (NotFoundException gone) {
            state = SaveState.REFUSED;
            refusal = Texts.get("notes.editor.gone");
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

    /** Carries the sections' texts over to the newly chosen format (nothing typed is lost), then saves. */
    public void formatChanged() {
        NoteFormat before = formatOf(sections);
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach(s -> texts.put(s.getKey(), s.getText()));
        sections = sectionFields(format, format.carryOver(before, texts, texts()));
        autosave();
    }

    /** The format the sections on the page belong to (the select already holds the new one). */
    private static NoteFormat formatOf(List<SectionField> fields) {
        List<String> keys = fields.stream().map(SectionField::getKey).toList();
        for (NoteFormat f : NoteFormat.values()) {
            if (f.sections().equals(keys)) {
                return f;
            }
        }
        return NoteFormat.FREE;
    }

    /** Throws away what this tab typed since the conflict and shows the draft saved elsewhere. */
    public void loadOther() {
        try {
            show(notes.open(noteId));
            state = SaveState.SAVED;
            Texts.info("notes.editor.conflict.loaded");
        } catch (NotFoundException gone) {
            Texts.error("notes.editor.gone");
        }
    }

    /** Saves what this tab holds over the version saved elsewhere, now that I have seen the choice. */
    public void keepMine() {
        revision = storedRevision;
        state = SaveState.IDLE;
        if (save()) {
            Texts.info("notes.editor.conflict.kept");
        }
    }

    /** Fills the data/subjective section with the homework review since the previous session, and saves. */
    public void insertReview() {
        try {
            NoteService.ReviewInserted inserted = notes.insertHomeworkReview(noteId, revision, content(),
                    includeWrittenAnswers, when.zone());
            revision = inserted.revision();
            sections = sectionFields(format, inserted.content().sections());
            state = SaveState.SAVED;
            savedAt = time(Instant.now());
            Texts.info("notes.editor.review.inserted", inserted.markedReviewed());
        } catch (DraftConflictException conflict) {
            conflict(conflict);
            Texts.error("notes.editor.conflict.notDone");
        } catch (NoteRefusedException refused) {
            refused.messageKeys().forEach(Texts::error);
        } catch (NotFoundException gone) {
            Texts.error("notes.editor.gone");
        }
    }

    /** Saves, then signs what was saved with the password typed; a signed note shows read-only. */
    public void sign() {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        if (!save()) {
            Texts.error(state == SaveState.CONFLICT ? "notes.editor.conflict.notDone" : "notes.editor.notSigned");
            return;
        }
        try {
            SignResult result = notes.sign(noteId, revision, typed);
            if (result instanceof SignResult.Signed) {
                show(notes.open(noteId));
                state = SaveState.IDLE;
                Texts.info("notes.editor.signed");
            } else if (result instanceof SignResult.Locked locked) {
                Texts.error("noteForm:signPassword", "notes.sign.locked", time(locked.until()));
            } else {
                Texts.error("noteForm:signPassword", "notes.sign.wrongPassword");
            }
        } catch (NoteRefusedException refused) {
            refused.messageKeys().forEach(Texts::error);
        } catch (DraftConflictException conflict) {
            conflict(conflict);
            Texts.error("notes.editor.conflict.notDone");
        } catch (NotFoundException gone) {
            Texts.error("notes.editor.gone");
        }
    }

    /** Signs an addendum to the signed note with the password typed. */
    public void signAddendum() {
        char[] typed = addendumPassword == null ? new char[0] : addendumPassword.toCharArray();
        addendumPassword = null;
        try {
            SignResult result = notes.addAddendum(noteId, addendumText, typed);
            if (result instanceof SignResult.Signed) {
                addendumText = null;
                show(notes.open(noteId));
                Texts.info("notes.addendum.signed");
            } else if (result instanceof SignResult.Locked locked) {
                Texts.error("addendumForm:addendumPassword", "notes.sign.locked", time(locked.until()));
            } else {
                Texts.error("addendumForm:addendumPassword", "notes.sign.wrongPassword");
            }
        } catch (NoteRefusedException refused) {
            refused.messageKeys().forEach(key -> Texts.error("addendumForm:addendumText", key));
        } catch (NotFoundException gone) {
            Texts.error("notes.editor.gone");
        }
    }

    private static Boolean yesNo(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    private static String answer(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(when.zone()));
    }

    private static ResourceBundle texts() {
        return ResourceBundle.getBundle("app.securebase.i18n.messages", Locale.ENGLISH);
    }

    /** A signing time as the signature records it, in UTC. */
    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A label from the bundle for a mental-status choice. */
    public String choiceLabel(MentalStatusItem item, String choice) {
        return Texts.get(item.choiceKey(choice));
    }

    /** The risk assessment of a signed note, as labelled lines; empty when none was recorded. */
    public List<NoteDocument.Line> getRiskLines() {
        NoteDocument.Risk risk = note == null ? null : NoteDocuments.risk(note.content().risk(), texts());
        return risk == null ? List.of() : risk.lines();
    }

    /** The mental-status items answered, for the read-only view. */
    public List<StatusField> getAnsweredStatus() {
        return mentalStatus.stream().filter(f -> f.getChoice() != null && !f.getChoice().isBlank()).toList();
    }

    public List<NoteAddendum> getAddenda() {
        return note == null ? List.of() : note.getAddenda();
    }

    public ServiceType[] getServices() {
        return ServiceType.values();
    }

    public ServiceSetting[] getSettings() {
        return ServiceSetting.values();
    }

    public NoteFormat[] getFormats() {
        return NoteFormat.values();
    }

    public RiskLevel[] getRiskLevels() {
        return RiskLevel.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SessionNote getNote() {
        return note;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isSigned() {
        return signed;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public ServiceType getService() {
        return service;
    }

    public void setService(ServiceType service) {
        this.service = service;
    }

    public ServiceSetting getSetting() {
        return setting;
    }

    public void setSetting(ServiceSetting setting) {
        this.setting = setting;
    }

    public NoteFormat getFormat() {
        return format;
    }

    public void setFormat(NoteFormat format) {
        this.format = format;
    }

    public List<SectionField> getSections() {
        return sections;
    }

    public boolean isRiskRecorded() {
        return riskRecorded;
    }

    public void setRiskRecorded(boolean riskRecorded) {
        this.riskRecorded = riskRecorded;
    }

    public String getSuicidal() {
        return suicidal;
    }

    public void setSuicidal(String suicidal) {
        this.suicidal = suicidal;
    }

    public String getHomicidal() {
        return homicidal;
    }

    public void setHomicidal(String homicidal) {
        this.homicidal = homicidal;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getIntent() {
        return intent;
    }

    public void setIntent(String intent) {
        this.intent = intent;
    }

    public String getProtectiveFactors() {
        return protectiveFactors;
    }

    public void setProtectiveFactors(String protectiveFactors) {
        this.protectiveFactors = protectiveFactors;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public List<StatusField> getMentalStatus() {
        return mentalStatus;
    }

    public boolean isIncludeWrittenAnswers() {
        return includeWrittenAnswers;
    }

    public void setIncludeWrittenAnswers(boolean includeWrittenAnswers) {
        this.includeWrittenAnswers = includeWrittenAnswers;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAddendumText() {
        return addendumText;
    }

    public void setAddendumText(String addendumText) {
        this.addendumText = addendumText;
    }

    public String getAddendumPassword() {
        return addendumPassword;
    }

    public void setAddendumPassword(String addendumPassword) {
        this.addendumPassword = addendumPassword;
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
}
