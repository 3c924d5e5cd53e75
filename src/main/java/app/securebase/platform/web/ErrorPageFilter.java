package app.securebase.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders every error page as a fresh view, never as a postback of the page that failed.
 *
 * <p>When a form POST fails (an expired view, an exception in an action), the container forwards the same request to
 * the error page, view-state parameter included. Faces then treats the error page as a postback, and PrimeFaces'
 * CSP support looks for the failed page's nonce, finds none and throws, which would replace our error page with the
 * container's own. Hiding the view-state parameter from the error page avoids that.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request.getParameter(VIEW_STATE) == null ? request : new WithoutViewState(request), response);
    }

    private static final class WithoutViewState extends HttpServletRequestWrapper {

        WithoutViewState(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream()
                    .filter(e -> !VIEW_STATE.equals(e.getKey()))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
