package app.securebase.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** Puts a note into words for its {@link NoteDocument}: labels from the bundle, sections in the format's order. */
public final class NoteDocuments {

    private NoteDocuments() {
    }

    static NoteDocument of(SessionNote note, String practiceName, ResourceBundle texts, Instant now) {
        NoteContent content = note.content();
        List<NoteDocument.Section> sections = new ArrayList<>();
        content.format().headings(texts).forEach((key, heading) ->
                sections.add(new NoteDocument.Section(heading, content.sections().get(key))));
        List<NoteDocument.Line> mentalStatus = new ArrayList<>();
        for (Map.Entry<MentalStatusItem, String> item : content.mentalStatus().entrySet()) {
            MentalStatusItem i = item.getKey();
            String choiceKey = i.choiceKey(item.getValue());
            mentalStatus.add(new NoteDocument.Line(texts.getString(i.labelKey()),
                    texts.containsKey(choiceKey) ? texts.getString(choiceKey) : item.getValue()));
        }
        NoteDocument.Signature signature = note.isSigned() ? new NoteDocument.Signature(
                note.getSignedBy().getDisplayName(), note.getSignedAt(), note.getContentSha256()) : null;
        List<NoteDocument.Addendum> addenda = note.getAddenda().stream().map(a -> new NoteDocument.Addendum(
                a.getBody(), a.getSignedBy().getDisplayName(), a.getSignedAt(), a.getContentSha256())).toList();
        return new NoteDocument(practiceName == null ? "" : practiceName.strip(),
                note.getClient().getDisplayName(), clientIdentifier(note.getClient().getId()),
                note.getClinician().getDisplayName(), content.sessionDate(), content.startTime(),
                content.durationMinutes(), serviceLabel(content, texts), texts.getString(content.format().labelKey()),
                sections, risk(content.risk(), texts), mentalStatus, signature, addenda, now);
    }

    static String clientIdentifier(long clientId) {
        return "C-" + clientId;
    }

    static String serviceLabel(NoteContent content, ResourceBundle texts) {
        return texts.getString(content.service().labelKey()) + " · " + texts.getString(content.setting().labelKey());
    }

    /** The risk assessment as labelled lines (also for the note page), or {@code null} when none was recorded. */
    public static NoteDocument.Risk risk(RiskAssessment risk, ResourceBundle texts) {
        if (risk == null) {
            return null;
        }
        List<NoteDocument.Line> lines = new ArrayList<>();
        lines.add(answer("notes.risk.suicidal", risk.suicidalIdeation(), texts));
        lines.add(answer("notes.risk.homicidal", risk.homicidalIdeation(), texts));
        lines.add(answer("notes.risk.plan", risk.plan(), texts));
        lines.add(answer("notes.risk.intent", risk.intent(), texts));
        if (!risk.protectiveFactors().isBlank()) {
            lines.add(new NoteDocument.Line(texts.getString("notes.risk.protective"), risk.protectiveFactors()));
        }
        lines.add(new NoteDocument.Line(texts.getString("notes.risk.level"), risk.level() == null
                ? texts.getString("notes.risk.notAssessed") : texts.getString(risk.level().labelKey())));
        return new NoteDocument.Risk(lines);
    }

    private static NoteDocument.Line answer(String key, Boolean answer, ResourceBundle texts) {
        String value = answer == null ? texts.getString("notes.risk.notAssessed")
                : texts.getString(answer ? "notes.risk.yes" : "notes.risk.no");
        return new NoteDocument.Line(texts.getString(key), value);
    }
}
