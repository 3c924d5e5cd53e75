package app.securebase.perf;

import app.securebase.audit.AuditAction;
import app.securebase.audit.AuditActor;
import app.securebase.homework.EmotionVocabulary;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The people: one admin, the clinicians, and the clients spread unevenly over their caseloads, each with a known
 * password and a predictable email ({@code admin@s1.example}, {@code clinician001@s1.example},
 * {@code client0001@s1.example}). Also the staff's own routine in the audit log: clinicians sign in and open their
 * dashboard each working day, the admin checks the practice overview weekly.
 */
final class Practice {

    /** Everyone generated signs in with this. */
    static final String PASSWORD = "Generated-Passw0rd!";

    /** One account; clients carry what makes their work look like theirs. */
    static final class Person {
        final long id;
        final String email;
        final String name;
        final String role;
        final ZoneId zone;
        final Instant joined;
        /** For a client: their clinician. */
        final Person clinician;
        /** For a client: how much of their homework they tend to do, 0 to 1. */
        final double adherence;
        final AnswerWriter.Leaning leaning;
        final int index;
        private final AuditActor actor;
        private final String address;

        Person(long id, int index, String email, String name, String role, ZoneId zone, Instant joined,
                Person clinician, double adherence, AnswerWriter.Leaning leaning) {
            this.id = id;
            this.index = index;
            this.email = email;
            this.name = name;
            this.role = role;
            this.zone = zone;
            this.joined = joined;
            this.clinician = clinician;
            this.adherence = adherence;
            this.leaning = leaning;
            this.actor = new AuditActor(id, email, role);
            // Documentation addresses (RFC 5737): realistic in shape, never anyone's real address.
            this.address = (id % 2 == 0 ? "198.51.100." : "203.0.113.") + (1 + id % 254);
        }

        AuditActor auditActor() {
            return actor;
        }

        String address() {
            return address;
        }

        String firstName() {
            String plain = name.startsWith("Dr. ") ? name.substring(4) : name;
            return plain.substring(0, plain.indexOf(' '));
        }
    }

    final Person admin;
    final List<Person> clinicians = new ArrayList<>();
    final List<Person> clients = new ArrayList<>();
    final Instant start;

    private Practice(Person admin, Instant start) {
        this.admin = admin;
        this.start = start;
    }

    /** Makes the people (nothing is written yet). */
    static Practice create(Scale scale, long seed, Instant now, long firstId) {
        Random random = new Random(seed);
        Instant start = now.minus(Duration.ofDays(365));
        String domain = scale.emailDomain();
        long id = firstId;
        Person admin = new Person(id++, 0, "admin@" + domain, "Practice Admin", "ADMIN",
                ZoneId.of("America/New_York"), start.minus(Duration.ofDays(30)), null, 0, null);
        Practice practice = new Practice(admin, start);
        int clinicianDigits = Math.max(3, String.valueOf(scale.clinicians()).length());
        int clientDigits = Math.max(4, String.valueOf(scale.clients()).length());
        double[] caseload = new double[scale.clinicians()];
        for (int i = 0; i < scale.clinicians(); i++) {
            String name = "Dr. " + Texts.pick(random, Texts.FIRST_NAMES) + " " + Texts.pick(random, Texts.LAST_NAMES);
            practice.clinicians.add(new Person(id++, i, String.format("clinician%0" + clinicianDigits + "d@%s", i + 1,
                    domain), name, "CLINICIAN", ZoneId.of(Texts.pick(random, Texts.TIME_ZONES.subList(0, 7))),
                    start.minus(Duration.ofDays(20 + random.nextInt(10))), null, 0, null));
            // Some clinicians carry twice the caseload of others, as in any group practice.
            caseload[i] = 0.6 + random.nextDouble() * 0.8;
        }
        int[] perClinician = Apportion.split(scale.clients(), caseload);
        EmotionVocabulary vocabulary = EmotionVocabulary.builtIn();
        int c = 0;
        long pastSeconds = Duration.ofDays(362).getSeconds();
        for (int k = 0; k < scale.clinicians(); k++) {
            for (int j = 0; j < perClinician[k]; j++, c++) {
                String name = Texts.pick(random, Texts.FIRST_NAMES) + " " + Texts.pick(random, Texts.LAST_NAMES);
                // A third were on the caseload when the year began; the rest arrived through it.
                long offset = random.nextInt(3) == 0 ? random.nextInt(14 * 86_400)
                        : (long) (random.nextDouble() * pastSeconds);
                double adherence = Math.min(1.0, 0.3 + random.nextDouble() * 0.55 + random.nextDouble() * 0.2);
                practice.clients.add(new Person(id++, c, String.format("client%0" + clientDigits + "d@%s", c + 1,
                        domain), name, "CLIENT", ZoneId.of(Texts.pick(random, Texts.TIME_ZONES)),
                        start.plusSeconds(offset), practice.clinicians.get(k), adherence,
                        AnswerWriter.Leaning.of(random, vocabulary)));
            }
        }
        return practice;
    }

