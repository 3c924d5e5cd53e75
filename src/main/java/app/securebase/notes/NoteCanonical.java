package app.securebase.notes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * The one canonical serialisation of what a signature covers, and its SHA-256. Every value is written as
 * {@code name=<length>:<value>\n}: the length prefix makes the text unambiguous whatever the values hold (line breaks,
 * "=" or anything else), so two different contents can never serialise alike. Enums are written by name, times in
 * ISO-8601 UTC, absent values as a bare {@code -} (no length, so never equal to an empty text). Changing this format changes every hash: add a new version, never edit
 * this one ({@link #VERSION} is part of the text).
 */
public final class NoteCanonical {

    static final String VERSION = "securebase-note-v1";
    private static final String ABSENT = "-";

    private NoteCanonical() {
    }

    /** The signed text of a note: its identity, the session, every section, risk and mental status, signer and time. */
    public static String note(long noteId, long clientId, long signerId, NoteContent content, Instant signedAt) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        field(text, "note", noteId);
        field(text, "client", clientId);
        field(text, "signer", signerId);
        field(text, "signedAt", signedAt);
        field(text, "sessionDate", content.sessionDate());
        field(text, "startTime", content.startTime());
        field(text, "durationMinutes", content.durationMinutes());
        field(text, "service", content.service());
        field(text, "setting", content.setting());
        field(text, "format", content.format());
        for (Map.Entry<String, String> section : content.sections().entrySet()) {
            field(text, "section." + section.getKey(), section.getValue());
        }
        RiskAssessment risk = content.risk();
        field(text, "risk", risk == null ? null : "recorded");
        if (risk != null) {
            field(text, "risk.suicidalIdeation", risk.suicidalIdeation());
            field(text, "risk.homicidalIdeation", risk.homicidalIdeation());
            field(text, "risk.plan", risk.plan());
            field(text, "risk.intent", risk.intent());
            field(text, "risk.protectiveFactors", risk.protectiveFactors());
            field(text, "risk.level", risk.level());
        }
        for (Map.Entry<MentalStatusItem, String> item : content.mentalStatus().entrySet()) {
            field(text, "mse." + item.getKey().key(), item.getValue());
        }
        return text.toString();
    }

    /** The signed text of an addendum: the note it amends (and that note's hash), its text, signer and time. */
    public static String addendum(long noteId, String noteHash, long signerId, String addendumText, Instant signedAt) {
        StringBuilder text = new StringBuilder(VERSION).append("-addendum\n");
        field(text, "note", noteId);
        field(text, "noteSha256", noteHash);
        field(text, "signer", signerId);
        field(text, "signedAt", signedAt);
        field(text, "text", addendumText);
        return text.toString();
    }

    /** SHA-256 of the UTF-8 text, lower-case hex (64 characters). */
    public static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void field(StringBuilder text, String name, Object value) {
        text.append(name).append('=');
        if (value == null) {
            text.append(ABSENT).append('\n');
            return;
        }
        String written = value instanceof Enum<?> e ? e.name() : value.toString();
        text.append(written.length()).append(':').append(written).append('\n');
    }
}
