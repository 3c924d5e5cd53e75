package app.securebase.perf.load;

import java.time.Duration;

/**
 * What a load run is pointed at and how hard it pushes, from system properties (the {@code load} Maven profile passes
 * them through): {@code perf.baseUrl}, {@code perf.users} (concurrent users of the mixed workload), {@code perf.seconds}
 * (length of each phase), {@code perf.warmUpSeconds} (the mixed workload first for that long, reported apart as group
 * "warm-up", so that a fresh server's JIT compiler is done before anything is measured; 0, the default, skips it),
 * {@code perf.settleSeconds} (a quiet pause after the warm-up: on two cores the compiler lags behind a saturating
 * load and still had thousands of methods queued a minute after it; 0 by default),
 * {@code perf.rounds} (journeys a user goes through per sign-in: people do several things
 * once signed in, and a sign-in costs a deliberately slow password hash), {@code perf.thinkMillis} (a person's mean
 * pause before each step of a journey; 0, the default, sends the next request at once), the generated accounts' e-mail
 * patterns and counts, and their password
 * ({@code perf.clientPassword} when clients have another one, as the demo accounts do).
 */
record LoadSettings(String baseUrl, int users, Duration phase, Duration warmUp, Duration settle, int rounds,
        Duration think, String clinicianEmail, int clinicians, String clientEmail, int clients, String password,
        String clientPassword) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                System.getProperty("perf.baseUrl", "http://127.0.0.1:8080"),
                Integer.getInteger("perf.users", 32),
                Duration.ofSeconds(Integer.getInteger("perf.seconds", 120)),
                Duration.ofSeconds(Integer.getInteger("perf.warmUpSeconds", 0)),
                Duration.ofSeconds(Integer.getInteger("perf.settleSeconds", 0)),
                Integer.getInteger("perf.rounds", 5),
                Duration.ofMillis(Integer.getInteger("perf.thinkMillis", 0)),
                System.getProperty("perf.clinicianEmail", "clinician%03d@s1.example"),
                Integer.getInteger("perf.clinicians", 20),
                System.getProperty("perf.clientEmail", "client%04d@s1.example"),
                Integer.getInteger("perf.clients", 1000),
                System.getProperty("perf.password", "Generated-Passw0rd!"),
                System.getProperty("perf.clientPassword", System.getProperty("perf.password", "Generated-Passw0rd!")));
    }

    /** A quarter of the users are clinicians, the rest clients (at least one of each). */
    int clinicianUsers() {
        return Math.max(1, users / 4);
    }

    int clientUsers() {
        return Math.max(1, users - clinicianUsers());
    }
}
