package app.securebase.notes;

import app.securebase.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An addendum to a signed note: written and signed in one step (password, time, hash of its canonical text, which
 * includes the note's own hash), never changed afterwards, so it has no version.
 */
@Entity
@Table(name = "note_addendum")
public class NoteAddendum implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id", nullable = false)
    private SessionNote note;

    @Lob
    @Column(nullable = false)
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signed_by_id", nullable = false)
    private Account signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    protected NoteAddendum() {
    }

    NoteAddendum(SessionNote note, String body, Account signedBy, Instant signedAt) {
        this.note = note;
        this.body = body;
        this.signedBy = signedBy;
        // Whole seconds, as stored on every database (see SessionNote.sign): the hash must survive a reload.
        this.signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
        this.contentSha256 = NoteCanonical.sha256(canonical());
    }

    private String canonical() {
        return NoteCanonical.addendum(note.getId(), note.getContentSha256(), signedBy.getId(), body, signedAt);
    }

    /** Whether the stored text still has the hash recorded when it was signed. */
    public boolean verify() {
        return contentSha256.equals(NoteCanonical.sha256(canonical()));
    }

    public Long getId() {
        return id;
    }

    public SessionNote getNote() {
        return note;
    }

    public String getBody() {
        return body;
    }

    public Account getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getContentSha256() {
        return contentSha256;
    }
}
