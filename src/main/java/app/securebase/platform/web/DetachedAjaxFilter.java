package app.securebase.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Answers an ajax request that carries no view state with an empty partial response ("nothing to change").
 *
 * <p>Such a request comes from an element the page has already replaced: a delayed "save as you type" that fires
 * just after the form was redrawn (for example right after the client pressed Send). It belongs to no view, so Faces
 * would build a fresh one, PrimeFaces would find no CSP nonce for it, and the browser would get the error page in
 * place of the page it shows. The form's own next request carries everything typed, so nothing is lost by
 * ignoring it.
 */
@WebFilter(filterName = "detachedAjax", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class DetachedAjaxFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(DetachedAjaxFilter.class.getName());

    static final String EMPTY_RESPONSE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<partial-response><changes></changes></partial-response>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // Reading a parameter fixes the body's encoding for the whole request: make it the pages' UTF-8 first,
            // for a client that sent no charset, rather than the container's ISO-8859-1.
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        if (request.getParameter("jakarta.faces.ViewState") == null) {
            LOG.fine(() -> "Ajax request without view state ignored: " + request.getRequestURI() + " from "
                    + request.getParameter("jakarta.faces.source"));
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(EMPTY_RESPONSE);
            return;
        }
        chain.doFilter(request, response);
    }
}
