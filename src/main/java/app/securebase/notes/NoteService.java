package app.securebase.notes;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditOutcome;
import app.securebase.audit.AuditService;
import app.securebase.homework.DraftConflictException;
import app.securebase.homework.EmotionVocabulary;
import app.securebase.homework.ExerciseOccurrence;
import app.securebase.homework.HomeworkService;
import app.securebase.insights.InsightsService;
import app.securebase.insights.SinceLastSession;
import app.securebase.practice.CaseloadService;
import app.securebase.practice.NotFoundException;
import app.securebase.security.Account;
import app.securebase.security.AccountService;
import app.securebase.security.PasswordConfirmation;
import app.securebase.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session notes as their clinician writes them: a draft per session, saved as they type (revisioned, so two tabs
 * never overwrite each other), the homework review inserted from "since last session", then signed with the
 * clinician's password and locked; addenda after that, signed the same way.
 *
 * <p>Only the note's clinician reaches a note: every note id is looked up among the signed-in clinician's own notes,
 * every client id through {@link CaseloadService#myClient}; anything else answers as missing and is audited as denied.
 * Admins and clients are refused by role. Every read and every change is audited; a password typed to sign counts
 * towards the sign-in lockout like a failed sign-in ({@link PasswordConfirmation}).
 */
@Stateless
@RolesAllowed(Role.CLINICIAN_NAME)
public class NoteService {

    static final String NOTE = "SESSION_NOTE";
    private static final String CLIENT = "CLIENT";
    private static final String BUNDLE = "app.securebase.i18n.messages";

    /** Without an earlier note, the homework review starts this many days before the session. */
    static final int REVIEW_DAYS_BACK = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    CaseloadService caseload;

    @Inject
    AuditService audit;

    @Inject
    PasswordConfirmation passwords;

    @Inject
    InsightsService insights;

    @Inject
    HomeworkService homework;

    @Inject
    @ConfigProperty(name = "securebase.practice.name", defaultValue = "")
    String practiceName;

    /** The result of inserting the homework review: the draft's new revision and content, and how many entries were marked reviewed. */
    public record ReviewInserted(int revision, NoteContent content, int markedReviewed) {
    }

    /** Starts a note for my client's session. */
    public SessionNote create(long clientId, NoteContent content) {
        Account client = caseload.myClient(clientId);
        refuseIfAny(content.draftProblems());
        SessionNote note = new SessionNote(client, accounts.me(), content, Instant.now());
        em.persist(note);
        em.flush();
        audit.record(AuditAction.NOTE_CREATED, AuditOutcome.ALLOWED, NOTE, note.getId(), "client " + clientId);
        return note;
    }

    /** One of my notes, with its client and addenda; the read is audited. */
    public SessionNote open(long noteId) {
        SessionNote note = myNote(noteId);
        note.getClinician().getDisplayName();
        if (note.isSigned()) {
            note.getSignedBy().getDisplayName();
        }
        note.getAddenda().forEach(a -> a.getSignedBy().getDisplayName());
        audit.record(AuditAction.NOTE_VIEWED, AuditOutcome.ALLOWED, NOTE, noteId, null);
        return note;
    }

    /**
     * Saves my draft if it starts from the stored revision (see {@link SessionNote#saveDraft}).
     *
     * @return the revision now stored
     * @throws DraftConflictException when another tab saved in between; nothing was overwritten
     * @throws NoteRefusedException   when the note is signed, or the content breaks a limit
     */
    public int saveDraft(long noteId, int baseRevision, NoteContent content) {
        SessionNote note = myNote(noteId);
        refuseIfAny(content.draftProblems());
        int before = note.getRevision();
        int revision = note.saveDraft(baseRevision, content, Instant.now());
        if (revision != before) {
            audit.record(AuditAction.NOTE_SAVED, AuditOutcome.ALLOWED, NOTE, noteId, "revision " + revision);
        }
        return revision;
    }

    /**
     * Signs and locks my draft at {@code revision} (the page saves first, then signs what it saved), once the password
     * I typed is mine. A wrong password signs nothing, is audited as denied and counts towards the lockout.
     *
     * @throws NoteRefusedException   when the note is signed already or is not complete enough to sign
     * @throws DraftConflictException when the draft changed since {@code revision}
     */
    public SignResult sign(long noteId, int revision, char[] password) {
        SessionNote note = myNote(noteId);
        if (note.isSigned()) {
            throw new NoteRefusedException("notes.error.signed");
        }
        if (note.getRevision() != revision) {
            throw new DraftConflictException(note.getRevision(), note.getDraftSavedAt());
        }
        refuseIfAny(note.content().signProblems());
        Account me = accounts.me();
        Optional<SignResult> refused = confirmPassword(password, AuditAction.NOTE_SIGNED, noteId);
        if (refused.isPresent()) {
            return refused.get();
        }
        note.sign(me, Instant.now());
        audit.record(AuditAction.NOTE_SIGNED, AuditOutcome.ALLOWED, NOTE, noteId, "sha256 " + note.getContentSha256());
        return new SignResult.Signed(note.getSignedAt(), note.getContentSha256());
    }

    /** Appends a signed addendum to my signed note, once the password I typed is mine. */
    public SignResult addAddendum(long noteId, String text, char[] password) {
        SessionNote note = myNote(noteId);
        String body = NoteContent.plain(text).strip();
        if (body.isEmpty()) {
            throw new NoteRefusedException("notes.error.addendumEmpty");
        }
        if (body.length() > NoteAddendum.TEXT_MAX) {
            throw new NoteRefusedException("notes.error.addendumTooLong");
        }
        if (!note.isSigned()) {
            throw new NoteRefusedException("notes.error.addendumOnDraft");
        }
        Account me = accounts.me();
        Optional<SignResult> refused = confirmPassword(password, AuditAction.NOTE_ADDENDUM_SIGNED, noteId);
        if (refused.isPresent()) {
            return refused.get();
        }
        NoteAddendum addendum = note.amend(body, me, Instant.now());
        em.persist(addendum);
        audit.record(AuditAction.NOTE_ADDENDUM_SIGNED, AuditOutcome.ALLOWED, NOTE, noteId,
                "sha256 " + addendum.getContentSha256());
        return new SignResult.Signed(addendum.getSignedAt(), addendum.getContentSha256());
    }

    /**
     * Fills the data/subjective section of my draft ({@link NoteFormat#reviewSection()}) with the homework review since
     * the previous session (appended after a blank line when the section holds text already), saves the draft, and
     * marks the entries it lists as reviewed in session. {@code content} is what the editor holds; the save follows
     * the usual revision rule, before anything is marked.
     */
    public ReviewInserted insertHomeworkReview(long noteId, int baseRevision, NoteContent content,
            boolean includeWrittenAnswers, ZoneId zone) {
        SessionNote note = myNote(noteId);
        if (note.isSigned()) {
            throw new NoteRefusedException("notes.error.signed");
        }
        long clientId = note.getClient().getId();
        LocalDate from = reviewStart(note);
        SinceLastSession since = insights.since(clientId, from, zone);
        EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
        String review = HomeworkReview.text(from, HomeworkReview.done(since, vocabulary), HomeworkReview.missed(since),
                HomeworkReview.reflections(since), includeWrittenAnswers, zone, texts());
        String key = content.format().reviewSection();
        String before = content.sections().get(key);
        NoteContent filled = content.withSection(key, before.isBlank() ? review : before.stripTrailing() + "\n\n" + review);
        refuseIfAny(filled.draftProblems());
        int revision = note.saveDraft(baseRevision, filled, Instant.now());
        int marked = 0;
        for (ExerciseOccurrence occurrence : since.completed()) {
            if (occurrence.getReviewedAt() == null) {
                homework.markReviewed(occurrence.getId());
                marked++;
            }
        }
        audit.record(AuditAction.NOTE_SAVED, AuditOutcome.ALLOWED, NOTE, noteId,
                "revision " + revision + ": homework review since " + from + " inserted, " + marked + " marked reviewed");
        return new ReviewInserted(revision, filled, marked);
    }

    /** The day the homework review of a note starts: the previous session's day, or a week before the session. */
    public LocalDate reviewStart(SessionNote note) {
        LocalDate previous = em.createQuery("SELECT MAX(n.sessionDate) FROM SessionNote n WHERE n.client = :client"
                        + " AND n.sessionDate < :day AND n.id <> :id", LocalDate.class)
                .setParameter("client", note.getClient()).setParameter("day", note.getSessionDate())
                .setParameter("id", note.getId()).getSingleResult();
        return previous != null ? previous : note.getSessionDate().minusDays(REVIEW_DAYS_BACK);
    }

    /** One page of my notes of my client, newest session first, filtered in the database; the read is audited. */
    public List<SessionNote> notesOf(long clientId, NoteFilter filter, int first, int max) {
        Account client = caseload.myClient(clientId);
        List<SessionNote> rows = filtered("SELECT n FROM SessionNote n", client, filter,
                " ORDER BY n.sessionDate DESC, n.startTime DESC, n.id DESC", SessionNote.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
        audit.record(AuditAction.NOTE_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId,
                "list: rows " + (first + 1) + "-" + (first + rows.size()));
        return rows;
    }

    /** How many of my notes of my client match the filter; a count, nothing clinical, so not audited. */
    public long countNotesOf(long clientId, NoteFilter filter) {
        Account client = caseload.myClient(clientId);
        return filtered("SELECT COUNT(n) FROM SessionNote n", client, filter, "", Long.class).getSingleResult();
    }

    /** One page of my unsigned notes, oldest session first (the queue to work through), with their clients. */
    public List<SessionNote> unsigned(int first, int max) {
        List<SessionNote> rows = em.createQuery("SELECT n FROM SessionNote n WHERE n.clinician.id = :me"
                        + " AND n.signedAt IS NULL ORDER BY n.sessionDate ASC, n.startTime ASC, n.id ASC",
                        SessionNote.class)
                .setParameter("me", accounts.myId())
                .setHint("eclipselink.join-fetch", "n.client")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
        audit.record(AuditAction.NOTE_VIEWED, AuditOutcome.ALLOWED, null, null,
                "unsigned queue: rows " + (first + 1) + "-" + (first + rows.size()));
        return rows;
    }

    public long countUnsigned() {
        return em.createQuery("SELECT COUNT(n) FROM SessionNote n WHERE n.clinician.id = :me AND n.signedAt IS NULL",
                Long.class).setParameter("me", accounts.myId()).getSingleResult();
    }

    /** My unsigned notes of one client, oldest first, at most {@code max}; for the client's page. Audited. */
    public List<SessionNote> unsignedOf(long clientId, int max) {
        Account client = caseload.myClient(clientId);
        List<SessionNote> rows = em.createQuery("SELECT n FROM SessionNote n WHERE n.clinician.id = :me"
                        + " AND n.client = :client AND n.signedAt IS NULL"
                        + " ORDER BY n.sessionDate ASC, n.id ASC", SessionNote.class)
                .setParameter("me", accounts.myId()).setParameter("client", client)
                .setMaxResults(Math.max(1, max)).getResultList();
        audit.record(AuditAction.NOTE_VIEWED, AuditOutcome.ALLOWED, CLIENT, clientId, "unsigned notes");
        return rows;
    }

    /** My note as a finished document for the export renderers; the read is audited. */
    public NoteDocument document(long noteId) {
        SessionNote note = myNote(noteId);
        audit.record(AuditAction.NOTE_VIEWED, AuditOutcome.ALLOWED, NOTE, noteId, "document");
        return NoteDocuments.of(note, practiceName, texts(), Instant.now());
    }

    /** The ids of my notes of my client with a session day in the range (inclusive), in session order. */
    public List<Long> noteIds(long clientId, LocalDate from, LocalDate to) {
        Account client = caseload.myClient(clientId);
        return em.createQuery("SELECT n.id FROM SessionNote n WHERE n.clinician.id = :me AND n.client = :client"
                        + " AND n.sessionDate >= :from AND n.sessionDate <= :to"
                        + " ORDER BY n.sessionDate, n.startTime, n.id", Long.class)
                .setParameter("me", accounts.myId()).setParameter("client", client)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The ids of all my notes with a session day in the range (inclusive), in session order. */
    public List<Long> myNoteIds(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT n.id FROM SessionNote n WHERE n.clinician.id = :me"
                        + " AND n.sessionDate >= :from AND n.sessionDate <= :to"
                        + " ORDER BY n.sessionDate, n.startTime, n.id", Long.class)
                .setParameter("me", accounts.myId())
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, Account client, NoteFilter filter, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE n.clinician.id = :me AND n.client = :client");
        NoteFilter f = filter == null ? NoteFilter.NONE : filter;
        if (f.from() != null) {
            jpql.append(" AND n.sessionDate >= :from");
        }
        if (f.to() != null) {
            jpql.append(" AND n.sessionDate <= :to");
        }
        if (f.hasSearch()) {
            jpql.append(" AND n.searchText LIKE :search ESCAPE '!'");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("me", accounts.myId()).setParameter("client", client);
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
        if (f.hasSearch()) {
            String escaped = f.search().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("search", "%" + escaped + "%");
        }
        return query;
    }

    private SessionNote myNote(long noteId) {
        long me = accounts.myId();
        return em.createQuery("SELECT n FROM SessionNote n WHERE n.id = :id AND n.clinician.id = :me", SessionNote.class)
                .setParameter("id", noteId).setParameter("me", me)
                .setHint("eclipselink.join-fetch", "n.client")
                .getResultStream().findFirst()
                .orElseThrow(() -> {
                    audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, NOTE, noteId,
                            "not a note of clinician " + me);
                    return new NotFoundException("session note " + noteId);
                });
    }

    /** Empty when the password is mine; otherwise why nothing may be signed (audited as denied). */
    private Optional<SignResult> confirmPassword(char[] password, AuditAction action, long noteId) {
        PasswordConfirmation.Result result = passwords.confirm(password);
        if (result.confirmed()) {
            return Optional.empty();
        }
        boolean locked = result.outcome() == PasswordConfirmation.Outcome.LOCKED;
        audit.record(action, AuditOutcome.DENIED, NOTE, noteId, locked ? "locked out" : "wrong password");
        return Optional.of(locked ? new SignResult.Locked(result.lockedUntil()) : new SignResult.WrongPassword());
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new NoteRefusedException(problems);
        }
    }

    static ResourceBundle texts() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    }
}
