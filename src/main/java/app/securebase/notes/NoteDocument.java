package app.securebase.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A session note as a finished document, everything already in words: what the export renderers (PDF, DOCX) print,
 * and nothing they would have to look up. Immutable and detached from the database, so a renderer can run outside the
 * transaction that built it. Text is plain (no HTML, no markup); line breaks inside a text are the clinician's.
 *
 * @param practiceName     the practice's name, as configured ({@code securebase.practice.name})
 * @param clientName       the client's display name
 * @param clientIdentifier a stable identifier for the client that is not their name, e.g. {@code C-42}
 * @param clinicianName    the note's clinician
 * @param sessionDate      the day of the session
 * @param startTime        when it started, or {@code null} while a draft does not say
 * @param durationMinutes  how long it lasted, or {@code null} while a draft does not say
 * @param serviceLabel     e.g. "Individual therapy · Telehealth"
 * @param formatLabel      e.g. "DAP (data, assessment, plan)"
 * @param sections         the format's sections in order, each with its heading (empty ones included)
 * @param risk             the risk assessment, or {@code null} when none was recorded
 * @param mentalStatus     the mental-status checklist, one line per item answered; empty when none
 * @param signature        who signed, when and the content's hash; {@code null} while the note is an unsigned draft
 * @param addenda          addenda signed after the note, oldest first; empty when none
 * @param generatedAt      when this document was made
 */
public record NoteDocument(String practiceName, String clientName, String clientIdentifier, String clinicianName,
        LocalDate sessionDate, LocalTime startTime, Integer durationMinutes, String serviceLabel, String formatLabel,
        List<Section> sections, Risk risk, List<Line> mentalStatus, Signature signature, List<Addendum> addenda,
        Instant generatedAt) {

    public NoteDocument {
        sections = List.copyOf(sections);
        mentalStatus = mentalStatus == null ? List.of() : List.copyOf(mentalStatus);
        addenda = addenda == null ? List.of() : List.copyOf(addenda);
    }

    /** One section of the note's format: its heading ("Assessment") and the text written under it (may be empty). */
    public record Section(String heading, String text) {
    }

    /** A labelled line: "Suicidal ideation" – "Denied"; "Mood" – "Anxious". */
    public record Line(String label, String value) {
    }

    /** The risk assessment as labelled lines, in a fixed order, overall risk level last. */
    public record Risk(List<Line> lines) {

        public Risk {
            lines = List.copyOf(lines);
        }
    }

    /** A signature: the signer's name, the time in UTC and the SHA-256 (lower-case hex) of the signed content. */
    public record Signature(String signer, Instant signedAt, String sha256) {
    }

    /** An addendum, signed on its own the same way as the note. */
    public record Addendum(String text, String signer, Instant signedAt, String sha256) {
    }

    public boolean isSigned() {
        return signature != null;
    }
}
