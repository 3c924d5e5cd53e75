package app.securebase.security.web;

import app.securebase.practice.PracticeSettings;
import app.securebase.security.CurrentUser;
import app.securebase.security.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * When the practice requires a second factor for staff, an admin or clinician without one reaches nothing but the
 * page where they set it up (and sign-out), whatever URL they try.
 */
@WebFilter(urlPatterns = {"/admin/*", "/clinician/*"})
public class SecondFactorEnrollmentFilter extends HttpFilter {

    @Inject
    PracticeSettings settings;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && settings.isMfaRequiredForStaff()) {
            boolean mustEnroll = currentUser.account()
                    .filter(account -> account.getRole() != Role.CLIENT)
                    .map(account -> !account.isMfaEnabled())
                    .orElse(false);
            if (mustEnroll) {
                response.sendRedirect(request.getContextPath() + "/account/security.xhtml?required=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
