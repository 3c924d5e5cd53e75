package app.securebase.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NoteCanonicalTest {

    private static final Instant SIGNED = Instant.parse("2026-11-20T15:04:05.123Z");

    private static NoteContent content() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("data", "Kept a feelings log 5 of 7 days.\nÉmilie – 日本語 <b>&amp;</b>");
        sections.put("assessment", "Progressing.");
        sections.put("plan", "Continue.");
        Map<MentalStatusItem, String> mse = new EnumMap<>(MentalStatusItem.class);
        mse.put(MentalStatusItem.MOOD, "anxious");
        return new NoteContent(LocalDate.of(2026, 11, 20), LocalTime.of(14, 0), 50, ServiceType.INDIVIDUAL,
                ServiceSetting.TELEHEALTH, NoteFormat.DAP, sections,
                new RiskAssessment(false, false, null, null, "Family, work", RiskLevel.LOW), mse);
    }

    private static String hash(NoteContent content) {
        return NoteCanonical.sha256(NoteCanonical.note(7, 42, 3, content, SIGNED));
    }

    private static NoteContent with(UnaryOperator<Map<String, String>> sections) {
        NoteContent c = content();
        return new NoteContent(c.sessionDate(), c.startTime(), c.durationMinutes(), c.service(), c.setting(),
                c.format(), sections.apply(new LinkedHashMap<>(c.sections())), c.risk(), c.mentalStatus());
    }

    @Test
    void theSameContentAlwaysHasTheSameHash() {
        String first = hash(content());
        assertEquals(first, hash(content()));
        assertEquals(64, first.length());
        assertTrue(first.matches("[0-9a-f]{64}"));
        assertEquals(NoteCanonical.sha256("abc"),
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anyChangeOfAnyFieldChangesTheHash() {
        NoteContent c = content();
        String original = hash(c);
        List<String> changed = List.of(
                NoteCanonical.sha256(NoteCanonical.note(8, 42, 3, c, SIGNED)),
                NoteCanonical.sha256(NoteCanonical.note(7, 43, 3, c, SIGNED)),
                NoteCanonical.sha256(NoteCanonical.note(7, 42, 4, c, SIGNED)),
                NoteCanonical.sha256(NoteCanonical.note(7, 42, 3, c, SIGNED.plusMillis(1))),
                hash(new NoteContent(c.sessionDate().plusDays(1), c.startTime(), c.durationMinutes(), c.service(),
                        c.setting(), c.format(), c.sections(), c.risk(), c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), LocalTime.of(14, 1), c.durationMinutes(), c.service(),
                        c.setting(), c.format(), c.sections(), c.risk(), c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), c.startTime(), 51, c.service(),
                        c.setting(), c.format(), c.sections(), c.risk(), c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), c.startTime(), c.durationMinutes(), ServiceType.COUPLE,
                        c.setting(), c.format(), c.sections(), c.risk(), c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), c.startTime(), c.durationMinutes(), c.service(),
                        ServiceSetting.IN_PERSON, c.format(), c.sections(), c.risk(), c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), c.startTime(), c.durationMinutes(), c.service(),
                        c.setting(), c.format(), c.sections(), null, c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), c.startTime(), c.durationMinutes(), c.service(),
                        c.setting(), c.format(), c.sections(),
                        new RiskAssessment(false, false, null, null, "Family, work", RiskLevel.MODERATE),
                        c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), c.startTime(), c.durationMinutes(), c.service(),
                        c.setting(), c.format(), c.sections(),
                        new RiskAssessment(false, false, false, null, "Family, work", RiskLevel.LOW),
                        c.mentalStatus())),
                hash(new NoteContent(c.sessionDate(), c.startTime(), c.durationMinutes(), c.service(),
                        c.setting(), c.format(), c.sections(), c.risk(), Map.of())),
                hash(with(s -> { s.put("plan", "Continue. "); return s; })),
                hash(with(s -> { s.put("data", s.get("data").replace("\n", " ")); return s; })));
        changed.forEach(h -> assertNotEquals(original, h));
        assertEquals(changed.size(), changed.stream().distinct().count());
    }

    @Test
    void valuesCannotBleedIntoEachOther() {
        // The same characters split differently between two sections must not serialise alike.
        String a = hash(with(s -> { s.put("assessment", "A\nplan=9:Continue."); s.put("plan", ""); return s; }));
        String b = hash(with(s -> { s.put("assessment", "A"); s.put("plan", "Continue."); return s; }));
        assertNotEquals(a, b);
        String empty = hash(with(s -> { s.put("plan", ""); return s; }));
        String dash = hash(with(s -> { s.put("plan", "-"); return s; }));
        assertNotEquals(empty, dash);
    }

    @Test
    void anAddendumsHashCoversTheNotesHashAndItsText() {
        String h = NoteCanonical.sha256(NoteCanonical.addendum(7, "ab", 3, "Correction", SIGNED));
        assertEquals(h, NoteCanonical.sha256(NoteCanonical.addendum(7, "ab", 3, "Correction", SIGNED)));
        assertNotEquals(h, NoteCanonical.sha256(NoteCanonical.addendum(7, "ac", 3, "Correction", SIGNED)));
        assertNotEquals(h, NoteCanonical.sha256(NoteCanonical.addendum(7, "ab", 3, "Correction.", SIGNED)));
    }
}
