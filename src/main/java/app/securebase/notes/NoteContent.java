package app.securebase.notes;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a clinician writes in a session note, as one value: what the editor posts with each save, what a
 * {@link SessionNote} stores and what its signature covers ({@link NoteCanonical}). Texts are plain text with their
 * line breaks (normalised to {@code \n}), never HTML; the sections are exactly the format's, in its order.
 *
 * @param startTime       may be {@code null} in a draft; required to sign
 * @param durationMinutes may be {@code null} in a draft; required to sign
 * @param risk            {@code null} when no risk assessment was recorded
 * @param mentalStatus    item → chosen choice key; only the items answered
 */
public record NoteContent(LocalDate sessionDate, LocalTime startTime, Integer durationMinutes, ServiceType service,
        ServiceSetting setting, NoteFormat format, Map<String, String> sections, RiskAssessment risk,
        Map<MentalStatusItem, String> mentalStatus) implements Serializable {

    public static final int SECTION_MAX = 20_000;
    public static final int DURATION_MAX = 600;

    public NoteContent {
        format = format == null ? NoteFormat.FREE : format;
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : format.sections()) {
            ordered.put(key, plain(sections == null ? null : sections.get(key)));
        }
        sections = Collections.unmodifiableMap(ordered);
        risk = risk == null || risk.isEmpty() ? null : risk;
        EnumMap<MentalStatusItem, String> status = new EnumMap<>(MentalStatusItem.class);
        if (mentalStatus != null) {
            mentalStatus.forEach((item, choice) -> {
                if (item != null && choice != null && !choice.isBlank()) {
                    status.put(item, choice);
                }
            });
        }
        mentalStatus = Collections.unmodifiableMap(status);
    }

    /** A new note's content: the session on {@code day}, individual and in person, every section empty. */
    public static NoteContent blank(LocalDate day, NoteFormat format) {
        return new NoteContent(day, null, null, ServiceType.INDIVIDUAL, ServiceSetting.IN_PERSON, format, Map.of(),
                null, Map.of());
    }

    /** The same content with one section's text replaced. */
    public NoteContent withSection(String key, String text) {
        Map<String, String> changed = new LinkedHashMap<>(sections);
        changed.put(key, text);
        return new NoteContent(sessionDate, startTime, durationMinutes, service, setting, format, changed, risk,
                mentalStatus);
    }

    /** Plain text as stored: never {@code null}, line breaks as {@code \n}, no NUL or other control characters. */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder clean = new StringBuilder(unified.length());
        unified.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }

    /** What would stop a draft being saved as it is (message keys); limits only, a draft may be incomplete. */
    public List<String> draftProblems() {
        List<String> problems = new ArrayList<>();
        if (sessionDate == null) {
            problems.add("notes.error.sessionDate");
        }
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > DURATION_MAX)) {
            problems.add("notes.error.duration");
        }
        if (sections.values().stream().anyMatch(text -> text.length() > SECTION_MAX)) {
            problems.add("notes.error.sectionTooLong");
        }
        if (risk != null && risk.protectiveFactors().length() > RiskAssessment.PROTECTIVE_FACTORS_MAX) {
            problems.add("notes.error.protectiveFactorsTooLong");
        }
        mentalStatus.forEach((item, choice) -> {
            if (!item.choices().contains(choice) && !problems.contains("notes.error.mentalStatus")) {
                problems.add("notes.error.mentalStatus");
            }
        });
        return problems;
    }

    /** What stops this content being signed (message keys): a draft's problems, plus the session details and a text. */
    public List<String> signProblems() {
        List<String> problems = new ArrayList<>(draftProblems());
        if (startTime == null) {
            problems.add("notes.error.startTime");
        }
        if (durationMinutes == null && !problems.contains("notes.error.duration")) {
            problems.add("notes.error.duration");
        }
        if (service == null || setting == null) {
            problems.add("notes.error.service");
        }
        if (sections.values().stream().allMatch(String::isBlank)) {
            problems.add("notes.error.empty");
        }
        return problems;
    }
}