    /** Writes the accounts and their creation to the audit trail. */
    void write(Connection connection, String passwordHash, AuditTrail audit, Random random) throws SQLException {
        try (Rows rows = new Rows(connection, "account", "id", "email", "display_name", "password_hash", "role",
                "status", "preferred_name", "phone", "time_zone", "clinician_id", "created_at", "reader_text_step",
                "email_reminders", "version")) {
            rows.add(admin.id, admin.email, admin.name, passwordHash, "ADMIN", "ACTIVE", null, null,
                    admin.zone.getId(), null, admin.joined, 0, true, 0L);
            for (Person p : clinicians) {
                rows.add(p.id, p.email, p.name, passwordHash, "CLINICIAN", "ACTIVE", null, null, p.zone.getId(), null,
                        p.joined, 0, true, 0L);
                audit.add(p.joined.minusSeconds(3_600), admin, AuditAction.ACCOUNT_INVITED, AuditTrail.ACCOUNT, p.id,
                        "clinician");
            }
            for (Person p : clients) {
                String preferred = random.nextInt(5) == 0 ? Texts.pick(random, Texts.FIRST_NAMES) : null;
                String phone = random.nextBoolean() ? String.format("+1 555 01%02d", random.nextInt(100)) : null;
                rows.add(p.id, p.email, p.name, passwordHash, "CLIENT", "ACTIVE", preferred, phone, p.zone.getId(),
                        p.clinician.id, p.joined, random.nextInt(8) == 0 ? 1 : 0, random.nextInt(10) != 0, 0L);
                audit.add(p.joined, p.clinician, AuditAction.CLIENT_ADDED, AuditTrail.CLIENT, p.id, null);
            }
        }
    }

    /** Clinicians sign in and look at their dashboard each working day; the admin checks in weekly. */
    void staffRoutine(Instant now, AuditTrail audit, Random random) {
        for (Person clinician : clinicians) {
            LocalDate day = LocalDate.ofInstant(start, clinician.zone);
            LocalDate today = LocalDate.ofInstant(now, clinician.zone);
            for (; !day.isAfter(today); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                        || random.nextInt(12) == 0) {
                    continue;
                }
                Instant at = day.atTime(LocalTime.of(8, 0)).atZone(clinician.zone).toInstant()
                        .plusSeconds(random.nextInt(7_200));
                if (at.isAfter(now)) {
                    break;
                }
                audit.add(at, clinician, AuditAction.SIGN_IN, AuditTrail.ACCOUNT, clinician.id, null);
                audit.add(at.plusSeconds(2), clinician, AuditAction.CASELOAD_DASHBOARD_VIEWED, null, null, null);
            }
        }
        for (Instant at = start.plus(Duration.ofDays(2)); at.isBefore(now); at = at.plus(Duration.ofDays(7))) {
            Instant signIn = at.plusSeconds(random.nextInt(3_600));
            audit.add(signIn, admin, AuditAction.SIGN_IN, AuditTrail.ACCOUNT, admin.id, null);
            audit.add(signIn.plusSeconds(3), admin, AuditAction.PRACTICE_OVERVIEW_VIEWED, null, null,
                    clinicians.size() + " clinicians");
        }
    }
}
