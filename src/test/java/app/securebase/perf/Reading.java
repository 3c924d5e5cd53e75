package app.securebase.perf;

import app.securebase.audit.AuditAction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Psychoeducation modules given to clients and their reading: each client gets a few of the built-in modules over
 * their time in therapy (every module goes to someone), most read them, some stopped part-way, a few never opened
 * them yet; many answered the reflection questions of what they read.
 */
final class Reading {

    private final BuiltInContent content;
    private final Instant now;
    private final long seed;

    Reading(BuiltInContent content, Instant now, long seed) {
        this.content = content;
        this.now = now;
        this.seed = seed;
    }

    /** Returns {assignments, answers} written. */
    long[] write(Connection connection, Practice practice, long firstAssignmentId, long firstAnswerId,
            AuditTrail audit) throws SQLException {
        long assignmentId = firstAssignmentId;
        long answerId = firstAnswerId;
        long answers = 0;
        try (Rows assignments = new Rows(connection, "module_assignment", "id", "client_id", "assigned_by_id",
                "module_id", "version_id", "note", "due_date", "assigned_at", "first_opened_at", "last_opened_at",
                "read_at", "withdrawn_at", "last_section", "version");
                Rows answerRows = new Rows(connection, "module_answer", "id", "assignment_id", "position", "answer",
                        "saved_at", "version")) {
            for (Practice.Person client : practice.clients) {
                Random random = Homework.random(seed, "reading", client.index);
                List<BuiltInContent.Module> modules = new ArrayList<>(content.modules);
                Collections.shuffle(modules, random);
                int count = Math.min(modules.size(), 2 + random.nextInt(5));
                for (BuiltInContent.Module module : modules.subList(0, count)) {
                    Instant assigned = Homework.between(random, client.joined.plusSeconds(3_600),
                            now.minusSeconds(600));
                    LocalDate due = random.nextInt(10) < 4
                            ? LocalDate.ofInstant(assigned, client.zone).plusDays(7 + random.nextInt(8)) : null;
                    String note = random.nextInt(10) < 3 ? "Have a look at this before our next session." : null;
                    Instant firstOpened = null;
                    Instant lastOpened = null;
                    Instant read = null;
                    int lastSection = 0;
                    int fate = random.nextInt(100);
                    if (fate < 80) {
                        Instant opened = assigned.plusSeconds(3_600 + random.nextInt(5 * 86_400));
                        if (opened.isBefore(now)) {
                            firstOpened = opened;
                            lastOpened = opened.plusSeconds(random.nextInt(3 * 86_400));
                            if (lastOpened.isAfter(now)) {
                                lastOpened = firstOpened;
                            }
                            lastSection = random.nextInt(2);
                            Instant done = lastOpened.plusSeconds(300 + random.nextInt(2_400));
                            if (fate < 58 && done.isBefore(now)) {
                                read = done;
                                lastSection = 0;
                            }
                        }
                    }
                    long id = assignmentId++;
                    assignments.add(id, client.id, client.clinician.id, module.moduleId(), module.versionId(), note,
                            due, assigned, firstOpened, lastOpened, read, null, lastSection, 0L);
                    audit.add(assigned, client.clinician, AuditAction.MODULE_ASSIGNED, AuditTrail.CLIENT, client.id,
                            "module " + module.slug() + " version " + module.versionNumber());
                    if (firstOpened != null) {
                        Instant until = read != null ? read : lastOpened;
                        for (int q = 0; q < module.questions(); q++) {
                            if (random.nextInt(100) < (read != null ? 65 : 25)) {
                                answerRows.add(answerId++, id, q, Texts.answer(random, "reflection",
                                        1 + random.nextInt(3), 2_000), Homework.between(random, firstOpened, until), 0L);
                                answers++;
                            }
                        }
                    }
                }
            }
        }
        return new long[] {assignmentId - firstAssignmentId, answers};
    }
}
