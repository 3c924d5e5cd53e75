package app.securebase.psychoed;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A client's answer to one reflection question of an assignment, saved as they type (one row per question, so
 * saving one answer never conflicts with another) and final once the module is marked read.
 */
@Entity
@Table(name = "module_answer")
public class ReflectionAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ANSWER_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private ModuleAssignment assignment;

    /** Which question, counted from 0 in the pinned version's list. */
    @Column(name = "position", nullable = false)
    private int position;

    @Lob
    @Column(nullable = false)
    private String answer;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected ReflectionAnswer() {
    }

    ReflectionAnswer(ModuleAssignment assignment, int position) {
        this.assignment = assignment;
        this.position = position;
        this.answer = "";
    }

    void save(String text, Instant now) {
        this.answer = text;
        this.savedAt = now;
    }

    public ModuleAssignment getAssignment() {
        return assignment;
    }

    public int getPosition() {
        return position;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
