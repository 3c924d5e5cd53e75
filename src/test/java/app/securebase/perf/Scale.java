package app.securebase.perf;

import java.util.Locale;

/**
 * How big a practice to generate. S1 is the practice the performance targets of issue 8 are set for; S10 is ten
 * times that, to show that page costs do not grow with the practice.
 *
 * @param name          {@code S1}, {@code S10}, or {@code S0} (a tiny practice for a quick try)
 * @param clinicians    clinician accounts
 * @param clients       client accounts, spread unevenly over the clinicians' caseloads
 * @param occurrences   exercise occurrences over the past year, a few weeks ahead included
 * @param submissions   submitted entries among them
 * @param notes         session notes
 */
public record Scale(String name, int clinicians, int clients, int occurrences, int submissions, int notes) {

    public static final Scale S0 = new Scale("S0", 2, 20, 2_000, 1_200, 200);
    public static final Scale S1 = new Scale("S1", 20, 1_000, 100_000, 60_000, 10_000);
    public static final Scale S10 = new Scale("S10", 200, 10_000, 1_000_000, 600_000, 100_000);

    public Scale {
        if (clinicians < 1 || clients < clinicians || submissions > occurrences) {
            throw new IllegalArgumentException("inconsistent scale " + name);
        }
    }

    public static Scale of(String name) {
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "S0" -> S0;
            case "S1" -> S1;
            case "S10" -> S10;
            default -> throw new IllegalArgumentException("Unknown scale " + name + " (S0, S1 or S10)");
        };
    }

    /** The lower-case domain of the generated emails: {@code s1.example}. */
    public String emailDomain() {
        return name.toLowerCase(Locale.ROOT) + ".example";
    }
}
