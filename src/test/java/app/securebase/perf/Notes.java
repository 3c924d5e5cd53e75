package app.securebase.perf;

import app.securebase.audit.AuditAction;
import app.securebase.notes.MentalStatusItem;
import app.securebase.notes.NoteCanonical;
import app.securebase.notes.NoteContent;
import app.securebase.notes.NoteFormat;
import app.securebase.notes.RiskAssessment;
import app.securebase.notes.RiskLevel;
import app.securebase.notes.ServiceSetting;
import app.securebase.notes.ServiceType;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Session notes: roughly weekly sessions over each client's time in therapy, in the clinician's usual format, most
 * signed within a few days with the SHA-256 the application computes ({@link NoteCanonical} over the same
 * {@link NoteContent} the application rebuilds from the stored columns), the latest ones sometimes still drafts, and
 * a few signed notes corrected by an addendum.
 */
final class Notes {

    /** One session_note row, and the content its hash covers. */
    record Note(long id, long clientId, long clinicianId, NoteContent content, String sectionsJson,
            String searchText, String mentalStatusJson, int revision, Instant createdAt, Instant draftSavedAt,
            Instant signedAt, String sha256) {
    }

    private final Instant now;
    private final long seed;

    Notes(Instant now, long seed) {
        this.now = now;
        this.seed = seed;
    }

    /** The content of a session as a clinician would write it. */
    static NoteContent content(Random random, LocalDate day, NoteFormat format, Practice.Person client) {
        ServiceType service = random.nextInt(100) < 88 ? ServiceType.INDIVIDUAL
                : random.nextBoolean() ? ServiceType.COUPLE : ServiceType.FAMILY;
        ServiceSetting setting = random.nextInt(100) < 40 ? ServiceSetting.TELEHEALTH : ServiceSetting.IN_PERSON;
        LocalTime start = LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
        int duration = service == ServiceType.INDIVIDUAL ? List.of(45, 50, 50, 53, 60).get(random.nextInt(5)) : 90;
        Map<String, String> sections = new LinkedHashMap<>();
        for (String key : format.sections()) {
            List<String> bank = Texts.NOTE_SECTIONS.get(key);
            StringBuilder text = new StringBuilder(Texts.pick(random, bank));
            for (int i = random.nextInt(3); i > 0; i--) {
                text.append(random.nextBoolean() ? " " : "\n").append(Texts.pick(random, bank));
            }
            sections.put(key, text.toString().replace("Client", random.nextInt(4) == 0 ? client.firstName() : "Client"));
        }
        RiskAssessment risk = null;
        if (random.nextInt(100) < 40) {
            boolean ideation = random.nextInt(100) < 8;
            risk = new RiskAssessment(ideation, false, ideation ? Boolean.FALSE : null, ideation ? Boolean.FALSE : null,
                    Texts.pick(random, Texts.PROTECTIVE), ideation ? RiskLevel.LOW : RiskLevel.NONE);
        }
        Map<MentalStatusItem, String> status = new EnumMap<>(MentalStatusItem.class);
        if (random.nextInt(100) < 60) {
            for (MentalStatusItem item : MentalStatusItem.values()) {
                if (random.nextInt(100) < 80) {
                    // The first choice is the unremarkable one; most sessions record it.
                    status.put(item, random.nextInt(100) < 75 ? item.choices().get(0) : Texts.pick(random, item.choices()));
                }
            }
        }
        return new NoteContent(day, start, duration, service, setting, format, sections, risk, status);
    }

    /** The row of a note with {@code content}, signed at {@code signedAt} when that is not null. */
    static Note note(long id, Practice.Person client, NoteContent content, int saves, Instant createdAt,
            Instant draftSavedAt, Instant signedAt) {
        JsonObjectBuilder sections = Json.createObjectBuilder();
        content.sections().forEach(sections::add);
        JsonObjectBuilder status = Json.createObjectBuilder();
        content.mentalStatus().forEach((item, choice) -> status.add(item.key(), choice));
        StringBuilder search = new StringBuilder();
        content.sections().values().forEach(text -> search.append(text).append('\n'));
        if (content.risk() != null) {
            search.append(content.risk().protectiveFactors());
        }
        Instant signed = signedAt == null ? null : signedAt.truncatedTo(ChronoUnit.SECONDS);
        String sha = signed == null ? null : NoteCanonical.sha256(
                NoteCanonical.note(id, client.id, client.clinician.id, content, signed));
        return new Note(id, client.id, client.clinician.id, content, sections.build().toString(),
                search.toString().toLowerCase(Locale.ROOT), status.build().toString(),
                signed == null ? saves : saves + 1, createdAt, draftSavedAt, signed, sha);
    }

