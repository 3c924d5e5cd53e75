package app.securebase.perf.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One clinician exports notes {@code perf.exports} times in a row (README, "Performance": the 1,000-note export): all
 * notes of client {@code perf.exportClient} as one PDF, or without that setting all their notes as a ZIP of PDFs. The
 * clinician is {@code perf.exportEmail}; the response time Gatling reports is the export's time, from the request to
 * the file's last byte.
 */
public class NoteExportSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .userAgentHeader("SecureBase load test (Gatling)")
            .disableCaching();

    {
        String email = System.getProperty("perf.exportEmail", "clinician001@s1.example");
        String client = System.getProperty("perf.exportClient", "");
        String name = client.isBlank() ? "clinician: export all notes as a ZIP"
                : "clinician: export a client's notes as one PDF";
        String query = client.isBlank() ? "as=zip" : "as=pdf&client=" + client;
        setUp(scenario("note export")
                .feed(Stream.generate(() -> Map.<String, Object>of("email", email)).iterator())
                .exec(Journeys.signIn("clinician", settings.password()))
                .exec(repeat(Integer.getInteger("perf.exports", 3)).on(exec(
                        http(name)
                                .get("/clinician/notes-export?from=2000-01-01&to=2099-12-31&" + query)
                                .header(Faces.KIND_HEADER, name)
                                .requestTimeout(Duration.ofMinutes(5))
                                .check(status().is(200))
                                .check(bodyLength().saveAs("fileBytes")))
                        .exec(session -> {
                            System.out.println(name + ": " + session.getLong("fileBytes") + " bytes");
                            return session;
                        })))
                .injectOpen(atOnceUsers(1)))
                .protocols(protocol);
    }
}
