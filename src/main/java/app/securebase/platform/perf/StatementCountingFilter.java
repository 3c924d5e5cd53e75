package app.securebase.platform.perf;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tallies each named request's SQL statements while {@link StatementCounts} is enabled; passes through otherwise. */
@WebFilter(filterName = "statementCounting", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class StatementCountingFilter extends HttpFilter {

    @Inject
    StatementCounts counts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String kind = counts.enabled() ? request.getHeader(StatementCounts.KIND_HEADER) : null;
        if (kind == null) {
            chain.doFilter(request, response);
            return;
        }
        counts.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            counts.end(kind);
        }
    }
}