    /** Returns {notes, addenda} written. */
    long[] write(Connection connection, Practice practice, int total, long firstNoteId, long firstAddendumId,
            AuditTrail audit) throws SQLException {
        List<Practice.Person> clients = practice.clients;
        double[] weights = new double[clients.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(1, Duration.between(clients.get(i).joined, now).toDays());
        }
        int[] perClient = Apportion.split(total, weights);
        long noteId = firstNoteId;
        long addendumId = firstAddendumId;
        long notes = 0;
        try (Rows rows = new Rows(connection, "session_note", "id", "client_id", "clinician_id", "session_date",
                "start_time", "duration_minutes", "service_type", "service_setting", "note_format", "sections_json",
                "search_text", "risk_recorded", "risk_suicidal", "risk_homicidal", "risk_plan", "risk_intent",
                "risk_protective", "risk_level", "mental_status_json", "revision", "created_at", "draft_saved_at",
                "signed_at", "signed_by_id", "content_sha256", "version");
                Rows addenda = new Rows(connection, "note_addendum", "id", "note_id", "body", "signed_by_id",
                        "signed_at", "content_sha256")) {
            for (int i = 0; i < clients.size(); i++) {
                Practice.Person client = clients.get(i);
                Random random = Homework.random(seed, "notes", client.index);
                NoteFormat usual = NoteFormat.values()[client.clinician.index % NoteFormat.values().length];
                LocalDate first = LocalDate.ofInstant(client.joined, client.zone).plusDays(1);
                LocalDate today = LocalDate.ofInstant(now, client.zone);
                long days = Math.max(1, ChronoUnit.DAYS.between(first, today));
                int n = perClient[i];
                for (int k = 0; k < n; k++) {
                    LocalDate day = first.plusDays((long) ((k + random.nextDouble()) * days / n));
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                        day = day.minusDays(1);
                    } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        day = day.plusDays(1);
                    }
                    if (day.isAfter(today)) {
                        day = today;
                    }
                    NoteFormat format = random.nextInt(100) < 70 ? usual : Texts.pick(random, List.of(NoteFormat.values()));
                    NoteContent content = content(random, day, format, client);
                    Instant ended = day.atTime(content.startTime()).atZone(client.zone).toInstant()
                            .plus(Duration.ofMinutes(content.durationMinutes()));
                    Instant created = ended.plusSeconds(300 + random.nextInt(3_600));
                    if (created.isAfter(now)) {
                        created = now.minusSeconds(60 + random.nextInt(600));
                    }
                    Instant saved = created.plusSeconds(60 + random.nextInt(1_800));
                    if (saved.isAfter(now)) {
                        saved = now;
                    }
                    Instant signed = saved.plusSeconds(60 + (random.nextInt(100) < 70 ? random.nextInt(3_600)
                            : random.nextInt(4 * 86_400)));
                    boolean recent = k == n - 1 && Duration.between(created, now).toDays() < 10;
                    if (signed.isAfter(now) || (recent && random.nextInt(100) < 40) || random.nextInt(100) < 3) {
                        signed = null;
                    }
                    long id = noteId++;
                    Note note = note(id, client, content, 2 + random.nextInt(10), created, saved, signed);
                    RiskAssessment risk = content.risk();
                    rows.add(id, client.id, client.clinician.id, day, content.startTime(), content.durationMinutes(),
                            content.service().name(), content.setting().name(), content.format().name(),
                            note.sectionsJson(), note.searchText(), risk != null,
                            risk == null ? null : risk.suicidalIdeation(), risk == null ? null : risk.homicidalIdeation(),
                            risk == null ? null : risk.plan(), risk == null ? null : risk.intent(),
                            risk == null ? null : risk.protectiveFactors(),
                            risk == null || risk.level() == null ? null : risk.level().name(), note.mentalStatusJson(),
                            note.revision(), created, saved, note.signedAt(),
                            note.signedAt() == null ? null : client.clinician.id, note.sha256(), 0L);
                    notes++;
                    audit.add(created.minusSeconds(900), client.clinician, AuditAction.CLIENT_RECORD_VIEWED,
                            AuditTrail.CLIENT, client.id, null);
                    audit.add(created, client.clinician, AuditAction.NOTE_CREATED, AuditTrail.NOTE, id,
                            "client " + client.id);
                    if (note.signedAt() == null) {
                        continue;
                    }
                    audit.add(note.signedAt(), client.clinician, AuditAction.NOTE_SIGNED, AuditTrail.NOTE, id,
                            "sha256 " + note.sha256());
                    if (random.nextInt(100) < 2) {
                        Instant at = note.signedAt().plusSeconds(86_400 + random.nextInt(9 * 86_400))
                                .truncatedTo(ChronoUnit.SECONDS);
                        if (at.isBefore(now)) {
                            String body = Texts.pick(random, Texts.ADDENDA);
                            String sha = NoteCanonical.sha256(NoteCanonical.addendum(id, note.sha256(),
                                    client.clinician.id, body, at));
                            addenda.add(addendumId++, id, body, client.clinician.id, at, sha);
                            audit.add(at, client.clinician, AuditAction.NOTE_ADDENDUM_SIGNED, AuditTrail.NOTE, id,
                                    "sha256 " + sha);
                        }
                    }
                }
            }
        }
        return new long[] {notes, addendumId - firstAddendumId};
    }
}
