package app.securebase.notes.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph's text into the stretches Word wants as separate runs: right-to-left text (marked {@code w:rtl},
 * so Word treats it as complex script), Chinese, Japanese or Korean text (with an East Asian font named), and the
 * rest. Spaces, digits and punctuation between two letters of one kind stay in that kind's stretch, so "שלום עולם" is
 * one run; between letters of different kinds they go with the plain text.
 */
final class DocxScripts {

    private enum Kind { PLAIN, RIGHT_TO_LEFT, EAST_ASIAN }

    /** One run's text; {@code eastAsianFont} is null outside Chinese, Japanese and Korean text. */
    record Stretch(String text, boolean rightToLeft, String eastAsianFont) {
    }

    private DocxScripts() {
    }

    static List<Stretch> split(String text) {
        int[] codePoints = text.codePoints().toArray();
        Kind[] kinds = new Kind[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            kinds[i] = strongKind(codePoints[i]);
        }
        resolveNeutrals(kinds);
        String paragraphFont = eastAsianFont(text);
        List<Stretch> stretches = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= codePoints.length; i++) {
            if (i == codePoints.length || kinds[i] != kinds[start]) {
                String part = new String(codePoints, start, i - start);
                stretches.add(switch (kinds[start]) {
                    case RIGHT_TO_LEFT -> new Stretch(part, true, null);
                    case EAST_ASIAN -> new Stretch(part, false, paragraphFont);
                    case PLAIN -> new Stretch(part, false, null);
                });
                start = i;
            }
        }
        return stretches.isEmpty() ? List.of(new Stretch("", false, null)) : stretches;
    }

    /** A neutral takes the kind of the letters around it when they agree, or of its only neighbour at either end. */
    private static void resolveNeutrals(Kind[] kinds) {
        Kind previous = null;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != null) {
                previous = kinds[i];
                continue;
            }
            int end = i;
            while (end < kinds.length && kinds[end] == null) {
                end++;
            }
            Kind next = end < kinds.length ? kinds[end] : null;
            Kind resolved;
            if (previous == null || next == null) {
                resolved = previous == null ? (next == null ? Kind.PLAIN : next) : previous;
            } else {
                resolved = previous == next ? previous : Kind.PLAIN;
            }
            for (int j = i; j < end; j++) {
                kinds[j] = resolved;
            }
            i = end - 1;
        }
    }

    /** The kind of a letter, or null for spaces, digits, punctuation and marks, which take their neighbours'. */
    private static Kind strongKind(int cp) {
        byte direction = Character.getDirectionality(cp);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return Kind.RIGHT_TO_LEFT;
        }
        switch (Character.UnicodeScript.of(cp)) {
            case HANGUL, HIRAGANA, KATAKANA, HAN, BOPOMOFO:
                return Kind.EAST_ASIAN;
            default:
                break;
        }
        if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return null;
        }
        return Character.isLetter(cp) ? Kind.PLAIN : null;
    }

    /**
     * A font Word on Windows has for the paragraph's East Asian text, told apart by its script: Hangul means Korean,
     * kana Japanese (whose kanji are Han characters too), Han alone Chinese. Elsewhere Word substitutes its own.
     */
    private static String eastAsianFont(String paragraph) {
        boolean kana = false;
        for (int cp : paragraph.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL) {
                return "Malgun Gothic";
            }
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        }
        return kana ? "Yu Gothic" : "Microsoft YaHei";
    }
}
