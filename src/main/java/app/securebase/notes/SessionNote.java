package app.securebase.notes;

import app.securebase.homework.DraftConflictException;
import app.securebase.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A clinician's note of one session with a client. It is a draft, saved as the clinician types with a revision every
 * save must name (the homework draft's rule, see {@link #saveDraft}), until the clinician signs it; then it is locked:
 * signer, time and the SHA-256 of its canonical text ({@link NoteCanonical}) are recorded and nothing in it changes
 * again. Corrections are {@link NoteAddendum addenda}, each signed the same way, shown after the original.
 */
@Entity
@Table(name = "session_note")
public class SessionNote implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Account client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false)
    private Account clinician;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 16)
    private ServiceType service;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_setting", nullable = false, length = 16)
    private ServiceSetting setting;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_format", nullable = false, length = 8)
    private NoteFormat format;

    @Lob
    @Column(name = "sections_json", nullable = false)
    private String sectionsJson;

    /** The sections' and protective factors' text in lower case, for the list's search; never shown. */
    @Lob
    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "risk_recorded", nullable = false)
    private boolean riskRecorded;

    @Column(name = "risk_suicidal")
    private Boolean riskSuicidal;

    @Column(name = "risk_homicidal")
    private Boolean riskHomicidal;

    @Column(name = "risk_plan")
    private Boolean riskPlan;

    @Column(name = "risk_intent")
    private Boolean riskIntent;

    @Column(name = "risk_protective", length = RiskAssessment.PROTECTIVE_FACTORS_MAX)
    private String riskProtective;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", length = 16)
    private RiskLevel riskLevel;

    @Column(name = "mental_status_json", nullable = false, length = 2000)
    private String mentalStatusJson;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "signed_by_id")
    private Account signedBy;

    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    @OneToMany(mappedBy = "note")
    @OrderBy("signedAt ASC, id ASC")
    private List<NoteAddendum> addenda = new ArrayList<>();

    @Version
    private long version;

    protected SessionNote() {
    }

    public SessionNote(Account client, Account clinician, NoteContent content, Instant now) {
        this.client = client;
        this.clinician = clinician;
        this.createdAt = now;
        store(content);
    }

    /** What the note holds now, as one value. */
    public NoteContent content() {
        RiskAssessment risk = riskRecorded ? new RiskAssessment(riskSuicidal, riskHomicidal, riskPlan, riskIntent,
                riskProtective, riskLevel) : null;
        return new NoteContent(sessionDate, startTime, durationMinutes, service, setting, format,
                NoteJson.readSections(sectionsJson), risk, NoteJson.readMentalStatus(mentalStatusJson));
    }

    /**
     * Saves the draft if {@code baseRevision} is the revision the caller last saw. A retry of the save that made the
     * current revision (same base, same content) changes nothing and succeeds; anything else that does not start from
     * the current revision is a conflict: another tab saved in between, and nothing is overwritten.
     *
     * @return the revision now stored
     * @throws NoteRefusedException   when the note is signed: a signed note never changes
     * @throws DraftConflictException when the note changed since {@code baseRevision}
     */
    int saveDraft(int baseRevision, NoteContent content, Instant now) {
        requireDraft();
        boolean same = content.equals(content());
        if (baseRevision == revision) {
            if (same) {
                return revision;
            }
            store(content);
            draftSavedAt = now;
            revision++;
            return revision;
        }
        if (baseRevision == revision - 1 && same) {
            return revision;
        }
        throw new DraftConflictException(revision, draftSavedAt);
    }

    /**
     * Signs and locks the note: records the signer, the time (UTC, to the whole second: that is what every supported
     * database keeps — EclipseLink stores whole seconds on MariaDB — so the hash can be checked again after a reload)
     * and the hash of the canonical text.
     */
    void sign(Account signer, Instant now) {
        requireDraft();
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        contentSha256 = NoteCanonical.sha256(NoteCanonical.note(id, client.getId(), signer.getId(), content(), at));
        signedAt = at;
        signedBy = signer;
        revision++;
    }

    /** Whether the stored content still has the hash recorded when it was signed ({@code false} for a draft). */
    public boolean verify() {
        return signedAt != null && contentSha256.equals(NoteCanonical.sha256(
                NoteCanonical.note(id, client.getId(), signedBy.getId(), content(), signedAt)));
    }

    /** A signed addendum to this signed note. */
    NoteAddendum amend(String text, Account signer, Instant now) {
        if (signedAt == null) {
            throw new NoteRefusedException("notes.error.addendumOnDraft");
        }
        NoteAddendum addendum = new NoteAddendum(this, text, signer, now);
        addenda.add(addendum);
        return addendum;
    }

    private void requireDraft() {
        if (signedAt != null) {
            throw new NoteRefusedException("notes.error.signed");
        }
    }

    private void store(NoteContent content) {
        sessionDate = content.sessionDate();
        startTime = content.startTime();
        durationMinutes = content.durationMinutes();
        service = content.service();
        setting = content.setting();
        format = content.format();
        sectionsJson = NoteJson.writeSections(content.sections());
        RiskAssessment risk = content.risk();
        riskRecorded = risk != null;
        riskSuicidal = risk == null ? null : risk.suicidalIdeation();
        riskHomicidal = risk == null ? null : risk.homicidalIdeation();
        riskPlan = risk == null ? null : risk.plan();
        riskIntent = risk == null ? null : risk.intent();
        riskProtective = risk == null ? null : risk.protectiveFactors();
        riskLevel = risk == null ? null : risk.level();
        mentalStatusJson = NoteJson.writeMentalStatus(content.mentalStatus());
        StringBuilder search = new StringBuilder();
        content.sections().values().forEach(text -> search.append(text).append('\n'));
        if (risk != null) {
            search.append(risk.protectiveFactors());
        }
        searchText = search.toString().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Account getClient() {
        return client;
    }

    public Account getClinician() {
        return clinician;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public ServiceType getService() {
        return service;
    }

    public ServiceSetting getSetting() {
        return setting;
    }

    public NoteFormat getFormat() {
        return format;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Account getSignedBy() {
        return signedBy;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public List<NoteAddendum> getAddenda() {
        return addenda;
    }
}
