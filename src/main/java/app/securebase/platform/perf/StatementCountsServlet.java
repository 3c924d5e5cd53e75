package app.securebase.platform.perf;

import static app.securebase.platform.JsonProviders.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /perf/statements}: the tallies as JSON, for the load test's report; {@code DELETE} starts them over.
 * Not found unless statement counting is enabled, which it never is in production. Counts and statement
 * shapes only (SQL with a {@code ?} for every value): no data.
 */
@WebServlet("/perf/statements")
public class StatementCountsServlet extends HttpServlet {

    @Inject
    StatementCounts counts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!counts.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        counts.tallies().forEach((kind, tally) -> {
            JsonObjectBuilder shapes = JSON.createObjectBuilder();
            tally.shapes().forEach(shapes::add);
            json.add(kind, JSON.createObjectBuilder()
                    .add("requests", tally.requests()).add("statements", tally.statements())
                    .add("min", tally.min()).add("max", tally.max())
                    .add("cpuMillisPerRequest", tally.requests() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(
                            tally.cpuNanos() / tally.requests(), 6).setScale(2, RoundingMode.HALF_UP))
                    .add("sent", shapes));
        });
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.build().toString());
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!counts.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        counts.reset();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
