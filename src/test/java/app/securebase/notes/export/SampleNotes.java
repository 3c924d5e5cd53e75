package app.securebase.notes.export;

import app.securebase.notes.NoteDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.IntConsumer;

/** Notes made up for the renderer tests: one that exercises every part and every awkward character, and many. */
final class SampleNotes {

    static final String CLIENT = "Zoë Ångström-Øberg";
    static final String GREEK = "Ο πελάτης ανέφερε καλύτερο ύπνο";
    static final String CYRILLIC = "Клиент сообщил о лучшем сне";
    static final String GEORGIAN = "კლიენტმა კარგი ძილი აღნიშნა";
    static final String ARMENIAN = "Հաճախորդը լավ քուն է նշել";
    static final String JAPANESE = "日本語のテキスト";
    static final String CHINESE = "中文";
    static final String KOREAN = "한국어";
    static final String HEBREW = "שלום עולם";
    static final String ARABIC = "مرحبا بالعالم";
    static final String MIXED = "Client said שלום twice (today)";
    /** A right-to-left paragraph with brackets, which must come out mirrored: "(" on the left of what they enclose. */
    static final String HEBREW_BRACKETS = "הלקוח (דוד) הגיע";
    static final String SPECIAL = "<b>bold?</b> & 100% (done) \\ back-slash ) ( %%EOF";
    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String HASH_ADDENDUM_1 = "1111111111111111111111111111111111111111111111111111111111111111";
    static final String HASH_ADDENDUM_2 = "2222222222222222222222222222222222222222222222222222222222222222";
    private static final String[] WORDS = ("client practised breathing exercise most days rated anxiety lower "
            + "than last week homework reviewed next steps agreed sleep improved worry diary thought record avoided "
            + "situations exposure ladder step mood score partner conflict work stress panic episode grounding "
            + "values walk family visit appetite energy concentration medication unchanged psychiatrist referral "
            + "session goals relapse prevention plan coping card").split(" ");
    static final Instant GENERATED = Instant.parse("2026-11-21T12:30:00Z");

    private SampleNotes() {
    }

    static NoteDocument full() {
        return new NoteDocument("Praxis Müller & Søn", CLIENT, "C-1042", "Dr. José Núñez",
                LocalDate.of(2026, 11, 3), LocalTime.of(10, 0), 50, "Individual, in person", "SOAP",
                List.of(new NoteDocument.Section("Subjective", "Client reports: café visits, naïve fears.\n"
                                + GREEK + "\n" + CYRILLIC),
                        new NoteDocument.Section("Objective", GEORGIAN + "\n" + ARMENIAN),
                        new NoteDocument.Section("Assessment", SPECIAL),
                        new NoteDocument.Section("Plan", "")),
                new NoteDocument.Risk(List.of(new NoteDocument.Line("Suicidal ideation", "Denied"),
                        new NoteDocument.Line("Overall risk", "Low"))),
                List.of(new NoteDocument.Line("Appearance", "Well groomed"),
                        new NoteDocument.Line("Mood", "Euthymic")),
                new NoteDocument.Signature("Dr. José Núñez", Instant.parse("2026-11-03T11:05:09Z"), HASH),
                List.of(new NoteDocument.Addendum("First addendum: corrected the date of the last session.",
                                "Dr. José Núñez", Instant.parse("2026-11-04T08:00:00Z"), HASH_ADDENDUM_1),
                        new NoteDocument.Addendum("Second addendum: phoned the client.", "Dr. José Núñez",
                                Instant.parse("2026-11-05T09:00:00Z"), HASH_ADDENDUM_2)),
                GENERATED);
    }

    /** A note in Chinese, Japanese, Korean, Hebrew and Arabic, with a Hebrew client name and an Arabic heading. */
    static NoteDocument scripts() {
        String longHebrew = "הלקוח דיווח על שינה טובה יותר ועל פחות דאגות במהלך השבוע, ".repeat(4).trim();
        String longChinese = "来访者报告本周睡眠有所改善，焦虑程度降低，并完成了所有的家庭作业。".repeat(4);
        return new NoteDocument("Praxis 東京 · מרפאה", "דוד כהן", "C-2001", "Dr. Ana Lima", LocalDate.of(2026, 11, 3),
                LocalTime.of(10, 0), 50, "Individual, in person", "SOAP",
                List.of(new NoteDocument.Section("Subjective", JAPANESE + "\n" + CHINESE + " " + KOREAN + "\n"
                                + longChinese),
                        new NoteDocument.Section("Objective", HEBREW + "\n" + ARABIC + "\n" + MIXED + "\n"
                                + HEBREW_BRACKETS + "\n" + longHebrew),
                        new NoteDocument.Section("ملاحظات الجلسة", "لا يوجد خطر (منخفض)"),
                        new NoteDocument.Section("计划", "下周继续。")),
                null, List.of(), new NoteDocument.Signature("Dr. Ana Lima", Instant.parse("2026-11-03T11:05:09Z"),
                        HASH), List.of(), GENERATED);
    }

    static NoteDocument unsigned() {
        NoteDocument n = full();
        return new NoteDocument(n.practiceName(), n.clientName(), n.clientIdentifier(), n.clinicianName(),
                n.sessionDate(), n.startTime(), n.durationMinutes(), n.serviceLabel(), n.formatLabel(), n.sections(),
                null, List.of(), null, List.of(), n.generatedAt());
    }

    static NoteDocument numbered(int i, int paragraphs) {
        StringBuilder text = new StringBuilder();
        Random random = new Random(i);
        for (int p = 0; p < paragraphs; p++) {
            text.append("Note ").append(i).append(", paragraph ").append(p).append(':');
            for (int w = 0; w < 40; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(" Ærø Ψ Ж ").append(Long.toHexString(random.nextLong())).append(".\n");
        }
        return new NoteDocument("Practice", "Client " + i, "C-" + i, "Clinician", LocalDate.of(2026, 1, 1)
                .plusDays(i % 365), LocalTime.of(9, 0).plusMinutes(i % 480), 50, "Individual", "DAP",
                List.of(new NoteDocument.Section("Data", text.toString()),
                        new NoteDocument.Section("Assessment", "Stable. " + i),
                        new NoteDocument.Section("Plan", "Continue weekly.")),
                null, List.of(), new NoteDocument.Signature("Clinician", GENERATED, HASH), List.of(), GENERATED);
    }

    /** {@code count} notes made one at a time as they are read, telling {@code onEach} the number of each. */
    static Iterable<NoteDocument> many(int count, int paragraphs, IntConsumer onEach) {
        return () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public NoteDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                onEach.accept(next);
                return numbered(next++, paragraphs);
            }
        };
    }
}
