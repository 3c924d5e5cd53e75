package app.securebase.notes;

import app.securebase.security.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Notes written by someone other than the run-as clinician, which no service call of the tests can make. Added to the
 * test deployment only, never to the shipped WAR.
 */
@Stateless
@PermitAll
public class NoteFixtures {

    @PersistenceContext
    EntityManager em;

    /** A draft DAP note of {@code clinician} about {@code client}'s session on {@code day}. */
    public long draftOf(Account clinician, Account client, LocalDate day) {
        SessionNote note = new SessionNote(em.find(Account.class, client.getId()),
                em.find(Account.class, clinician.getId()), NoteContent.blank(day, NoteFormat.DAP), Instant.now());
        em.persist(note);
        em.flush();
        return note.getId();
    }

    /** Changes a stored note behind the application's back, as someone with database access might. */
    public void tamper(long noteId, String sectionsJson) {
        em.createNativeQuery("UPDATE session_note SET sections_json = ? WHERE id = ?")
                .setParameter(1, sectionsJson).setParameter(2, noteId).executeUpdate();
    }
}
