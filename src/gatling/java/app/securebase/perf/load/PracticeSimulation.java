package app.securebase.perf.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The practice under load (issue 8), in two phases of the same run, each with {@code perf.users} concurrent users
 * for {@code perf.seconds}: first the floor alone (a transient Faces page and a static file, the container's own
 * cost), then the mixed workload (a quarter clinicians, the rest clients, signing in with the generated accounts).
 * Every figure can so be read against the floor measured minutes earlier on the same machine. With
 * {@code perf.warmUpSeconds} the mixed workload first runs that long unmeasured (see {@link #warmUp()}).
 *
 * <p>With {@code perf.assert=true} the run fails when a request type's 95th percentile reaches 150 ms or any request
 * fails. The server's SQL statement tallies per request type ({@code /perf/statements}, when the server runs with
 * {@code securebase.perf.countStatements=true}) are written next to Gatling's report.
 */
public class PracticeSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-US,en;q=0.9")
            .userAgentHeader("SecureBase load test (Gatling)")
            .disableCaching()
            .shareConnections();

    {
        Journeys.thinkFor(settings.think());
        PopulationBuilder floor = scenario("floor").exec(Journeys.floor())
                .injectClosed(constantConcurrentUsers(settings.users()).during(settings.phase()));
        PopulationBuilder clinicians = scenario("clinicians")
                .feed(accounts(settings.clinicianEmail(), settings.clinicians()))
                .exec(Journeys.clinician(settings.password(), settings.rounds()))
                .injectClosed(arriving(settings.clinicianUsers()));
        PopulationBuilder clients = scenario("clients")
                .feed(accounts(settings.clientEmail(), settings.clients()))
                .exec(Journeys.client(settings.clientPassword(), settings.rounds()))
                .injectClosed(arriving(settings.clientUsers()));
        List<Assertion> targets = new ArrayList<>();
        if (Boolean.getBoolean("perf.assert")) {
            targets.add(global().failedRequests().count().is(0L));
            targets.add(forAll().responseTime().percentile(95).lt(150));
        }
        PopulationBuilder measured = floor.andThen(clinicians, clients);
        setUp(settings.warmUp().isZero() ? measured : warmUp().andThen(resetTallies().andThen(measured)))
                .protocols(protocol).assertions(targets);
    }

    /**
     * The mixed workload for {@code perf.warmUpSeconds}, before anything is measured: a fresh server compiles its hot
     * code on the same two cores during its first minutes (sign-ins took ten times as long in a cold run). Its
     * requests are reported apart, in group "warm-up"; the assertions count them too, so a failure there fails the run.
     */
    private PopulationBuilder warmUp() {
        return scenario("warm-up").group("warm-up").on(randomSwitch().on(
                        percent(25.0).then(feed(accounts(settings.clinicianEmail(), settings.clinicians()))
                                .exec(Journeys.clinician(settings.password(), settings.rounds()))),
                        percent(75.0).then(feed(accounts(settings.clientEmail(), settings.clients()))
                                .exec(Journeys.client(settings.clientPassword(), settings.rounds())))))
                .injectClosed(constantConcurrentUsers(settings.users()).during(settings.warmUp()));
    }

    /**
     * Waits {@code perf.settleSeconds} for the compiler to catch up, then forgets the warm-up's SQL statement tallies,
     * so that the file written at the end covers the measured phases.
     */
    private PopulationBuilder resetTallies() {
        return scenario("reset tallies").pause(settings.settle()).exec(session -> {
            send("DELETE");
            return session;
        }).injectOpen(atOnceUsers(1));
    }

    /**
     * The mixed workload's users arrive over the first third of the phase (at most 30 s) rather than all in the same
     * second, as people do; that many sign-ins at once would only measure the password hash.
     */
    private ClosedInjectionStep[] arriving(int users) {
        Duration ramp = settings.phase().dividedBy(3).compareTo(Duration.ofSeconds(30)) > 0
                ? Duration.ofSeconds(30) : settings.phase().dividedBy(3);
        return new ClosedInjectionStep[] {
            rampConcurrentUsers(1).to(users).during(ramp),
            constantConcurrentUsers(users).during(settings.phase().minus(ramp))
        };
    }

    @Override
    public void before() {
        send("DELETE");
    }

    @Override
    public void after() {
        String tallies = send("GET");
        if (tallies == null) {
            System.out.println("SQL statements per request: not counted (start the server with"
                    + " -Dsecurebase.perf.countStatements=true)");
            return;
        }
        try {
            Path file = Path.of(System.getProperty("perf.statementsFile", "target/gatling/sql-statements.json"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, tallies);
            System.out.println("SQL statements per request type: " + file.toAbsolutePath());
            System.out.println(tallies.replace("},", "},\n"));
        } catch (IOException e) {
            System.out.println("SQL statements per request type could not be written: " + e);
        }
    }

    /** Sign-in feeder: every generated account in turn, round and round. */
    static Iterator<Map<String, Object>> accounts(String pattern, int count) {
        AtomicInteger next = new AtomicInteger();
        Supplier<Map<String, Object>> account = () -> Map.of("email",
                String.format(pattern, next.getAndIncrement() % count + 1));
        return Stream.generate(account).iterator();
    }

    /** Talks to the server's statement tallies; {@code null} when they are off (404) or the server is not there. */
    private String send(String method) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(settings.baseUrl() + "/perf/statements")).method(method,
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
