package app.securebase.tracking.web;

import app.securebase.platform.web.LocalTimes;
import app.securebase.tracking.CaseloadCsv;
import app.securebase.tracking.CaseloadDashboard;
import app.securebase.tracking.DashboardFilter;
import app.securebase.tracking.DashboardQuery;
import app.securebase.tracking.DashboardSort;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * {@code /clinician/caseload.csv}: the caseload summary as the dashboard shows it (same filter, search and order),
 * streamed as an attachment that no cache keeps, and audited with the number of clients. Only clinicians reach it
 * (web.xml guards {@code /clinician/*}, the service checks the role again) and only their own caseload is in it.
 */
@WebServlet("/clinician/caseload.csv")
public class CaseloadCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CaseloadCsvServlet.class.getName());

    @Inject
    transient CaseloadDashboard dashboard;

    @Inject
    transient LocalTimes when;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DashboardQuery query;
        try {
            query = query(request);
        } catch (IllegalArgumentException bad) {
            LOG.warning(() -> "Caseload export refused: " + bad.getMessage());
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The export could not be made: " + bad.getMessage());
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"caseload-summary-" + when.today() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // spreadsheet programs then read the names as UTF-8
        try (CaseloadCsv csv = new CaseloadCsv(out, when.zone())) {
            dashboard.export(query, csv.sink());
        }
        out.flush();
    }

    /** The dashboard's state from the link's parameters; anything unknown is refused, never guessed. */
    static DashboardQuery query(HttpServletRequest request) {
        DashboardQuery initial = DashboardQuery.initial();
        DashboardFilter filter = request.getParameter("filter") == null ? initial.filter()
                : DashboardFilter.valueOf(upper("filter", request.getParameter("filter")));
        DashboardSort sort = request.getParameter("sort") == null ? initial.sort()
                : DashboardSort.byField(request.getParameter("sort")).orElseThrow(() ->
                        new IllegalArgumentException("unknown sort column '" + request.getParameter("sort") + "'"));
        String order = request.getParameter("order");
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw new IllegalArgumentException("order must be asc or desc");
        }
        boolean ascending = order == null ? initial.ascending() : order.equals("asc");
        int days = initial.inactiveDays();
        if (request.getParameter("days") != null) {
            try {
                days = Integer.parseInt(request.getParameter("days"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("days must be a whole number");
            }
        }
        return new DashboardQuery(request.getParameter("q"), filter, days, sort, ascending);
    }

    private static String upper(String name, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (DashboardFilter filter : DashboardFilter.values()) {
            if (filter.name().equals(upper)) {
                return upper;
            }
        }
        throw new IllegalArgumentException("unknown " + name + " '" + value + "'");
    }
}
