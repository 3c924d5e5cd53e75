package app.securebase.perf.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Leaves {@code perf.sessions} people signed in (a quarter clinicians, the rest clients), each after
 * {@code perf.rounds} rounds of their journey (here 1 unless set: every page opened is a view the session keeps, up to
 * Faces' 15), for measuring the server's heap per session (README, "Performance"). Sessions stay open on the
 * server after the run, until they time out or the server stops; each virtual user has its own cookies, so each is
 * a session of its own.
 */
public class SignedInSessionsSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .userAgentHeader("SecureBase load test (Gatling)")
            .disableCaching();

    {
        int sessions = Integer.getInteger("perf.sessions", 200);
        int rounds = Integer.getInteger("perf.rounds", 1);
        int clinicians = Math.max(1, sessions / 4);
        Duration ramp = Duration.ofSeconds(Math.max(1, sessions / 4));
        PopulationBuilder staff = scenario("clinicians")
                .feed(PracticeSimulation.accounts(settings.clinicianEmail(), settings.clinicians()))
                .exec(Journeys.clinicianStaying(settings.password(), rounds))
                .injectOpen(rampUsers(clinicians).during(ramp));
        PopulationBuilder clients = scenario("clients")
                .feed(PracticeSimulation.accounts(settings.clientEmail(), settings.clients()))
                .exec(Journeys.clientStaying(settings.clientPassword(), rounds))
                .injectOpen(rampUsers(sessions - clinicians).during(ramp));
        setUp(staff, clients).protocols(protocol);
    }
}
